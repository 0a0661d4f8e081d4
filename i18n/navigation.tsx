'use client';

import NextLink from 'next/link';
import { usePathname as useNextPathname, useRouter as useNextRouter } from 'next/navigation';
import type { ComponentProps } from 'react';
import { routing } from './routing';

type Locale = (typeof routing.locales)[number];

/*
 * Locale-aware links without next-intl's client runtime (about 15 kB gzip on every page):
 * the locale is the first segment of the URL, so the browser can read it from there.
 */

/** The locale of the current URL. */
export function useLocale(): Locale {
  const segment = useNextPathname().split('/')[1];
  return routing.locales.find((l) => l === segment) ?? routing.defaultLocale;
}

/** Prefixes an app path ("/check?step=2") with a locale. */
export function localizePath(locale: Locale, href: string): string {
  return `/${locale}${href === '/' ? '' : href}`;
}

/** The current path without its locale prefix ("/check"). */
export function usePathname(): string {
  const pathname = useNextPathname();
  const rest = pathname.replace(/^\/[^/]+/, '');
  return rest === '' ? '/' : rest;
}

/** next/link with the locale put in front of href (the current one, or `locale`); no prefetch unless asked. */
export function Link({
  href,
  locale,
  prefetch = false,
  ...props
}: Omit<ComponentProps<typeof NextLink>, 'href' | 'locale'> & { href: string; locale?: Locale }) {
  const current = useLocale();
  // Every page renders per request (CSP nonce): prefetching them all would only add server and main-thread work.
  return <NextLink href={localizePath(locale ?? current, href)} prefetch={prefetch} {...props} />;
}

/** The router, with locale-relative paths. */
export function useRouter() {
  const router = useNextRouter();
  const locale = useLocale();
  return { push: (href: string) => router.push(localizePath(locale, href)) };
}
