'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'next/navigation';
import dynamic from 'next/dynamic';
import { updateWorkspace, useWorkspace } from '@/components/workspace/workspace-store';
import { StorageNotices } from '@/components/workspace/storage-notices';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useRouter } from '@/i18n/navigation';
import { createId } from '@/lib/ids';
import type { LocalizedScale } from '@/lib/localize';
import type { AnswerValue, Assessment } from '@/lib/schemas';
import {
  assessmentHref,
  createAssessment,
  findAssessment,
  firstOpenStep,
  readAssessmentRef,
  restartAssessment,
  updateAssessment,
  withAnswer,
  withNote,
  withProfile,
} from '@/lib/workspace';
import { StepForm, type CheckStep } from './step-form';

// The optional profile form loads when someone opens it.
const ProfileForm = dynamic(() => import('@/components/profile/profile-form').then((m) => m.ProfileForm));


/** The questionnaire, one dimension per step, saved to this browser on every answer. */
export function CheckForm({ steps, scale }: { steps: CheckStep[]; scale: LocalizedScale }) {
  const t = useTranslations('check');
  const { ready, workspace, notices, persistence, revision } = useWorkspace();
  const searchParams = useSearchParams();
  const router = useRouter();
  const ref = useMemo(() => readAssessmentRef(searchParams), [searchParams]);
  const assessment = ready ? findAssessment(workspace, ref) : null;
  const stepParam = Number(searchParams.get('step'));
  const hasStepParam = Number.isInteger(stepParam) && stepParam >= 1 && stepParam <= steps.length;
  // Resume at the first open step when the stored answers are read, not again after every answer.
  const resumeStep = useMemo(
    () => firstOpenStep(steps.map((s) => ({ itemIds: s.items.map((item) => item.id) })), assessment?.answers ?? null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [steps, ready, assessment?.id],
  );
  const step = hasStepParam ? stepParam : resumeStep;
  const current = steps[step - 1]!;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [confirmRestart, setConfirmRestart] = useState(false);
  const [moved, setMoved] = useState(false);
  const [profileOpen, setProfileOpen] = useState(false);
  const [resets, setResets] = useState(0);

  const change = useCallback(
    (fn: (a: Assessment) => Assessment) => {
      updateWorkspace((ws) =>
        updateAssessment(ws, ref, fn, () => createAssessment(createId(), new Date())),
      );
    },
    [ref],
  );

  const goTo = useCallback(
    (next: number) => {
      const params = new URLSearchParams(searchParams.toString());
      params.set('step', String(next));
      window.history.pushState(null, '', `?${params.toString()}`);
      setMoved(true);
    },
    [searchParams],
  );

  // Moving to a step moves focus to its heading, so screen readers start at the new question group.
  useEffect(() => {
    if (moved) headingRef.current?.focus();
  }, [step, moved]);

  // A team round's answers go back as a link, not to the results page.
  const finish = () =>
    router.push(ref.kind === 'round' ? `/team/answer?round=${encodeURIComponent(ref.roundId)}` : assessmentHref('results', ref));

  if (!ready) {
    return (
      <div className="check-loading" aria-busy="true">
        <p>{t('loading')}</p>
      </div>
    );
  }

  const answers = assessment?.answers ?? {};
  const coachMode = assessment?.coachMode ?? false;
  // Read directly: the round's code and aggregation modules stay out of the check's bundle.
  const round = ref.kind === 'round' ? (workspace.participations?.find((p) => p.roundId === ref.roundId) ?? null) : null;

  return (
    <div className="check">
      <StorageNotices notices={notices} persistence={persistence} />
      {coachMode && <p className="notice">{t('coachBanner')}</p>}
      {ref.kind === 'round' && round && <p className="notice">{t('roundBanner', { company: round.companyName || '–' })}</p>}
      <div className="check__progress">
        <progress max={steps.length} value={step} aria-label={`${t('progressLabel')}: ${t('stepOf', { current: step, total: steps.length })}`} />
      </div>

      {step === 1 && ref.kind === 'current' && (
        <details className="card check__profile" onToggle={(e) => setProfileOpen(e.currentTarget.open)}>
          <summary>{t('profileTitle')}</summary>
          <p className="muted">{t('profileIntro')}</p>
          {profileOpen && (
            <ProfileForm
              profile={assessment?.profile ?? {}}
              onSave={(profile) => change((a) => withProfile(a, profile, new Date()))}
            />
          )}
        </details>
      )}

      <StepForm
        // Remount on a new step, another assessment, a restart or another tab's answers; never on an answer given here.
        key={`${step}-${ref.kind === 'client' ? ref.assessmentId : 'current'}-${resets}-${revision}`}
        headingRef={headingRef}
        step={current}
        stepNumber={step}
        totalSteps={steps.length}
        scale={scale}
        answers={answers}
        onAnswer={(itemId: string, value: AnswerValue) => change((a) => withAnswer(a, itemId, value, new Date()))}
        onBack={step > 1 ? () => goTo(step - 1) : undefined}
        onNext={() => (step < steps.length ? goTo(step + 1) : finish())}
        coach={
          coachMode
            ? {
                note: assessment?.notes[current.dimension.id] ?? '',
                onNote: (text: string) => change((a) => withNote(a, current.dimension.id, text, new Date())),
              }
            : undefined
        }
      />

      <div className="check__footer">
        <p className="muted">{t('saved')}</p>
        <button type="button" className="button button--quiet" onClick={() => setConfirmRestart(true)}>
          {t('restart')}
        </button>
      </div>

      <ConfirmDialog
        open={confirmRestart}
        title={t('restartTitle')}
        body={t('restartBody')}
        cancelLabel={t('restartCancel')}
        confirmLabel={t('restartConfirm')}
        onClose={() => setConfirmRestart(false)}
        onConfirm={() => {
          change((a) => restartAssessment(a, new Date()));
          setResets((n) => n + 1);
          goTo(1);
        }}
      />
    </div>
  );
}
