import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { LanguageSwitcher } from './language-switcher';
import { NavLink } from './nav-link';

/** Site header: brand, main navigation and the language switch (hidden in print). */
export async function SiteHeader({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: 'nav' });
  const links = [
    { href: '/', label: t('home') },
    { href: '/check', label: t('check') },
    { href: '/results', label: t('results') },
    { href: '/methode', label: t('method') },
    { href: '/coach', label: t('coach') },
  ] as const;
  return (
    <header className="site-header no-print">
      <div className="site-header__inner">
        <Link className="brand" href="/">
          {t('brand')} <small>{t('brandSub')}</small>
        </Link>
        <nav className="site-nav" aria-label={t('label')}>
          <ul>
            {links.map((link) => (
              <li key={link.href}>
                <NavLink href={link.href}>{link.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitcher
          label={t('switchTo')}
          ariaLabel={t('switchToLabel')}
          target={locale === 'de' ? 'en' : 'de'}
        />
      </div>
    </header>
  );
}
