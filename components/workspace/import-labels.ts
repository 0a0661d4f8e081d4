import { getTranslations } from 'next-intl/server';
import type { ImportError } from '@/lib/import-file';

const errorKeys: ImportError[] = ['too-large', 'not-json', 'too-deep', 'forbidden-key', 'wrong-format', 'unknown-version', 'wrong-shape'];

/** The import panel's texts in one locale, prepared on the server. */
export async function getImportLabels(locale: string) {
  const t = await getTranslations({ locale, namespace: 'import' });
  const tv = await getTranslations({ locale, namespace: 'verdict' });
  return {
    title: t('title'),
    fileLabel: t('fileLabel'),
    previewTitle: t('previewTitle'),
    previewClients: t('previewClients'),
    previewAssessments: t('previewAssessments'),
    previewAssessment: t('previewAssessment'),
    previewDates: t('previewDates'),
    merge: t('merge'),
    replace: t('replace'),
    replaceConfirmTitle: t('replaceConfirmTitle'),
    replaceConfirmBody: t('replaceConfirmBody'),
    replaceConfirm: t('replaceConfirm'),
    asOwn: t('asOwn'),
    asOwnConfirmTitle: t('asOwnConfirmTitle'),
    asOwnConfirmBody: t('asOwnConfirmBody'),
    toClient: t('toClient'),
    clientLabel: t('clientLabel'),
    add: t('add'),
    cancel: t('cancel'),
    done: t('done'),
    errorTitle: t('errorTitle'),
    errorKept: t('errorKept'),
    droppedAnswers: tv('importDropped'),
    errors: Object.fromEntries(errorKeys.map((key) => [key, t(`errors.${key}`)])) as Record<ImportError, string>,
  };
}

export type ImportLabels = Awaited<ReturnType<typeof getImportLabels>>;
