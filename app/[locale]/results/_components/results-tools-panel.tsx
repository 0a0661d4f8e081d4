'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { printWhenReady } from '@/components/ui/print-readiness';
import { useAfterIdle } from '@/components/ui/use-after-idle';
import { useModuleWhen } from '@/components/ui/use-deferred-module';
import { downloadText } from '@/components/workspace/download';
import { updateWorkspace } from '@/components/workspace/workspace-store';
import { Link } from '@/i18n/navigation';
import type { Assessment } from '@/lib/schemas';
import { createAssessment, updateAssessment, withProfile, type AssessmentRef } from '@/lib/workspace';

// The profile form (react-hook-form) loads only when someone opens it.
const ProfileForm = dynamic(() => import('@/components/profile/profile-form').then((m) => m.ProfileForm));

// The link and file encoders are needed only on a click: fetched once the panel is on screen and the browser is idle,
// so that evaluating them is a short task of its own rather than part of the panel's.
const loadEncoders = () =>
  Promise.all([import('@/lib/share-link'), import('@/lib/import-file')]).then(([share, file]) => ({
    buildShareLink: share.buildShareLink,
    buildAssessmentExport: file.buildAssessmentExport,
  }));
type Encoders = Awaited<ReturnType<typeof loadEncoders>>;

/** The tools themselves: print, share a link, export, edit the profile or the answers. */
export function ResultsToolsPanel({
  assessment,
  assessmentRef,
  items,
  checkHref,
  startRound,
}: {
  assessment: Assessment;
  assessmentRef: AssessmentRef;
  items: readonly { id: string }[];
  checkHref: string;
  /** The team round's start, for the owner's own check: a module of its own (its codes are not needed before). */
  startRound: typeof import('@/components/team/start-round-button') | null;
}) {
  const t = useTranslations('share');
  const tr = useTranslations('print');
  const tres = useTranslations('results');
  const tp = useTranslations('profile');
  const id = useId();
  const [withNotes, setWithNotes] = useState(false);
  const [link, setLink] = useState('');
  const [status, setStatus] = useState('');
  const [profileOpen, setProfileOpen] = useState(false);
  const hasNotes = Object.keys(assessment.notes).length > 0;
  const preloaded = useModuleWhen(useAfterIdle(), loadEncoders).module;
  // Normally there since the browser was first idle; a click before that (or after a failed fetch) waits for them.
  const encoders = async (): Promise<Encoders | null> => preloaded ?? loadEncoders().catch(() => null);

  const exportFile = async () => {
    const loaded = await encoders();
    if (!loaded) {
      setStatus(t('unavailable'));
      return;
    }
    downloadText(t('exportFileName'), loaded.buildAssessmentExport(assessment, new Date()), 'application/json');
  };

  const copyLink = async () => {
    const loaded = await encoders();
    if (!loaded) {
      setLink('');
      setStatus(t('unavailable'));
      return;
    }
    const built = loaded.buildShareLink(`${window.location.origin}${window.location.pathname}`, assessment, items, { withNotes });
    if (!built.ok) {
      // A link the recipient could not open is never offered.
      setLink('');
      setStatus(t('tooLong'));
      return;
    }
    setLink(built.url);
    try {
      await navigator.clipboard.writeText(built.url);
      setStatus(t('copied'));
    } catch {
      setStatus(t('copyFailed'));
    }
  };

  return (
    <section className="results-tools no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('title')}</h2>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void printWhenReady()}>
          {tr('button')}
        </button>
        <Link className="button button--secondary" href={checkHref}>
          {tres('editAnswers')}
        </Link>
      </div>
      {assessmentRef.kind === 'current' && startRound && <startRound.StartRoundButton companyName={assessment.profile.companyName ?? ''} />}

      <div className="tool">
        <p className="muted">{t('privacy')}</p>
        {hasNotes && (
          <div className="checkbox">
            <input
              id={`${id}-notes`}
              type="checkbox"
              checked={withNotes}
              onChange={(e) => {
                setWithNotes(e.target.checked);
                setLink('');
                setStatus('');
              }}
            />
            <label htmlFor={`${id}-notes`}>{t('includeNotes')}</label>
          </div>
        )}
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={() => void copyLink()}>
            {t('copy')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => void exportFile()}>
            {t('exportButton')}
          </button>
          <Link className="button button--quiet" href="/coach#data">
            {t('importLink')}
          </Link>
        </div>
        {link && (
          <div className="field">
            <label htmlFor={`${id}-link`}>{t('linkLabel')}</label>
            <input id={`${id}-link`} type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
          </div>
        )}
        <p role="status" className="muted">
          {status}
        </p>
      </div>

      <details className="tool" onToggle={(e) => setProfileOpen(e.currentTarget.open)}>
        <summary>{tp('edit')}</summary>
        {profileOpen && (
          <ProfileForm
            profile={assessment.profile}
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
