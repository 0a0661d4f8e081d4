'use client';

import { useTranslations } from 'next-intl';
import { useId, useMemo, useState } from 'react';
import { useHash } from '@/components/team/use-location';
import { StorageNotices } from '@/components/workspace/storage-notices';
import { updateWorkspace, useWorkspace } from '@/components/workspace/workspace-store';
import { Link, useRouter } from '@/i18n/navigation';
import { createId } from '@/lib/ids';
import { limits } from '@/lib/schemas';
import { createRespondentId } from '@/lib/team-code';
import { findParticipation, joinRound, readInvitationFragment, type Invitation, type TeamCodeError } from '@/lib/team-round';
import { assessmentHref } from '@/lib/workspace';

type Read = { state: 'reading' } | { state: 'none' } | { state: 'error'; error: TeamCodeError } | { state: 'ok'; invitation: Invitation };

/** A person opens an invitation: whose round it is, what happens with the answers, name and role optional. */
export function JoinView() {
  const t = useTranslations('team');
  const id = useId();
  const router = useRouter();
  const { ready, workspace, notices, persistence } = useWorkspace();
  const hash = useHash();
  const read = useMemo((): Read => {
    if (hash === null) return { state: 'reading' };
    const result = readInvitationFragment(hash);
    return result === null ? { state: 'none' } : result.ok ? { state: 'ok', invitation: result.value } : { state: 'error', error: result.error };
  }, [hash]);
  const [name, setName] = useState('');
  const [role, setRole] = useState('');

  if (!ready || read.state === 'reading') return <p aria-busy="true">{t('loading')}</p>;
  if (read.state !== 'ok') {
    return (
      <div className="team-join">
        <h1>{t('join.errorTitle')}</h1>
        <p className="notice" role="alert">
          {read.state === 'none' ? t('join.noInvitation') : t(`errors.${read.error}`)}
        </p>
      </div>
    );
  }
  const { invitation } = read;
  const company = invitation.companyName || t('unnamed');
  const joined = findParticipation(workspace, invitation.roundId);
  const checkHref = assessmentHref('check', { kind: 'round', roundId: invitation.roundId });

  const start = () => {
    updateWorkspace((ws) =>
      joinRound(ws, invitation, { respondentId: createRespondentId(), assessmentId: createId(), name: name.trim(), role: role.trim() }, new Date()),
    );
    router.push(checkHref);
  };

  return (
    <div className="team-join">
      <StorageNotices notices={notices} persistence={persistence} />
      <h1>{t('join.title')}</h1>
      <p className="lead">{t('join.whose', { company })}</p>
      <p>{t('join.what')}</p>
      {joined ? (
        <>
          <p className="notice">{t('join.joined')}</p>
          <div className="button-row">
            <Link className="button" href={checkHref}>
              {t('join.continue')}
            </Link>
            <Link className="button button--secondary" href={`/team/answer?round=${encodeURIComponent(invitation.roundId)}`}>
              {t('join.answerLink')}
            </Link>
          </div>
        </>
      ) : (
        <form
          className="card"
          onSubmit={(e) => {
            e.preventDefault();
            start();
          }}
        >
          <p className="muted">{t('join.privacy')}</p>
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('join.name')}</label>
            <input id={`${id}-name`} type="text" autoComplete="name" maxLength={limits.owner} value={name} onChange={(e) => setName(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-role`}>{t('join.role')}</label>
            <input id={`${id}-role`} type="text" autoComplete="organization-title" maxLength={limits.owner} value={role} onChange={(e) => setRole(e.target.value)} />
          </div>
          <button type="submit" className="button">
            {t('join.start')}
          </button>
        </form>
      )}
    </div>
  );
}
