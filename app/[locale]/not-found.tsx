import { getTranslations } from 'next-intl/server';
import { LinkRow } from '@/components/ui/link-row';

export default async function NotFound() {
  const t = await getTranslations('errors');
  return (
    <section className="error-page" aria-labelledby="error-title">
      <h1 id="error-title">{t('notFoundTitle')}</h1>
      <p>{t('notFoundBody')}</p>
      <LinkRow
        ways={[
          { href: '/', label: t('home') },
          { href: '/check', label: t('check') },
        ]}
      />
    </section>
  );
}
