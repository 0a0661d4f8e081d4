import { getProfileLabels } from '@/components/profile/profile-labels';
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getNoticeLabels } from '@/components/workspace/notice-labels';
import { content } from '@/content';
import type { Locale } from '@/lib/content-schema';
import { localizeContent } from '@/lib/localize';
import { getCoachLabels } from '../_components/coach-labels';
import { ClientDetail } from './_components/client-detail';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'coach' });
  return { title: t('title') };
}

export default async function ClientPage({ params }: { params: Promise<{ locale: Locale; clientId: string }> }) {
  const { locale, clientId } = await params;
  setRequestLocale(locale);
  const localized = localizeContent(content, locale);
  return (
    <ClientDetail
      clientId={decodeURIComponent(clientId)}
      locale={locale}
      labels={await getCoachLabels(locale)}
      noticeLabels={await getNoticeLabels(locale)}
      profileLabels={await getProfileLabels(locale)}
      dimensions={localized.dimensions.map(({ id, title, shortTitle }) => ({ id, title, shortTitle }))}
      items={localized.items.map(({ id, dimension, weight, gate, prompt }) => ({
        id,
        dimension,
        weight,
        gate: gate ? true : undefined,
        prompt,
      }))}
      bands={localized.bands.map(({ id, min, name }) => ({ id, min, name }))}
      scaleLabels={Object.fromEntries([
        ...localized.scale.points.map((p) => [String(p.value), p.label]),
        ['unknown', localized.scale.unknown],
        ['na', localized.scale.notApplicable],
      ])}
    />
  );
}
