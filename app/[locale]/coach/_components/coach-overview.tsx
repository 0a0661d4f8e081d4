'use client';

import { useId, useRef, useState } from 'react';
import { BandBadge } from '@/components/band-badge';
import { downloadText } from '@/components/workspace/download';
import { ImportPanel } from '@/components/workspace/import-panel';
import type { ImportLabels } from '@/components/workspace/import-labels';
import { StorageNotices, type NoticeLabels } from '@/components/workspace/storage-notices';
import { updateWorkspace, useWorkspace } from '@/components/workspace/workspace-store';
import { Link } from '@/i18n/navigation';
import type { BandId, Locale } from '@/lib/content-schema';
import { formatDate } from '@/lib/dates';
import { createId } from '@/lib/ids';
import { buildWorkspaceExport, MAX_IMPORT_BYTES } from '@/lib/import-file';
import { clientSchema, limits, type Client } from '@/lib/schemas';
import type { ScoringModel } from '@/lib/scoring';
import { fillTemplate } from '@/lib/template';
import { addClient, createClient, removeClient, summarizeClient, updateClient } from '@/lib/workspace';

/** The coach's list of clients kept in this browser, with create, rename, delete, export and import. */
export function CoachOverview({
  labels,
  importLabels,
  noticeLabels,
  model,
  bandNames,
  locale,
}: {
  labels: Record<string, string>;
  importLabels: ImportLabels;
  noticeLabels: NoticeLabels;
  model: ScoringModel;
  bandNames: Record<string, string>;
  locale: Locale;
}) {
  const id = useId();
  const { ready, workspace, notices, persistence } = useWorkspace();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState(false);
  const [status, setStatus] = useState('');
  const [renaming, setRenaming] = useState<string | null>(null);
  const [toDelete, setToDelete] = useState<Client | null>(null);
  const deleteRef = useRef<HTMLDialogElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  const exportAll = () => {
    const text = buildWorkspaceExport(workspace, new Date());
    downloadText(labels.exportFileName!, text, 'application/json');
    if (new Blob([text]).size > MAX_IMPORT_BYTES) setStatus(labels.exportTooLarge!);
  };

  if (!ready) return <div className="coach-loading" aria-busy="true" />;

  return (
    <div className="coach">
      <StorageNotices notices={notices} persistence={persistence} labels={noticeLabels} />
      <p className="notice">{labels.whereData}</p>

      <section aria-labelledby={`${id}-clients`}>
        <h2 id={`${id}-clients`}>{labels.clientsTitle}</h2>
        {workspace.clients.length === 0 ? (
          <p>{labels.noClients}</p>
        ) : (
          <div className="table-scroll" role="region" aria-labelledby={`${id}-clients`} tabIndex={0}>
            <table className="data-table table-reflow">
              <thead>
                <tr>
                  <th scope="col">{labels.colClient}</th>
                  <th scope="col">{labels.colProfile}</th>
                  <th scope="col" className="num">
                    {labels.colCount}
                  </th>
                  <th scope="col">{labels.colLatest}</th>
                  <th scope="col" className="num">
                    {labels.colScore}
                  </th>
                  <th scope="col">{labels.colLevel}</th>
                  <th scope="col">{labels.colActions}</th>
                </tr>
              </thead>
              <tbody>
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
                              const parsed = clientSchema.shape.name.safeParse(value);
                              if (!parsed.success) return;
                              updateWorkspace((ws) => updateClient(ws, client.id, (c) => ({ ...c, name: parsed.data })));
                              setRenaming(null);
                            }}
                          >
                            <label htmlFor={`${id}-rename-${client.id}`}>{labels.renameLabel}</label>
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
                              {labels.renameSave}
                            </button>
                          </form>
                        ) : (
                          <Link href={`/coach/${encodeURIComponent(client.id)}`} aria-label={fillTemplate(labels.openNamed!, { name: client.name })}>
                            {client.name}
                          </Link>
                        )}
                      </th>
                      <td data-label={labels.colProfile}>{profile || labels.none}</td>
                      <td className="num" data-label={labels.colCount}>
                        {summary.count}
                      </td>
                      <td data-label={labels.colLatest}>{summary.latest ? formatDate(summary.latest.createdAt, locale) : labels.none}</td>
                      <td className="num" data-label={labels.colScore}>
                        {summary.latest?.overall ?? labels.none}
                      </td>
                      <td data-label={labels.colLevel}>
                        {summary.latest?.band ? (
                          <BandBadge band={summary.latest.band as BandId} name={bandNames[summary.latest.band] ?? ''} />
                        ) : (
                          labels.none
                        )}
                      </td>
                      <td>
                        <div className="row-actions">
                          <button
                            type="button"
                            className="button button--quiet"
                            aria-label={fillTemplate(labels.renameNamed!, { name: client.name })}
                            onClick={() => setRenaming(client.id)}
                          >
                            {labels.rename}
                          </button>
                          <button
                            type="button"
                            className="button button--quiet"
                            aria-label={fillTemplate(labels.deleteNamed!, { name: client.name })}
                            onClick={() => {
                              setToDelete(client);
                              deleteRef.current?.showModal();
                            }}
                          >
                            {labels.delete}
                          </button>
                        </div>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="card" aria-labelledby={`${id}-new`}>
        <h2 id={`${id}-new`}>{labels.newClientTitle}</h2>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const parsed = clientSchema.shape.name.safeParse(name);
            if (!parsed.success) {
              setNameError(true);
              nameRef.current?.focus();
              return;
            }
            updateWorkspace((ws) => addClient(ws, createClient(createId(), parsed.data, new Date())));
            setStatus(fillTemplate(labels.created!, { name: parsed.data }));
            setName('');
            setNameError(false);
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-name`}>{labels.clientName}</label>
            <span id={`${id}-name-hint`} className="field__hint">
              {labels.clientNameHint}
            </span>
            {nameError && (
              <p id={`${id}-name-error`} className="field-error">
                {labels.clientNameRequired}
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
            {labels.create}
          </button>
        </form>
      </section>
      <p role="status" className="muted">
        {status}
      </p>

      <section id="data" aria-labelledby={`${id}-data`}>
        <h2 id={`${id}-data`}>{labels.dataTitle}</h2>
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={exportAll}>
            {labels.exportAll}
          </button>
        </div>
        <ImportPanel labels={importLabels} locale={locale} />
      </section>

      <dialog ref={deleteRef} className="dialog" aria-labelledby={`${id}-delete`} onClose={() => setToDelete(null)}>
        <h2 id={`${id}-delete`}>{labels.deleteClientTitle}</h2>
        <p>{fillTemplate(labels.deleteClientBody!, { name: toDelete?.name ?? '' })}</p>
        <form method="dialog" className="button-row">
          <button type="submit" className="button button--secondary" autoFocus>
            {labels.cancel}
          </button>
          <button type="button" className="button button--secondary" onClick={exportAll}>
            {labels.exportFirst}
          </button>
          <button
            type="button"
            className="button button--danger"
            onClick={() => {
              if (toDelete) updateWorkspace((ws) => removeClient(ws, toDelete.id));
              deleteRef.current?.close();
            }}
          >
            {labels.deleteConfirm}
          </button>
        </form>
      </dialog>
    </div>
  );
}
