'use client';

import { useId, useRef, useState } from 'react';
import type { Locale } from '@/lib/content-schema';
import { formatDate } from '@/lib/dates';
import { createId } from '@/lib/ids';
import { checkImportSize, mergeWorkspaces, parseImportText, type ImportError, type ImportResult } from '@/lib/import-file';
import { addClientAssessment } from '@/lib/workspace';
import type { ImportLabels } from './import-labels';
import { replaceWorkspace, updateWorkspace, useWorkspace } from './workspace-store';

type Confirm = 'replace' | 'own' | null;

/** Imports an export file: validates it, shows what it holds, and only then merges or replaces (asking first). */
export function ImportPanel({ labels, locale }: { labels: ImportLabels; locale: Locale }) {
  const id = useId();
  const { workspace } = useWorkspace();
  const [parsed, setParsed] = useState<Extract<ImportResult, { ok: true }> | null>(null);
  const [error, setError] = useState<ImportError | null>(null);
  const [status, setStatus] = useState('');
  const [confirm, setConfirm] = useState<Confirm>(null);
  const [clientId, setClientId] = useState('');
  const dialogRef = useRef<HTMLDialogElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const reset = (message: string) => {
    setParsed(null);
    setConfirm(null);
    setStatus(message);
    if (fileRef.current) fileRef.current.value = '';
    dialogRef.current?.close();
  };

  const onFile = async (file: File | undefined) => {
    setStatus('');
    setParsed(null);
    setError(null);
    if (!file) return;
    // Refused before a single byte is read.
    const tooLarge = checkImportSize(file.size);
    if (tooLarge) return setError(tooLarge);
    const result = parseImportText(await file.text());
    if (!result.ok) return setError(result.error);
    setParsed(result);
    setClientId(workspace.clients[0]?.id ?? '');
  };

  const ask = (kind: Confirm) => {
    setConfirm(kind);
    dialogRef.current?.showModal();
  };

  const apply = (kind: 'merge' | 'replace' | 'own' | 'client') => {
    if (!parsed) return;
    if (parsed.kind === 'workspace') {
      if (kind === 'merge') updateWorkspace((ws) => mergeWorkspaces(ws, parsed.workspace));
      if (kind === 'replace') replaceWorkspace(parsed.workspace);
    } else {
      const assessment = { ...parsed.assessment, id: createId() };
      if (kind === 'own') updateWorkspace((ws) => ({ ...ws, current: assessment }));
      if (kind === 'client' && clientId) updateWorkspace((ws) => addClientAssessment(ws, clientId, assessment));
    }
    reset(labels.done);
  };

  const ownHasAnswers = Object.keys(workspace.current?.answers ?? {}).length > 0;
  const hasData = workspace.clients.length > 0 || workspace.current !== null;

  return (
    <section className="import-panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{labels.title}</h3>
      <div className="field">
        <label htmlFor={`${id}-file`}>{labels.fileLabel}</label>
        <input
          ref={fileRef}
          id={`${id}-file`}
          type="file"
          accept="application/json,.json"
          onChange={(event) => onFile(event.currentTarget.files?.[0])}
        />
      </div>

      {error && (
        <div className="notice notice--error" role="alert">
          <p>
            <strong>{labels.errorTitle}</strong>
          </p>
          <p>{labels.errors[error]}</p>
          <p>{labels.errorKept}</p>
        </div>
      )}

      {parsed && (
        <div className="card import-preview" role="region" aria-labelledby={`${id}-preview`}>
          <h4 id={`${id}-preview`}>{labels.previewTitle}</h4>
          {parsed.kind === 'workspace' ? (
            <dl className="inline-facts">
              <div>
                <dt>{labels.previewClients}</dt>
                <dd>{parsed.summary.clients}</dd>
              </div>
              <div>
                <dt>{labels.previewAssessments}</dt>
                <dd>{parsed.summary.assessments}</dd>
              </div>
            </dl>
          ) : (
            <p>{labels.previewAssessment}</p>
          )}
          {parsed.summary.dates.length > 0 && (
            <p>
              {labels.previewDates} {parsed.summary.dates.map((d) => formatDate(d, locale)).join(', ')}
            </p>
          )}
          {parsed.summary.droppedAnswers > 0 && <p>{labels.droppedAnswers}</p>}
          <div className="button-row">
            {parsed.kind === 'workspace' ? (
              <>
                <button type="button" className="button" onClick={() => apply('merge')}>
                  {labels.merge}
                </button>
                <button
                  type="button"
                  className="button button--danger"
                  onClick={() => (hasData ? ask('replace') : apply('replace'))}
                >
                  {labels.replace}
                </button>
              </>
            ) : (
              <button type="button" className="button" onClick={() => (ownHasAnswers ? ask('own') : apply('own'))}>
                {labels.asOwn}
              </button>
            )}
            <button type="button" className="button button--quiet" onClick={() => reset('')}>
              {labels.cancel}
            </button>
          </div>
          {parsed.kind === 'assessment' && workspace.clients.length > 0 && (
            <div className="button-row">
              <div className="field">
                <label htmlFor={`${id}-client`}>{labels.toClient}</label>
                <select id={`${id}-client`} value={clientId} onChange={(e) => setClientId(e.target.value)}>
                  {workspace.clients.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
              </div>
              <button type="button" className="button button--secondary" onClick={() => apply('client')}>
                {labels.add}
              </button>
            </div>
          )}
        </div>
      )}
      <p role="status" className="muted">
        {status}
      </p>

      <dialog ref={dialogRef} className="dialog" aria-labelledby={`${id}-confirm`} onClose={() => setConfirm(null)}>
        <h2 id={`${id}-confirm`}>{confirm === 'own' ? labels.asOwnConfirmTitle : labels.replaceConfirmTitle}</h2>
        <p>{confirm === 'own' ? labels.asOwnConfirmBody : labels.replaceConfirmBody}</p>
        <form method="dialog" className="button-row">
          <button type="submit" className="button button--secondary" autoFocus>
            {labels.cancel}
          </button>
          <button
            type="button"
            className="button button--danger"
            onClick={() => apply(confirm === 'own' ? 'own' : 'replace')}
          >
            {labels.replaceConfirm}
          </button>
        </form>
      </dialog>
    </section>
  );
}
