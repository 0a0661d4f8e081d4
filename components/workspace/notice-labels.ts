import { getTranslations } from 'next-intl/server';
import type { NoticeLabels } from './storage-notices';

/** The storage notices' texts in one locale, prepared on the server. */
export async function getNoticeLabels(locale: string): Promise<NoticeLabels> {
  const t = await getTranslations({ locale, namespace: 'storage' });
  const tv = await getTranslations({ locale, namespace: 'verdict' });
  return {
    corrupt: t('corrupt'),
    corruptDownload: t('corruptDownload'),
    memory: t('memory'),
    memoryExport: t('memoryExport'),
    migrated: t('migrated'),
    droppedAnswers: tv('droppedAnswers'),
    synced: t('synced'),
    dismiss: t('dismiss'),
    exportFileName: t('exportFileName'),
    backupFileName: t('backupFileName'),
  };
}
