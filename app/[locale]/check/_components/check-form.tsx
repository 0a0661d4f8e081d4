'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'next/navigation';
import dynamic from 'next/dynamic';
import type { ProfileLabels } from '@/components/profile/profile-form';
import { updateWorkspace, useWorkspace } from '@/components/workspace/workspace-store';
import { StorageNotices, type NoticeLabels } from '@/components/workspace/storage-notices';
import { useRouter } from '@/i18n/navigation';
import { createId } from '@/lib/ids';
import { adaptDimension, adaptItem, type LocalizedDimension, type LocalizedItem, type LocalizedScale } from '@/lib/localize';
import type { AnswerValue, Assessment } from '@/lib/schemas';
import { contextOf, type VariedText } from '@/lib/variants';
import {
  createAssessment,
  readAssessmentRef,
  findAssessment,
  updateAssessment,
  withAnswer,
  withNote,
  withProfile,
  withSetup,
} from '@/lib/workspace';
import { NeedStep, type NeedCheckStep, type NeedStepLabels } from './need-step';
import { StepForm } from './step-form';

// The optional profile form loads when someone opens it.
const ProfileForm = dynamic(() => import('@/components/profile/profile-form').then((m) => m.ProfileForm));

export type CheckLabels = {
  next: string;
  back: string;
  finish: string;
  restart: string;
  restartTitle: string;
  restartBody: string;
  restartConfirm: string;
  restartCancel: string;
  saved: string;
  loading: string;
  errorSummaryTitle: string;
  errorRequired: string;
  optionsHint: string;
  progressLabel: string;
  profileTitle: string;
  profileIntro: string;
  coachPromptsTitle: string;
  coachNotesHint: string;
  coachBanner: string;
  notices: NoticeLabels;
  profile: ProfileLabels;
  need: Pick<NeedStepLabels, 'needHint' | 'setupTitle'>;
};

/** One step of a dimension; `T` is `VariedText` as the page prepares it, `string` once worded for the firm. */
export type CheckStep<T = string> = {
  dimension: LocalizedDimension<T>;
  items: LocalizedItem<T>[];
  stepLabel: string;
  notesLabel: string;
};

function firstOpenStep(need: NeedCheckStep, steps: CheckStep<VariedText>[], assessment: Assessment | null): number {
  if (!assessment) return 1;
  const { runner, market } = assessment.profile;
  if (!runner || !market || need.items.some((item) => assessment.answers[item.id] === undefined)) return 1;
  const index = steps.findIndex((step) => step.items.some((item) => assessment.answers[item.id] === undefined));
  return index === -1 ? steps.length + 1 : index + 2;
}

/** The questionnaire: the need step, then one dimension per step, saved to this browser on every answer. */
export function CheckForm({
  need,
  steps,
  scale,
  labels,
}: {
  need: NeedCheckStep;
  steps: CheckStep<VariedText>[];
  scale: LocalizedScale;
  labels: CheckLabels;
}) {
  const { ready, workspace, notices, persistence, revision } = useWorkspace();
  const searchParams = useSearchParams();
  const router = useRouter();
  const ref = useMemo(() => readAssessmentRef(searchParams), [searchParams]);
  const assessment = ready ? findAssessment(workspace, ref) : null;
  const totalSteps = steps.length + 1;
  const stepParam = Number(searchParams.get('step'));
  const hasStepParam = Number.isInteger(stepParam) && stepParam >= 1 && stepParam <= totalSteps;
  // Resume at the first open step when the stored answers are read, not again after every answer.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const resumeStep = useMemo(() => firstOpenStep(need, steps, assessment), [need, steps, ready, assessment?.id]);
  const step = hasStepParam ? stepParam : resumeStep;
  // Steps after the first are worded for who runs the channels and whom the firm sells to.
  const context = contextOf(assessment?.profile);
  const varied = step > 1 ? steps[step - 2]! : null;
  const current: CheckStep | null = varied && {
    ...varied,
    dimension: adaptDimension(varied.dimension, context),
    items: varied.items.map((item) => adaptItem(item, context)),
  };
  const currentLabel = current?.stepLabel ?? need.stepLabel;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
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

  const finish = () => {
    const params = new URLSearchParams();
    if (ref.kind === 'client') {
      params.set('client', ref.clientId);
      params.set('assessment', ref.assessmentId);
    }
    const query = params.toString();
    router.push(query ? `/results?${query}` : '/results');
  };

  if (!ready) {
    return (
      <div className="check-loading" aria-busy="true">
        <p>{labels.loading}</p>
      </div>
    );
  }

  const answers = assessment?.answers ?? {};
  const coachMode = assessment?.coachMode ?? false;

  return (
    <div className="check">
      <StorageNotices notices={notices} persistence={persistence} labels={labels.notices} />
      {coachMode && <p className="notice">{labels.coachBanner}</p>}
      <div className="check__progress">
        <progress max={totalSteps} value={step} aria-label={`${labels.progressLabel}: ${currentLabel}`} />
      </div>

      {step === 1 && ref.kind === 'current' && (
        <details className="card check__profile" onToggle={(e) => setProfileOpen(e.currentTarget.open)}>
          <summary>{labels.profileTitle}</summary>
          <p className="muted">{labels.profileIntro}</p>
          {profileOpen && (
            <ProfileForm
              profile={assessment?.profile ?? {}}
              labels={labels.profile}
              onSave={(profile) => change((a) => withProfile(a, profile, new Date()))}
            />
          )}
        </details>
      )}

      {current === null ? (
        <NeedStep
          key={`need-${ref.kind === 'client' ? ref.assessmentId : 'current'}-${resets}-${revision}`}
          headingRef={headingRef}
          need={need}
          scale={scale}
          labels={{ ...labels, ...labels.need }}
          answers={answers}
          setup={{ runner: assessment?.profile.runner, market: assessment?.profile.market }}
          onAnswer={(itemId: string, value: AnswerValue) => change((a) => withAnswer(a, itemId, value, new Date()))}
          onSetup={(setup) => change((a) => withSetup(a, setup, new Date()))}
          onNext={() => goTo(2)}
          coach={
            coachMode
              ? {
                  note: assessment?.notes.need ?? '',
                  onNote: (text: string) => change((a) => withNote(a, 'need', text, new Date())),
                }
              : undefined
          }
        />
      ) : (
        <StepForm
          // Remount on a new step, another assessment, a restart or another tab's answers; never on an answer given here.
          key={`${step}-${ref.kind === 'client' ? ref.assessmentId : 'current'}-${resets}-${revision}`}
          headingRef={headingRef}
          step={current}
          stepNumber={step}
          totalSteps={totalSteps}
          scale={scale}
          labels={labels}
          answers={answers}
          onAnswer={(itemId: string, value: AnswerValue) => change((a) => withAnswer(a, itemId, value, new Date()))}
          onBack={() => goTo(step - 1)}
          onNext={() => (step < totalSteps ? goTo(step + 1) : finish())}
          coach={
            coachMode
              ? {
                  note: assessment?.notes[current.dimension.id] ?? '',
                  onNote: (text: string) => change((a) => withNote(a, current.dimension.id, text, new Date())),
                }
              : undefined
          }
        />
      )}

      <div className="check__footer">
        <p className="muted">{labels.saved}</p>
        <button type="button" className="button button--quiet" onClick={() => dialogRef.current?.showModal()}>
          {labels.restart}
        </button>
      </div>

      <dialog ref={dialogRef} className="dialog" aria-labelledby="restart-title" aria-describedby="restart-body">
        <h2 id="restart-title">{labels.restartTitle}</h2>
        <p id="restart-body">{labels.restartBody}</p>
        <form method="dialog" className="button-row">
          <button type="submit" className="button button--secondary" autoFocus>
            {labels.restartCancel}
          </button>
          <button
            type="button"
            className="button button--danger"
            onClick={() => {
              change((a) => ({
                ...withSetup(a, { runner: undefined, market: undefined }, new Date()),
                answers: {},
                notes: {},
                actionPlan: { steps: {} },
              }));
              dialogRef.current?.close();
              setResets((n) => n + 1);
              goTo(1);
            }}
          >
            {labels.restartConfirm}
          </button>
        </form>
      </dialog>
    </div>
  );
}
