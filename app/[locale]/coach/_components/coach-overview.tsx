'use client';

import * as v from 'valibot';
import { useTranslations } from 'next-intl';
import { useDeferredValue, useEffect, useId, useRef, useState } from 'react';
import { BandBadge } from '@/components/band-badge';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { downloadText } from '@/components/workspace/download';
import { ImportPanel } from '@/components/workspace/import-panel';
import { StorageNotices } from '@/components/workspace/storage-notices';
import { updateWorkspace, useWorkspace } from '@/components/workspace/workspace-store';
import { Link } from '@/i18n/navigation';
import type { BandId, Locale } from '@/lib/content-schema';
import { formatDate } from '@/lib/dates';
import { createId } from '@/lib/ids';
import { buildWorkspaceExport, MAX_IMPORT_BYTES } from '@/lib/import-file';
import { clientNameSchema, limits, type Client } from '@/lib/schemas';
import type { ScoringModel } from '@/lib/scoring';
import { addClient, createClient, removeClient, summarizeClient, updateClient } from '@/lib/workspace';
import { RecordTable, RowActions, RowButton } from './record-table';

/** The coach's list of clients kept in this browser, with create, rename, delete, export and import. */
export function CoachOverview({
  model,
  bandNames,
  locale,
}: {
  model: ScoringModel;
  bandNames: Record<string, string>;
  locale: Locale;
}) {
  const t = useTranslations('coach');
  const id = useId();
  const { ready, workspace, notices, persistence } = useWorkspace();
  const shown = useDeferredValue(ready);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState(false);
  const [status, setStatus] = useState('');
  const [renaming, setRenaming] = useState<string | null>(null);
  const [toDelete, setToDelete] = useState<Client | null>(null);
  const [deleted, setDeleted] = useState(0);
  const nameRef = useRef<HTMLInputElement>(null);
  const clientsRef = useRef<HTMLHeadingElement>(null);

  // The deleted client's row, and with it the button that opened the dialog, is gone: focus goes to the list.
  useEffect(() => {
    if (deleted > 0) clientsRef.current?.focus();
  }, [deleted]);

  const exportAll = () => {
    const text = buildWorkspaceExport(workspace, new Date());
    downloadText(t('exportFileName'), text, 'application/json');
    if (new Blob([text]).size > MAX_IMPORT_BYTES) setStatus(t('exportTooLarge'));
  };

  // The stored workspace arrives in one urgent update; the list is rendered after it as deferred work, which React
  // splits into short slices instead of one long task on a phone.
  if (!shown) return <div className="coach-loading" aria-busy="true" />;

  return (
    <div className="coach">
      <StorageNotices notices={notices} persistence={persistence} />
      <p className="notice">{t('whereData')}</p>

      <RecordTable
        title={t('clientsTitle')}
        headingRef={clientsRef}
        empty={workspace.clients.length === 0 ? t('noClients') : null}
        columns={[
          { label: t('colClient') },
          { label: t('colProfile') },
          { label: t('colCount'), numeric: true },
          { label: t('colLatest') },
          { label: t('colScore'), numeric: true },
          { label: t('colLevel') },
          { label: t('colActions') },
        ]}
      >
        {workspace.clients.map((client) => {
          const summary = summarizeClient(client, model);
          const profile = [client.profile.companyName, client.profile.industry].filter(Boolean).join(' · ');
          return (
            <tr key={client.id}>
              <th scope="row">
                {renaming === client.id ? (
                  <form
                    className="inline-form"
                    onSubmit={(event) => {
                      event.preventDefault();
                      const value = new FormData(event.currentTarget).get('name');
                      const parsed = v.safeParse(clientNameSchema, value);
                      if (!parsed.success) return;
                      updateWorkspace((ws) => updateClient(ws, client.id, (c) => ({ ...c, name: parsed.output })));
                      setRenaming(null);
                    }}
                  >
                    <label htmlFor={`${id}-rename-${client.id}`}>{t('renameLabel')}</label>
                    <input
                      id={`${id}-rename-${client.id}`}
                      name="name"
                      type="text"
                      required
                      maxLength={limits.clientName}
                      defaultValue={client.name}
                      autoFocus
                    />
                    <button type="submit" className="button button--secondary">
                      {t('renameSave')}
                    </button>
                  </form>
                ) : (
                  <Link href={`/coach/${encodeURIComponent(client.id)}`} aria-label={t('openNamed', { name: client.name })}>
                    {client.name}
                  </Link>
                )}
              </th>
              <td data-label={t('colProfile')}>{profile || t('none')}</td>
              <td className="num" data-label={t('colCount')}>
                {summary.count}
              </td>
              <td data-label={t('colLatest')}>{summary.latest ? formatDate(summary.latest.createdAt, locale) : t('none')}</td>
              <td className="num" data-label={t('colScore')}>
                {summary.latest?.overall ?? t('none')}
              </td>
              <td data-label={t('colLevel')}>
                {summary.latest?.band ? (
                  <BandBadge band={summary.latest.band as BandId} name={bandNames[summary.latest.band] ?? ''} />
                ) : (
                  t('none')
                )}
              </td>
              <RowActions>
                <RowButton label={t('rename')} name={t('renameNamed', { name: client.name })} onClick={() => setRenaming(client.id)} />
                <RowButton label={t('delete')} name={t('deleteNamed', { name: client.name })} onClick={() => setToDelete(client)} />
              </RowActions>
            </tr>
          );
        })}
      </RecordTable>

      <section className="card" aria-labelledby={`${id}-new`}>
        <h2 id={`${id}-new`}>{t('newClientTitle')}</h2>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const parsed = v.safeParse(clientNameSchema, name);
            if (!parsed.success) {
              setNameError(true);
              nameRef.current?.focus();
              return;
            }
            updateWorkspace((ws) => addClient(ws, createClient(createId(), parsed.output, new Date())));
            setStatus(t('created', { name: parsed.output }));
            setName('');
            setNameError(false);
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('clientName')}</label>
            <span id={`${id}-name-hint`} className="field__hint">
              {t('clientNameHint')}
            </span>
            {nameError && (
              <p id={`${id}-name-error`} className="field-error">
                {t('clientNameRequired')}
              </p>
            )}
            <input
              ref={nameRef}
              id={`${id}-name`}
              type="text"
              value={name}
              maxLength={limits.clientName}
              aria-invalid={nameError || undefined}
              aria-describedby={`${id}-name-hint${nameError ? ` ${id}-name-error` : ''}`}
              onChange={(e) => setName(e.target.value)}
            />
          </div>
          <button type="submit" className="button">
            {t('create')}
          </button>
        </form>
      </section>
      <p role="status" className="muted">
        {status}
      </p>

      <section id="data" aria-labelledby={`${id}-data`}>
        <h2 id={`${id}-data`}>{t('dataTitle')}</h2>
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={exportAll}>
            {t('exportAll')}
          </button>
        </div>
        <ImportPanel locale={locale} />
      </section>

      <ConfirmDialog
        open={toDelete !== null}
        title={t('deleteClientTitle')}
        body={t('deleteClientBody', { name: toDelete?.name ?? '' })}
        cancelLabel={t('cancel')}
        confirmLabel={t('deleteConfirm')}
        extraAction={{ label: t('exportFirst'), onClick: exportAll }}
        onClose={() => setToDelete(null)}
        onConfirm={() => {
          if (toDelete) updateWorkspace((ws) => removeClient(ws, toDelete.id));
          setDeleted((n) => n + 1);
        }}
      />
    </div>
  );
}
