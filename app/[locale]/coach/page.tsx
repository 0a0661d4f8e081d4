import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getImportLabels } from '@/components/workspace/import-labels';
import { getNoticeLabels } from '@/components/workspace/notice-labels';
import { content } from '@/content';
import type { Locale } from '@/lib/content-schema';
import { getCoachLabels } from './_components/coach-labels';
import { CoachOverview } from './_components/coach-overview';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'coach' });
  return { title: t('title') };
}

export default async function CoachPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'coach' });
  const model = {
    dimensions: content.dimensions.map((d) => ({ id: d.id })),
    items: content.items.map(({ id, dimension, weight, gate }) => ({ id, dimension, weight, gate: gate ? true : undefined })),
    bands: content.bands.map(({ id, min }) => ({ id, min })),
  };
  const bandNames = Object.fromEntries(content.bands.map((b) => [b.id, b.name[locale]]));
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <CoachOverview
        labels={await getCoachLabels(locale)}
        importLabels={await getImportLabels(locale)}
        noticeLabels={await getNoticeLabels(locale)}
        model={model}
        bandNames={bandNames}
        locale={locale}
      />
    </>
  );
}
