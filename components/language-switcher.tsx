'use client';

import { useSearchParams } from 'next/navigation';
import { Link, usePathname } from '@/i18n/navigation';

/** Switches to the other locale on the same page, keeping the query (the check's step, a client). */
export function LanguageSwitcher({ label, ariaLabel, target }: { label: string; ariaLabel: string; target: 'de' | 'en' }) {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  return (
    <Link
      className="lang-switch"
      href={query ? `${pathname}?${query}` : pathname}
      locale={target}
      hrefLang={target === 'de' ? 'de-CH' : 'en'}
      lang={target === 'de' ? 'de-CH' : 'en'}
      aria-label={ariaLabel}
    >
      {label}
    </Link>
  );
}
