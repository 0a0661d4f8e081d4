'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import { ClientSelect } from '@/components/ui/client-select';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import type { Locale } from '@/lib/content-schema';
import { formatDate } from '@/lib/dates';
import { createId } from '@/lib/ids';
import { checkImportSize, mergeWorkspaces, parseImportText, type ImportError, type ImportResult } from '@/lib/import-file';
import { addClientAssessment } from '@/lib/workspace';
import { replaceWorkspace, updateWorkspace, useWorkspace } from './workspace-store';

type Confirm = 'replace' | 'own' | null;

/** Imports an export file: validates it, shows what it holds, and only then merges or replaces (asking first). */
export function ImportPanel({ locale }: { locale: Locale }) {
  const t = useTranslations('import');
  const id = useId();
  const { workspace } = useWorkspace();
  const [parsed, setParsed] = useState<Extract<ImportResult, { ok: true }> | null>(null);
  const [error, setError] = useState<ImportError | null>(null);
  const [status, setStatus] = useState('');
  const [confirm, setConfirm] = useState<Confirm>(null);
  const [clientId, setClientId] = useState('');
  const [closed, setClosed] = useState(0);
  const fileRef = useRef<HTMLInputElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);

  // Closing the preview removes the button just pressed: focus goes back to the top of the panel.
  useEffect(() => {
    if (closed > 0) titleRef.current?.focus();
  }, [closed]);

  const closePreview = (message: string) => {
    setParsed(null);
    setConfirm(null);
    setStatus(message);
    if (fileRef.current) fileRef.current.value = '';
    setClosed((n) => n + 1);
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
    closePreview(t('done'));
  };

  const ownHasAnswers = Object.keys(workspace.current?.answers ?? {}).length > 0;
  const hasData = workspace.clients.length > 0 || workspace.current !== null;

  return (
    <section className="import-panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={titleRef} tabIndex={-1}>
        {t('title')}
      </h3>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('fileLabel')}</label>
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
            <strong>{t('errorTitle')}</strong>
          </p>
          <p>{t(`errors.${error}`)}</p>
          <p>{t('errorKept')}</p>
        </div>
      )}

      {parsed && (
        <div className="card import-preview" role="region" aria-labelledby={`${id}-preview`}>
          <h4 id={`${id}-preview`}>{t('previewTitle')}</h4>
          {parsed.kind === 'workspace' ? (
            <dl className="inline-facts">
              <div>
                <dt>{t('previewClients')}</dt>
                <dd>{parsed.summary.clients}</dd>
              </div>
              <div>
                <dt>{t('previewAssessments')}</dt>
                <dd>{parsed.summary.assessments}</dd>
              </div>
            </dl>
          ) : (
            <p>{t('previewAssessment')}</p>
          )}
          {parsed.kind === 'workspace' && (
            <p>{t('previewRounds', { count: parsed.summary.rounds, answers: parsed.summary.roundAnswers })}</p>
          )}
          {parsed.summary.dates.length > 0 && (
            <p>
              {t('previewDates')} {parsed.summary.dates.map((d) => formatDate(d, locale)).join(', ')}
            </p>
          )}
          {parsed.summary.droppedAnswers > 0 && <p>{t('droppedAnswers')}</p>}
          <div className="button-row">
            {parsed.kind === 'workspace' ? (
              <>
                <button type="button" className="button" onClick={() => apply('merge')}>
                  {t('merge')}
                </button>
                <button
                  type="button"
                  className="button button--danger"
                  onClick={() => (hasData ? setConfirm('replace') : apply('replace'))}
                >
                  {t('replace')}
                </button>
              </>
            ) : (
              <button type="button" className="button" onClick={() => (ownHasAnswers ? setConfirm('own') : apply('own'))}>
                {t('asOwn')}
              </button>
            )}
            <button type="button" className="button button--quiet" onClick={() => closePreview('')}>
              {t('cancel')}
            </button>
          </div>
          {parsed.kind === 'assessment' && workspace.clients.length > 0 && (
            <div className="button-row">
              <ClientSelect id={`${id}-client`} label={t('toClient')} clients={workspace.clients} value={clientId} onChange={setClientId} />
              <button type="button" className="button button--secondary" onClick={() => apply('client')}>
                {t('add')}
              </button>
            </div>
          )}
        </div>
      )}
      <p role="status" className="muted">
        {status}
      </p>

      <ConfirmDialog
        open={confirm !== null}
        title={confirm === 'own' ? t('asOwnConfirmTitle') : t('replaceConfirmTitle')}
        body={confirm === 'own' ? t('asOwnConfirmBody') : t('replaceConfirmBody')}
        cancelLabel={t('cancel')}
        confirmLabel={t('replaceConfirm')}
        onClose={() => setConfirm(null)}
        onConfirm={() => apply(confirm === 'own' ? 'own' : 'replace')}
      />
    </section>
  );
}
