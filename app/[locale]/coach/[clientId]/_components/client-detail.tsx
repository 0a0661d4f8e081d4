'use client';

import dynamic from 'next/dynamic';
import { useId, useRef, useState } from 'react';
import { BandBadge } from '@/components/band-badge';
import type { ProfileLabels } from '@/components/profile/profile-form';
import { StorageNotices, type NoticeLabels } from '@/components/workspace/storage-notices';
import { updateWorkspace, useWorkspace } from '@/components/workspace/workspace-store';
import { Link, useRouter } from '@/i18n/navigation';
import type { BandId, DimensionId, Locale } from '@/lib/content-schema';
import { formatDate } from '@/lib/dates';
import { createId } from '@/lib/ids';
import { limits, type Assessment } from '@/lib/schemas';
import { scoreAssessment, type ScoringModel } from '@/lib/scoring';
import { contextOf } from '@/lib/variants';
import { fillTemplate } from '@/lib/template';
import {
  addClientAssessment,
  createAssessment,
  findClient,
  removeClientAssessment,
  sortByDate,
  updateClient,
} from '@/lib/workspace';
import { CompareView } from './compare-view';
import { TargetsForm } from './targets-form';

const ProfileForm = dynamic(() => import('@/components/profile/profile-form').then((m) => m.ProfileForm));

export type DetailItem = { id: string; dimension: DimensionId; weight: number; gate: true | undefined; prompt: string };
export type DetailBand = { id: BandId; min: number; name: string };

/** One client: profile, checks over time, a new check in coach mode, targets and the comparison. */
export function ClientDetail({
  clientId,
  locale,
  labels,
  noticeLabels,
  profileLabels,
  dimensions,
  items,
  bands,
  scaleLabels,
}: {
  clientId: string;
  locale: Locale;
  labels: Record<string, string>;
  noticeLabels: NoticeLabels;
  profileLabels: ProfileLabels;
  dimensions: { id: DimensionId; title: string }[];
  items: DetailItem[];
  bands: DetailBand[];
  scaleLabels: Record<string, string>;
}) {
  const id = useId();
  const router = useRouter();
  const { ready, workspace, notices, persistence } = useWorkspace();
  const [respondent, setRespondent] = useState<Assessment['respondent']>('owner');
  const [coachName, setCoachName] = useState('');
  const [toDelete, setToDelete] = useState<Assessment | null>(null);
  const [profileOpen, setProfileOpen] = useState(false);
  const deleteRef = useRef<HTMLDialogElement>(null);
  const model: ScoringModel = { dimensions, items, bands };
  const l = (key: string) => labels[key] ?? key;

  if (!ready) return <div className="coach-loading" aria-busy="true" />;
  const client = findClient(workspace, clientId);
  if (!client) {
    return (
      <>
        <h1>{l('title')}</h1>
        <p className="notice notice--warning">{l('notFound')}</p>
        <Link href="/coach">{l('back')}</Link>
      </>
    );
  }

  const assessments = sortByDate(client.assessments);
  const bandName = (band: BandId | null) => bands.find((b) => b.id === band)?.name ?? '';
  const date = (a: Assessment) => formatDate(a.createdAt, locale);

  const start = () => {
    const assessment = {
      ...createAssessment(createId(), new Date(), { respondent, coachMode: true, profile: client.profile }),
      coachName: coachName.trim().slice(0, limits.coachName) || undefined,
    };
    updateWorkspace((ws) => addClientAssessment(ws, client.id, assessment));
    router.push(`/check?client=${encodeURIComponent(client.id)}&assessment=${encodeURIComponent(assessment.id)}&step=1`);
  };

  return (
    <div className="client-detail">
      <p className="no-print">
        <Link href="/coach">← {l('back')}</Link>
      </p>
      <StorageNotices notices={notices} persistence={persistence} labels={noticeLabels} />
      <h1>{client.name}</h1>
      <p className="muted no-print">{l('whereData')}</p>

      <details className="card no-print" onToggle={(e) => setProfileOpen(e.currentTarget.open)}>
        <summary>{l('profileTitle')}</summary>
        {profileOpen && (
          <ProfileForm
            profile={client.profile}
            labels={profileLabels}
            // The form leaves out the market and who runs the channels (the check asks them): keep what the client has.
            onSave={(profile) => updateWorkspace((ws) => updateClient(ws, client.id, (c) => ({ ...c, profile: { ...c.profile, ...profile } })))}
          />
        )}
      </details>

      <section aria-labelledby={`${id}-list`} className="no-print">
        <h2 id={`${id}-list`}>{l('assessmentsTitle')}</h2>
        {assessments.length === 0 ? (
          <p>{l('noAssessments')}</p>
        ) : (
          <div className="table-scroll" role="region" aria-labelledby={`${id}-list`} tabIndex={0}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{l('colDate')}</th>
                  <th scope="col">{l('colRespondent')}</th>
                  <th scope="col" className="num">
                    {l('colScore')}
                  </th>
                  <th scope="col">{l('colLevel')}</th>
                  <th scope="col">{l('colActions')}</th>
                </tr>
              </thead>
              <tbody>
                {assessments.map((a) => {
                  const result = scoreAssessment(a.answers, model, contextOf(a.profile));
                  const query = `client=${encodeURIComponent(client.id)}&assessment=${encodeURIComponent(a.id)}`;
                  return (
                    <tr key={a.id}>
                      <th scope="row">{date(a)}</th>
                      <td>{a.respondent === 'coach' ? l('coach') : l('owner')}</td>
                      <td className="num">{result.overall ?? l('none')}</td>
                      <td>{result.band ? <BandBadge band={result.band} name={bandName(result.band)} /> : l('none')}</td>
                      <td>
                        <div className="row-actions">
                          <Link href={`/results?${query}`} aria-label={fillTemplate(l('openResultsNamed'), { date: date(a) })}>
                            {l('openResults')}
                          </Link>
                          <Link href={`/check?${query}`} aria-label={fillTemplate(l('continueNamed'), { date: date(a) })}>
                            {l('continueCheck')}
                          </Link>
                          <button
                            type="button"
                            className="button button--quiet"
                            aria-label={fillTemplate(l('deleteAssessmentNamed'), { date: date(a) })}
                            onClick={() => {
                              setToDelete(a);
                              deleteRef.current?.showModal();
                            }}
                          >
                            {l('delete')}
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

      <section className="card no-print" aria-labelledby={`${id}-new`}>
        <h2 id={`${id}-new`}>{l('newAssessmentTitle')}</h2>
        <fieldset className="plain-fieldset">
          <legend>{l('respondentLabel')}</legend>
          {(['owner', 'coach'] as const).map((value) => (
            <div key={value} className="radio">
              <input
                type="radio"
                id={`${id}-resp-${value}`}
                name={`${id}-respondent`}
                value={value}
                checked={respondent === value}
                onChange={() => setRespondent(value)}
              />
              <label htmlFor={`${id}-resp-${value}`}>{value === 'owner' ? l('respondentOwner') : l('respondentCoach')}</label>
            </div>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-coach`}>{l('coachNameLabel')}</label>
          <input
            id={`${id}-coach`}
            type="text"
            autoComplete="name"
            maxLength={limits.coachName}
            value={coachName}
            onChange={(e) => setCoachName(e.target.value)}
          />
        </div>
        <button type="button" className="button" onClick={start}>
          {l('start')}
        </button>
      </section>

      <CompareView
        key={assessments.map((a) => a.id).join()}
        client={client}
        assessments={assessments}
        model={model}
        dimensions={dimensions}
        items={items}
        bands={bands}
        labels={labels}
        locale={locale}
        scaleLabels={scaleLabels}
      />

      <TargetsForm client={client} dimensions={dimensions} labels={labels} />

      <dialog ref={deleteRef} className="dialog" aria-labelledby={`${id}-delete`} onClose={() => setToDelete(null)}>
        <h2 id={`${id}-delete`}>{l('deleteAssessmentTitle')}</h2>
        <p>{toDelete ? fillTemplate(l('deleteAssessmentBody'), { date: date(toDelete) }) : ''}</p>
        <form method="dialog" className="button-row">
          <button type="submit" className="button button--secondary" autoFocus>
            {l('cancel')}
          </button>
          <button
            type="button"
            className="button button--danger"
            onClick={() => {
              if (toDelete) updateWorkspace((ws) => removeClientAssessment(ws, client.id, toDelete.id));
              deleteRef.current?.close();
            }}
          >
            {l('deleteConfirm')}
          </button>
        </form>
      </dialog>
    </div>
  );
}
