import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

export default async function NotFound() {
  const t = await getTranslations('errors');
  return (
    <section className="error-page" aria-labelledby="error-title">
      <h1 id="error-title">{t('notFoundTitle')}</h1>
      <p>{t('notFoundBody')}</p>
      <div className="button-row">
        <Link className="button" href="/">
          {t('home')}
        </Link>
        <Link className="button button--secondary" href="/check">
          {t('check')}
        </Link>
      </div>
    </section>
  );
}
