'use client';

import { useTranslations } from 'next-intl';
import dynamic from 'next/dynamic';
import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { BandBadge } from '@/components/band-badge';
import { StartRoundButton } from '@/components/team/start-round-button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { StorageNotices } from '@/components/workspace/storage-notices';
import { updateWorkspace, useWorkspace } from '@/components/workspace/workspace-store';
import { Link, useRouter } from '@/i18n/navigation';
import type { Locale } from '@/lib/content-schema';
import { formatDate } from '@/lib/dates';
import { createId } from '@/lib/ids';
import { limits, type Assessment } from '@/lib/schemas';
import { scoreAssessment } from '@/lib/scoring';
import { contextOf } from '@/lib/variants';
import {
  addClientAssessment,
  assessmentHref,
  createAssessment,
  findClient,
  removeClientAssessment,
  sortByDate,
  updateClient,
  type AssessmentRef,
} from '@/lib/workspace';
import { RecordTable, RowActions, RowButton } from '../../_components/record-table';
import { CompareView } from './compare-view';
import { TargetsForm } from './targets-form';
import type { ClientPageContent } from './types';

const subscribeToNothing = () => () => {};

/** The client id in «/{locale}/coach/{id}», or null for any other path. */
function clientIdFromPath(pathname: string): string | null {
  const match = /^\/[a-z]{2}\/coach\/([^/]+)\/?$/.exec(pathname);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
}

const ProfileForm = dynamic(() => import('@/components/profile/profile-form').then((m) => m.ProfileForm));

/** One client: profile, checks over time, a new check in coach mode, targets and the comparison. */
export function ClientDetail({ clientId: renderedId, locale, content }: { clientId: string; locale: Locale; content: ClientPageContent }) {
  const t = useTranslations('coach');
  // Offline, the service worker answers every client's address with one stored copy of this page: the address decides.
  const clientId = useSyncExternalStore(subscribeToNothing, () => clientIdFromPath(window.location.pathname) ?? renderedId, () => renderedId);
  const id = useId();
  const router = useRouter();
  const { ready, workspace, notices, persistence } = useWorkspace();
  const [respondent, setRespondent] = useState<Assessment['respondent']>('owner');
  const [coachName, setCoachName] = useState('');
  const [toDelete, setToDelete] = useState<Assessment | null>(null);
  const [deleted, setDeleted] = useState(0);
  const [profileOpen, setProfileOpen] = useState(false);
  const listRef = useRef<HTMLHeadingElement>(null);

  // The deleted check's row, and with it the button that opened the dialog, is gone: focus goes to the list.
  useEffect(() => {
    if (deleted > 0) listRef.current?.focus();
  }, [deleted]);

  if (!ready) return <div className="coach-loading" aria-busy="true" />;
  const client = findClient(workspace, clientId);
  if (!client) {
    return (
      <>
        <h1>{t('title')}</h1>
        <p className="notice notice--warning">{t('notFound')}</p>
        <Link href="/coach">{t('back')}</Link>
      </>
    );
  }

  const assessments = sortByDate(client.assessments);
  const date = (a: Assessment) => formatDate(a.createdAt, locale);
  const refOf = (a: Assessment): AssessmentRef => ({ kind: 'client', clientId: client.id, assessmentId: a.id });

  const start = () => {
    const assessment = {
      ...createAssessment(createId(), new Date(), { respondent, coachMode: true, profile: client.profile }),
      coachName: coachName.trim().slice(0, limits.coachName) || undefined,
    };
    updateWorkspace((ws) => addClientAssessment(ws, client.id, assessment));
    router.push(assessmentHref('check', refOf(assessment), { step: 1 }));
  };

  return (
    <div className="client-detail">
      <p className="no-print">
        <Link href="/coach">← {t('back')}</Link>
      </p>
      <StorageNotices notices={notices} persistence={persistence} />
      <h1>{client.name}</h1>
      <p className="muted no-print">{t('whereData')}</p>
      <StartRoundButton companyName={client.profile.companyName ?? client.name} clientId={client.id} />

      <details className="card no-print" onToggle={(e) => setProfileOpen(e.currentTarget.open)}>
        <summary>{t('profileTitle')}</summary>
        {profileOpen && (
          <ProfileForm
            profile={client.profile}
            // The form leaves out the market and who runs the channels (the check asks them): keep what the client has.
            onSave={(profile) => updateWorkspace((ws) => updateClient(ws, client.id, (c) => ({ ...c, profile: { ...c.profile, ...profile } })))}
          />
        )}
      </details>

      <RecordTable
        title={t('assessmentsTitle')}
        headingRef={listRef}
        empty={assessments.length === 0 ? t('noAssessments') : null}
        columns={[
          { label: t('colDate') },
          { label: t('colRespondent') },
          { label: t('colScore'), numeric: true },
          { label: t('colLevel') },
          { label: t('colActions') },
        ]}
        className="no-print"
      >
        {assessments.map((a) => {
          const result = scoreAssessment(a.answers, content.model, contextOf(a.profile));
          return (
            <tr key={a.id}>
              <th scope="row">{date(a)}</th>
              <td data-label={t('colRespondent')}>{t(a.respondent)}</td>
              <td className="num" data-label={t('colScore')}>
                {result.overall ?? t('none')}
              </td>
              <td data-label={t('colLevel')}>
                {result.band ? <BandBadge band={result.band} name={content.bandNames[result.band] ?? ''} /> : t('none')}
              </td>
              <RowActions>
                <Link href={assessmentHref('results', refOf(a))} aria-label={t('openResultsNamed', { date: date(a) })}>
                  {t('openResults')}
                </Link>
                <Link href={assessmentHref('check', refOf(a))} aria-label={t('continueNamed', { date: date(a) })}>
                  {t('continueCheck')}
                </Link>
                <RowButton label={t('delete')} name={t('deleteAssessmentNamed', { date: date(a) })} onClick={() => setToDelete(a)} />
              </RowActions>
            </tr>
          );
        })}
      </RecordTable>

      <section className="card no-print" aria-labelledby={`${id}-new`}>
        <h2 id={`${id}-new`}>{t('newAssessmentTitle')}</h2>
        <fieldset className="plain-fieldset">
          <legend>{t('respondentLabel')}</legend>
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
              <label htmlFor={`${id}-resp-${value}`}>{value === 'owner' ? t('respondentOwner') : t('respondentCoach')}</label>
            </div>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-coach`}>{t('coachNameLabel')}</label>
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
          {t('start')}
        </button>
      </section>

      <CompareView key={assessments.map((a) => a.id).join()} client={client} assessments={assessments} content={content} locale={locale} />

      <TargetsForm client={client} dimensions={content.dimensions} />

      <ConfirmDialog
        open={toDelete !== null}
        title={t('deleteAssessmentTitle')}
        body={toDelete ? t('deleteAssessmentBody', { date: date(toDelete) }) : ''}
        cancelLabel={t('cancel')}
        confirmLabel={t('deleteConfirm')}
        onClose={() => setToDelete(null)}
        onConfirm={() => {
          if (toDelete) updateWorkspace((ws) => removeClientAssessment(ws, client.id, toDelete.id));
          setDeleted((n) => n + 1);
        }}
      />
    </div>
  );
}
