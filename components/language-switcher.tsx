'use client';

import { Link, usePathname } from '@/i18n/navigation';

/** Switches to the other locale on the same page. */
export function LanguageSwitcher({ label, ariaLabel, target }: { label: string; ariaLabel: string; target: 'de' | 'en' }) {
  const pathname = usePathname();
  return (
    <Link
      className="lang-switch"
      href={pathname}
      locale={target}
      hrefLang={target === 'de' ? 'de-CH' : 'en'}
      lang={target === 'de' ? 'de-CH' : 'en'}
      aria-label={ariaLabel}
    >
      {label}
    </Link>
  );
}
