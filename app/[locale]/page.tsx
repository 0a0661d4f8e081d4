import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LinkRow } from '@/components/ui/link-row';

export default async function LandingPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'landing' });

  return (
    <>
      <section className="hero">
        <h1>{t('title')}</h1>
        <p className="lead">{t('lead')}</p>
        <LinkRow
          ways={[
            { href: '/check', label: t('start') },
            { href: '/methode', label: t('method') },
          ]}
        />
      </section>
      <div className="facts">
        <section className="card" aria-labelledby="for-whom">
          <h2 id="for-whom">{t('forWhomTitle')}</h2>
          <p>{t('forWhom')}</p>
        </section>
        <section className="card" aria-labelledby="duration">
          <h2 id="duration">{t('durationTitle')}</h2>
          <p>{t('duration')}</p>
        </section>
        <section className="card" aria-labelledby="privacy">
          <h2 id="privacy">{t('privacyTitle')}</h2>
          <p>{t('privacy')}</p>
        </section>
      </div>
      <section aria-labelledby="what">
        <h2 id="what">{t('whatTitle')}</h2>
        <ul className="checklist">
          <li>{t('what1')}</li>
          <li>{t('what2')}</li>
          <li>{t('what3')}</li>
          <li>{t('what4')}</li>
        </ul>
      </section>
    </>
  );
}
