import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { content } from '@/content';
import { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/lib/content-schema';
import { localizeVariedContent } from '@/lib/localize';
import { WorkspaceLoader } from '@/components/workspace/workspace-loader';
import { ResultsView } from './_components/results-view';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'results' });
  return { title: t('title') };
}

export default async function ResultsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Every variant stays: the wording follows who runs the channels and the market, known only in the browser.
  const localized = localizeVariedContent(content, locale);
  // The guidance, gate and hold cards and the channels' texts are a file of their own (all 36 guidance cards in every
  // wording, of which the page shows nine), not carried in the HTML: the view fetches it once the first screen is painted.
  const { guidance, gateGuidance, holdGuidance, ...rest } = localized;
  // The client leaf needs no intro texts, coach prompts or help texts, and of the readiness statements only the gates'
  // wording (the results name a gate answered low or left open): keep the payload to what it renders.
  const slim = {
    ...rest,
    items: localized.items.map((i) => ({ ...i, prompt: i.gate ? i.prompt : { text: '' }, help: null })),
    needItems: localized.needItems.map((i) => ({ ...i, help: null })),
    dimensions: localized.dimensions.map((d) => ({ ...d, intro: { text: '' }, origin: '', coachPrompts: [] })),
    need: { ...localized.need, intro: '', origin: '', coachPrompts: [] },
  };
  return (
    <ClientMessages namespaces={['results', 'share', 'print', 'plan', 'profile', 'storage', 'teamStart', 'letterhead', 'verdict', 'channels']}>
      <WorkspaceLoader>
        <ResultsView content={slim} locale={locale} />
      </WorkspaceLoader>
    </ClientMessages>
  );
}
