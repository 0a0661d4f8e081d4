import { getTranslations } from 'next-intl/server';

/** Site footer: the privacy promise and the source articles. */
export async function SiteFooter({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: 'footer' });
  return (
    <footer className="site-footer no-print">
      <div className="site-footer__inner">
        <p>{t('privacy')}</p>
        <p>{t('sources')}</p>
      </div>
    </footer>
  );
}
