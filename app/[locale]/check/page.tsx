import { getProfileLabels } from '@/components/profile/profile-labels';
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { content } from '@/content';
import type { Locale } from '@/lib/content-schema';
import { localizeContent } from '@/lib/localize';
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
  const localized = localizeContent(content, locale);
  const total = localized.dimensions.length;

  const steps = localized.dimensions.map((dimension, index) => ({
    dimension,
    items: localized.items.filter((item) => item.dimension === dimension.id),
    stepLabel: t('stepOf', { current: index + 1, total }),
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
  };

  return (
    <>
      <h1>{t('title')}</h1>
      <CheckForm steps={steps} scale={localized.scale} labels={labels} />
    </>
  );
}
