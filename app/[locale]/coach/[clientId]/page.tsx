import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { content } from '@/content';
import { channels } from '@/content/channels';
import type { ChannelId } from '@/lib/channel-schema';
import { toPlanChannel } from '@/lib/channels';
import { ClientMessages } from '@/i18n/client-messages';
import { answerValues, type AnswerValue } from '@/lib/answers';
import type { Locale } from '@/lib/content-schema';
import { localizeContent, type LocalizedScale } from '@/lib/localize';
import { toScoringModel } from '@/lib/scoring';
import { ClientDetail } from './_components/client-detail';
import type { ClientPageContent } from './_components/types';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'coach' });
  return { title: t('title') };
}

function scaleLabel(scale: LocalizedScale, value: AnswerValue): string {
  if (value === 'unknown') return scale.unknown;
  if (value === 'na') return scale.notApplicable;
  return scale.points.find((p) => p.value === value)?.label ?? String(value);
}

export default async function ClientPage({ params }: { params: Promise<{ locale: Locale; clientId: string }> }) {
  const { locale, clientId } = await params;
  setRequestLocale(locale);
  const localized = localizeContent(content, locale);
  const pageContent: ClientPageContent = {
    model: toScoringModel(content),
    dimensions: localized.dimensions.map(({ id, title, shortTitle }) => ({ id, title, shortTitle })),
    prompts: Object.fromEntries(localized.items.map((item) => [item.id, item.prompt])),
    bandNames: Object.fromEntries(localized.bands.map((band) => [band.id, band.name])),
    scaleLabels: Object.fromEntries(answerValues.map((value) => [String(value), scaleLabel(localized.scale, value)])),
    channels: channels.map(toPlanChannel),
    channelNames: Object.fromEntries(channels.map((c) => [c.id, c.name[locale]])) as Record<ChannelId, string>,
  };
  return (
    <ClientMessages namespaces={['coach', 'profile', 'storage', 'teamStart', 'channels']}>
      <ClientDetail clientId={decodeURIComponent(clientId)} locale={locale} content={pageContent} />
    </ClientMessages>
  );
}
