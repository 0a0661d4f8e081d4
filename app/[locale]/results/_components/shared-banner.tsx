'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ClientSelect } from '@/components/ui/client-select';
import { useModuleWhen } from '@/components/ui/use-deferred-module';
import { updateWorkspace } from '@/components/workspace/workspace-store';
import { createId } from '@/lib/ids';
import type { Assessment, Workspace } from '@/lib/schemas';
import { addClientAssessment } from '@/lib/workspace';

/** The banner over shared, read-only results, with the ways to keep them; never overwrites without asking. */
export function SharedBanner({ assessment, workspace }: { assessment: Assessment; workspace: Workspace }) {
  const t = useTranslations('share');
  // Only a shared link shows this banner: the dialog's code stays out of the scripts one's own results wait for.
  const dialog = useModuleWhen(true, () => import('@/components/ui/confirm-dialog')).module;
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const [clientId, setClientId] = useState(workspace.clients[0]?.id ?? '');
  const ownHasAnswers = Object.keys(workspace.current?.answers ?? {}).length > 0;

  const keep = () => {
    updateWorkspace((ws) => ({ ...ws, current: { ...assessment, id: createId() } }));
    setStatus(t('kept'));
  };

  return (
    <div className="notice shared-banner" role="region" aria-label={t('sharedBanner')}>
      <p>
        <strong>{t('sharedBanner')}</strong>
      </p>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => (ownHasAnswers ? setConfirming(true) : keep())}>
          {t('keep')}
        </button>
      </div>
      {workspace.clients.length > 0 && (
        <form
          className="shared-banner__client"
          onSubmit={(event) => {
            event.preventDefault();
            updateWorkspace((ws) => addClientAssessment(ws, clientId, { ...assessment, id: createId() }));
            setStatus(t('addedToClient'));
          }}
        >
          <ClientSelect id="shared-client" label={t('addToClient')} clients={workspace.clients} value={clientId} onChange={setClientId} />
          <button type="submit" className="button button--secondary">
            {t('addToClientButton')}
          </button>
        </form>
      )}
      <p role="status">{status}</p>
      {dialog && (
        <dialog.ConfirmDialog
          open={confirming}
          title={t('keepReplaceTitle')}
          body={t('keepReplaceBody')}
          cancelLabel={t('keepCancel')}
          confirmLabel={t('keepReplace')}
          onClose={() => setConfirming(false)}
          onConfirm={keep}
        />
      )}
    </div>
  );
}
