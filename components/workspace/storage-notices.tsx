'use client';

import { buildWorkspaceExport } from '@/lib/import-file';
import { dismissNotice, replaceWorkspace, useWorkspace, type StoreNotice } from './workspace-store';
import { downloadText } from './download';

export type NoticeLabels = {
  corrupt: string;
  corruptDownload: string;
  memory: string;
  memoryExport: string;
  migrated: string;
  /** Added to «migrated» when answers to retired items were dropped. */
  droppedAnswers: string;
  synced: string;
  dismiss: string;
  exportFileName: string;
  backupFileName: string;
};

/** Tells the user plainly when stored data could not be read, or when the browser refuses to store. */
export function StorageNotices({
  notices,
  persistence,
  labels,
}: {
  notices: StoreNotice[];
  persistence: 'local' | 'memory';
  labels: NoticeLabels;
}) {
  const { workspace } = useWorkspace();
  const memory = persistence === 'memory' || notices.some((n) => n.kind === 'quota' || n.kind === 'unavailable');
  return (
    <div className="storage-notices" aria-live="polite">
      {notices.map((notice) => {
        if (notice.kind === 'corrupt') {
          return (
            <div key="corrupt" className="notice notice--error" role="alert">
              <p>{labels.corrupt}</p>
              <div className="button-row">
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => downloadText(labels.backupFileName, notice.raw, 'text/plain')}
                >
                  {labels.corruptDownload}
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => {
                    dismissNotice('corrupt');
                    replaceWorkspace(workspace);
                  }}
                >
                  {labels.dismiss}
                </button>
              </div>
            </div>
          );
        }
        if (notice.kind === 'migrated' || notice.kind === 'synced') {
          return (
            <div key={notice.kind} className="notice">
              <p>{notice.kind === 'migrated' ? labels.migrated : labels.synced}</p>
              {notice.kind === 'migrated' && notice.droppedAnswers > 0 && <p>{labels.droppedAnswers}</p>}
              <button type="button" className="button button--quiet" onClick={() => dismissNotice(notice.kind)}>
                {labels.dismiss}
              </button>
            </div>
          );
        }
        return null;
      })}
      {memory && (
        <div className="notice notice--warning" role="alert">
          <p>{labels.memory}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              downloadText(labels.exportFileName, buildWorkspaceExport(workspace, new Date()), 'application/json')
            }
          >
            {labels.memoryExport}
          </button>
        </div>
      )}
    </div>
  );
}
