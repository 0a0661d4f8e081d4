import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { content } from '@/content';
import { channels } from '@/content/channels';
import { ClientMessages } from '@/i18n/client-messages';
import type { ChannelId } from '@/lib/channel-schema';
import type { Locale } from '@/lib/content-schema';
import { localizeVariedContent } from '@/lib/localize';
import { readAssessmentRef } from '@/lib/workspace';
import { CheckForm } from './_components/check-form';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'check' });
  return { title: t('title') };
}

export default async function CheckPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  const query = await searchParams;
  // The owner's first step is the same for everyone until the stored answers are read, so it comes with the page
  // (an address that names another step, a client or a team round waits for them).
  const param = (name: string) => {
    const value = query[name];
    return typeof value === 'string' ? value : null;
  };
  const firstStep = param('step') === '1' && readAssessmentRef({ get: param }).kind === 'current';
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'check' });
  // Every variant stays: who runs the channels and the market are answered in the browser, on the first step.
  const localized = localizeVariedContent(content, locale);
  const need = {
    step: localized.need,
    items: localized.needItems,
    notesLabel: t('coachNotesLabel', { dimension: localized.need.title }),
  };
  const channelNames = Object.fromEntries(channels.map((c) => [c.id, c.name[locale]])) as Record<ChannelId, string>;
  const steps = localized.dimensions.map((dimension) => ({
    dimension,
    items: localized.items.filter((item) => item.dimension === dimension.id),
  }));

  return (
    <>
      <h1>{t('title')}</h1>
      <ClientMessages namespaces={['check', 'need', 'profile', 'storage', 'channels']}>
        <CheckForm need={need} steps={steps} scale={localized.scale} channelNames={channelNames} firstStep={firstStep} />
      </ClientMessages>
    </>
  );
}
