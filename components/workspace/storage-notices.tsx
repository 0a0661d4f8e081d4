'use client';

import { useTranslations } from 'next-intl';
import { dismissNotice, replaceWorkspace, useWorkspace, type StoreNotice } from './workspace-store';
import { downloadText } from './download';

/** Tells the user plainly when stored data could not be read, or when the browser refuses to store. */
export function StorageNotices({
  notices,
  persistence,
}: {
  notices: StoreNotice[];
  persistence: 'local' | 'memory';
}) {
  const t = useTranslations('storage');
  const { workspace } = useWorkspace();
  const memory = persistence === 'memory' || notices.some((n) => n.kind === 'quota' || n.kind === 'unavailable');
  return (
    <div className="storage-notices" aria-live="polite">
      {notices.map((notice) => {
        if (notice.kind === 'corrupt') {
          return (
            <div key="corrupt" className="notice notice--error" role="alert">
              <p>{t('corrupt')}</p>
              <div className="button-row">
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => downloadText(t('backupFileName'), notice.raw, 'text/plain')}
                >
                  {t('corruptDownload')}
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => {
                    dismissNotice('corrupt');
                    replaceWorkspace(workspace);
                  }}
                >
                  {t('dismiss')}
                </button>
              </div>
            </div>
          );
        }
        if (notice.kind === 'migrated' || notice.kind === 'synced') {
          return (
            <div key={notice.kind} className="notice">
              <p>{t(notice.kind)}</p>
              {notice.kind === 'migrated' && notice.droppedAnswers > 0 && <p>{t('droppedAnswers')}</p>}
              <button type="button" className="button button--quiet" onClick={() => dismissNotice(notice.kind)}>
                {t('dismiss')}
              </button>
            </div>
          );
        }
        return null;
      })}
      {memory && (
        <div className="notice notice--warning" role="alert">
          <p>{t('memory')}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={async () => {
              // The export code loads on the click: the pages that show this notice never wait for it.
              const { buildWorkspaceExport } = await import('@/lib/import-file');
              downloadText(t('exportFileName'), buildWorkspaceExport(workspace, new Date()), 'application/json');
            }}
          >
            {t('memoryExport')}
          </button>
        </div>
      )}
    </div>
  );
}
