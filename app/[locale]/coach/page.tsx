import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { content } from '@/content';
import { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/lib/content-schema';
import { pick } from '@/lib/localize';
import { toScoringModel } from '@/lib/scoring';
import { CoachOverview } from './_components/coach-overview';
import { LetterheadForm } from './_components/letterhead-form';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'coach' });
  return { title: t('title') };
}

export default async function CoachPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'coach' });
  const bandNames = Object.fromEntries(content.bands.map((b) => [b.id, pick(b.name, locale)]));
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <ClientMessages namespaces={['coach', 'import', 'storage']}>
        <CoachOverview model={toScoringModel(content)} bandNames={bandNames} locale={locale} />
      </ClientMessages>
      <ClientMessages namespaces={['letterhead']}>
        <LetterheadForm />
      </ClientMessages>
    </>
  );
}
