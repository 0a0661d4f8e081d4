'use client';

import { useRef, useState } from 'react';
import { updateWorkspace } from '@/components/workspace/workspace-store';
import { createId } from '@/lib/ids';
import type { Assessment, Workspace } from '@/lib/schemas';
import { addClientAssessment } from '@/lib/workspace';
import type { ResultsLabels } from './labels';

/** The banner over shared, read-only results, with the ways to keep them; never overwrites without asking. */
export function SharedBanner({
  assessment,
  labels,
  workspace,
}: {
  assessment: Assessment;
  labels: ResultsLabels['share'];
  workspace: Workspace;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [status, setStatus] = useState('');
  const [clientId, setClientId] = useState(workspace.clients[0]?.id ?? '');
  const ownHasAnswers = Object.keys(workspace.current?.answers ?? {}).length > 0;

  const keep = () => {
    updateWorkspace((ws) => ({ ...ws, current: { ...assessment, id: createId() } }));
    setStatus(labels.kept);
    dialogRef.current?.close();
  };

  return (
    <div className="notice shared-banner" role="region" aria-label={labels.sharedBanner}>
      <p>
        <strong>{labels.sharedBanner}</strong>
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => (ownHasAnswers ? dialogRef.current?.showModal() : keep())}
        >
          {labels.keep}
        </button>
      </div>
      {workspace.clients.length > 0 && (
        <form
          className="shared-banner__client"
          onSubmit={(event) => {
            event.preventDefault();
            updateWorkspace((ws) => addClientAssessment(ws, clientId, { ...assessment, id: createId() }));
            setStatus(labels.addedToClient);
          }}
        >
          <div className="field">
            <label htmlFor="shared-client">{labels.addToClient}</label>
            <select id="shared-client" value={clientId} onChange={(e) => setClientId(e.target.value)}>
              {workspace.clients.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button--secondary">
            {labels.addToClientButton}
          </button>
        </form>
      )}
      <p role="status">{status}</p>
      <dialog ref={dialogRef} className="dialog" aria-labelledby="keep-title" aria-describedby="keep-body">
        <h2 id="keep-title">{labels.keepReplaceTitle}</h2>
        <p id="keep-body">{labels.keepReplaceBody}</p>
        <form method="dialog" className="button-row">
          <button type="submit" className="button button--secondary" autoFocus>
            {labels.keepCancel}
          </button>
          <button type="button" className="button button--danger" onClick={keep}>
            {labels.keepReplace}
          </button>
        </form>
      </dialog>
    </div>
  );
}
