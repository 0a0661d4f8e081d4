import type { Metadata, Viewport } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { AppStatus } from '@/components/app/app-status';
import { ErrorTextsProvider } from '@/components/app/error-texts';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { routing } from '@/i18n/routing';
import '../globals.css';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'meta' });
  return {
    title: { default: t('title'), template: `%s · ${t('title')}` },
    description: t('description'),
    robots: { index: true, follow: true },
    icons: { apple: '/icons/apple-touch-icon.png' },
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#1f5566' };

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  // Reading the request makes every page render per request, so Next can stamp its scripts with the CSP nonce.
  await headers();
  const t = await getTranslations({ locale, namespace: 'nav' });
  const ta = await getTranslations({ locale, namespace: 'app' });
  const te = await getTranslations({ locale, namespace: 'errors' });

  return (
    <html lang={locale === 'de' ? 'de-CH' : 'en'}>
      <body>
        <a className="skip-link" href="#main">
          {t('skip')}
        </a>
        <SiteHeader locale={locale} />
        {/* Translated here: no page needs the translation runtime in the browser for the header, status or error page. */}
        <AppStatus
          texts={{ updateAvailable: ta('updateAvailable'), reload: ta('reload'), updateKeeps: ta('updateKeeps'), offline: ta('offline') }}
        />
        <main id="main" tabIndex={-1}>
          {/* The error page is a client component; each page hands its own client leaves the messages they render. */}
          <ErrorTextsProvider texts={{ errorTitle: te('errorTitle'), errorBody: te('errorBody'), retry: te('retry'), home: te('home') }}>
            {children}
          </ErrorTextsProvider>
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
