import { getProfileLabels } from '@/components/profile/profile-labels';
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { content } from '@/content';
import type { Locale } from '@/lib/content-schema';
import { localizeVariedContent } from '@/lib/localize';
import { getNoticeLabels } from '@/components/workspace/notice-labels';
import { CheckForm, type CheckLabels } from './_components/check-form';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'check' });
  return { title: t('title') };
}

export default async function CheckPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'check' });
  const tn = await getTranslations({ locale, namespace: 'need' });
  // Every variant stays: who runs the channels and the market are answered in the browser, on the first step.
  const localized = localizeVariedContent(content, locale);
  const total = localized.dimensions.length + 1;

  const need = {
    step: localized.need,
    items: localized.needItems,
    stepLabel: t('stepOf', { current: 1, total }),
    notesLabel: t('coachNotesLabel', { dimension: localized.need.title }),
  };
  const steps = localized.dimensions.map((dimension, index) => ({
    dimension,
    items: localized.items.filter((item) => item.dimension === dimension.id),
    stepLabel: t('stepOf', { current: index + 2, total }),
    notesLabel: t('coachNotesLabel', { dimension: dimension.title }),
  }));

  const labels: CheckLabels = {
    next: t('next'),
    back: t('back'),
    finish: t('finish'),
    restart: t('restart'),
    restartTitle: t('restartTitle'),
    restartBody: t('restartBody'),
    restartConfirm: t('restartConfirm'),
    restartCancel: t('restartCancel'),
    saved: t('saved'),
    loading: t('loading'),
    errorSummaryTitle: t('errorSummaryTitle'),
    errorRequired: t('errorRequired'),
    optionsHint: t('optionsHint'),
    progressLabel: t('progressLabel'),
    profileTitle: t('profileTitle'),
    profileIntro: t('profileIntro'),
    coachPromptsTitle: t('coachPromptsTitle'),
    coachNotesHint: t('coachNotesHint'),
    coachBanner: t('coachBanner'),
    notices: await getNoticeLabels(locale),
    profile: await getProfileLabels(locale),
    need: { needHint: tn('hint'), setupTitle: tn('setupTitle') },
  };

  return (
    <>
      <h1>{t('title')}</h1>
      <CheckForm need={need} steps={steps} scale={localized.scale} labels={labels} />
    </>
  );
}
