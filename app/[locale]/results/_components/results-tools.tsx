'use client';

import dynamic from 'next/dynamic';
import { useId, useState } from 'react';
import { downloadText } from '@/components/workspace/download';
import { updateWorkspace } from '@/components/workspace/workspace-store';
import { Link } from '@/i18n/navigation';
import { buildAssessmentExport } from '@/lib/import-file';
import type { Assessment } from '@/lib/schemas';
import { encodeShareCode } from '@/lib/share-code';
import { createAssessment, updateAssessment, withProfile, type AssessmentRef } from '@/lib/workspace';
import type { ResultsLabels } from './labels';

// The profile form (react-hook-form) loads only when someone opens it.
const ProfileForm = dynamic(() => import('@/components/profile/profile-form').then((m) => m.ProfileForm));

/** What one can do with the results: print, share a link, export, edit the profile or the answers. */
export function ResultsTools({
  assessment,
  assessmentRef,
  labels,
  items,
  checkHref,
}: {
  assessment: Assessment;
  assessmentRef: AssessmentRef;
  labels: ResultsLabels;
  items: readonly { id: string }[];
  checkHref: string;
}) {
  const id = useId();
  const [withNotes, setWithNotes] = useState(false);
  const [link, setLink] = useState('');
  const [status, setStatus] = useState('');
  const [profileOpen, setProfileOpen] = useState(false);
  const hasNotes = Object.keys(assessment.notes).length > 0;

  const copyLink = async () => {
    const code = encodeShareCode(
      {
        createdAt: assessment.createdAt,
        answers: assessment.answers,
        profile: assessment.profile,
        ...(withNotes && hasNotes ? { notes: assessment.notes } : {}),
      },
      items,
    );
    const url = `${window.location.origin}${window.location.pathname}#r=${code}`;
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setStatus(labels.share.copied);
    } catch {
      setStatus(labels.share.copyFailed);
    }
  };

  return (
    <section className="results-tools no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{labels.share.title}</h2>
      <div className="button-row">
        <button type="button" className="button" onClick={() => window.print()}>
          {labels.print.button}
        </button>
        <Link className="button button--secondary" href={checkHref}>
          {labels.editAnswers}
        </Link>
      </div>

      <div className="tool">
        <p className="muted">{labels.share.privacy}</p>
        {hasNotes && (
          <div className="checkbox">
            <input id={`${id}-notes`} type="checkbox" checked={withNotes} onChange={(e) => setWithNotes(e.target.checked)} />
            <label htmlFor={`${id}-notes`}>{labels.share.includeNotes}</label>
          </div>
        )}
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={copyLink}>
            {labels.share.copy}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => downloadText(labels.share.exportFileName, buildAssessmentExport(assessment, new Date()), 'application/json')}
          >
            {labels.share.exportButton}
          </button>
          <Link className="button button--quiet" href="/coach#data">
            {labels.share.importLink}
          </Link>
        </div>
        {link && (
          <div className="field">
            <label htmlFor={`${id}-link`}>{labels.share.linkLabel}</label>
            <input id={`${id}-link`} type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
          </div>
        )}
        <p role="status" className="muted">
          {status}
        </p>
      </div>

      <details className="tool" onToggle={(e) => setProfileOpen(e.currentTarget.open)}>
        <summary>{labels.profileTitle}</summary>
        {profileOpen && (
          <ProfileForm
            profile={assessment.profile}
            labels={labels.profile}
            onSave={(profile) =>
              updateWorkspace((ws) =>
                updateAssessment(ws, assessmentRef, (a) => withProfile(a, profile, new Date()), () =>
                  createAssessment(assessment.id, new Date()),
                ),
              )
            }
          />
        )}
      </details>
    </section>
  );
}
