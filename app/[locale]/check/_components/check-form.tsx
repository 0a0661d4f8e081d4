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
import { adaptDimension, adaptItem, type LocalizedDimension, type LocalizedItem, type LocalizedScale } from '@/lib/localize';
import type { AnswerValue, Assessment } from '@/lib/schemas';
import {
  assessmentHref,
  currentRef,
  checkSteps,
  createAssessment,
  findAssessment,
  firstOpenStep,
  readAssessmentRef,
  restartAssessment,
  updateAssessment,
  withAnswer,
  withNote,
  withProfile,
  withChannels,
  withSetup,
} from '@/lib/workspace';
import { emptyChannelAnswers, type ChannelId } from '@/lib/channel-schema';
import { contextOf, type VariedText } from '@/lib/variants';
import { NeedStep, type NeedCheckStep } from './need-step';
import { StepForm, type CheckStep } from './step-form';

// The optional profile form loads when someone opens it.
const ProfileForm = dynamic(() => import('@/components/profile/profile-form').then((m) => m.ProfileForm));
// The channel questions close the check: their code loads on the step before them (see the effect below).
const loadChannelStep = () => import('./channel-step').then((m) => m.ChannelStep);
const ChannelStep = dynamic(loadChannelStep, { ssr: false });

/** A step of one dimension with every wording variant; it is worded for the firm once the need step is answered. */
export type VariedCheckStep = { dimension: LocalizedDimension<VariedText>; items: LocalizedItem<VariedText>[] };

/** The questionnaire: the need step, then one dimension per step, saved to this browser on every answer. */
export function CheckForm({
  need,
  steps,
  scale,
  channelNames,
  firstStep = false,
}: {
  need: Omit<NeedCheckStep, 'stepLabel'>;
  steps: VariedCheckStep[];
  scale: LocalizedScale;
  channelNames: Record<ChannelId, string>;
  /** The server rendered the owner's first step, unanswered: it shows (inert) until the stored answers are read. */
  firstStep?: boolean;
}) {
  const t = useTranslations('check');
  const { ready, workspace, notices, persistence, revision } = useWorkspace();
  const searchParams = useSearchParams();
  const router = useRouter();
  // Until storage is read, the first step as the server rendered it: it depends on the page's props alone, so it
  // hydrates even where the service worker answers another address of the check with this page.
  const preview = !ready && firstStep;
  const urlRef = useMemo(() => readAssessmentRef(searchParams), [searchParams]);
  const ref = preview ? currentRef : urlRef;
  const assessment = ready ? findAssessment(workspace, ref) : null;
  const stepParam = Number(searchParams.get('step'));
  const { total: totalSteps, channelStep } = checkSteps(steps.length, ref);
  const hasStepParam = Number.isInteger(stepParam) && stepParam >= 1 && stepParam <= totalSteps;
  // Resume at the first open step when the stored answers are read, not again after every answer; the need step
  // stays open until both of its choices are made.
  const resumeStep = useMemo(() => {
    if (!assessment?.profile.runner || !assessment.profile.market) return 1;
    const itemSteps = [{ itemIds: need.items.map((i) => i.id) }, ...steps.map((s) => ({ itemIds: s.items.map((i) => i.id) }))];
    return firstOpenStep(itemSteps, assessment.answers, channelStep);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [need, steps, ready, assessment?.id]);
  const step = preview ? 1 : hasStepParam ? stepParam : resumeStep;
  // Steps after the first are worded for who runs the channels and whom the firm sells to.
  const context = contextOf(assessment?.profile);
  const varied = step > 1 && step !== channelStep ? steps[step - 2]! : null;
  const current: CheckStep | null = varied && {
    dimension: adaptDimension(varied.dimension, context),
    items: varied.items.map((item) => adaptItem(item, context)),
  };
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [confirmRestart, setConfirmRestart] = useState(false);
  const [moved, setMoved] = useState(false);
  const [profileOpen, setProfileOpen] = useState(false);
  const [resets, setResets] = useState(0);
  // The first step shown before storage was read stays mounted (no second layout of the same form) unless the stored
  // workspace already holds this assessment: then it opens again with the stored answers. Decided once per reading.
  const [loaded, setLoaded] = useState<{ revision: number; stored: boolean } | null>(null);
  if (ready && loaded?.revision !== revision) setLoaded({ revision, stored: assessment !== null });
  const mountKey = `${ref.kind === 'client' ? ref.assessmentId : 'current'}-${resets}-${revision}-${loaded?.stored ? 'stored' : 'new'}`;

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

  // Fetch the channel step's code on the step before it, so it is there when the owner gets to it.
  useEffect(() => {
    if (channelStep && step >= channelStep - 1) void loadChannelStep();
  }, [channelStep, step]);

  // Moving to a step moves focus to its heading, so screen readers start at the new question group.
  useEffect(() => {
    if (moved) headingRef.current?.focus();
  }, [step, moved]);

  // A team round's answers go back as a link, not to the results page.
  const finish = () =>
    router.push(ref.kind === 'round' ? `/team/answer?round=${encodeURIComponent(ref.roundId)}` : assessmentHref('results', ref));

  if (!ready && !preview) {
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
  // «Schritt 3 von 11»: small counts, given as text, need no number formatter. The first one a page makes loads the
  // locale's data, a task of 10–20 ms (four times that on a phone) in the middle of the step's first render.
  const stepOf = (current: number) => t('stepOf', { current: String(current), total: String(totalSteps) });

  return (
    <div className="check" inert={preview} aria-busy={preview || undefined}>
      <StorageNotices notices={notices} persistence={persistence} />
      {coachMode && <p className="notice">{t('coachBanner')}</p>}
      {ref.kind === 'round' && round && <p className="notice">{t('roundBanner', { company: round.companyName || '–' })}</p>}
      <div className="check__progress">
        <progress max={totalSteps} value={step} aria-label={`${t('progressLabel')}: ${stepOf(step)}`} />
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

      {step === channelStep ? (
        <ChannelStep
          key={`channels-${mountKey}`}
          headingRef={headingRef}
          answers={assessment?.channels ?? emptyChannelAnswers()}
          channelNames={channelNames}
          stepLabel={stepOf(step)}
          onChange={(channels) => change((a) => withChannels(a, channels, new Date()))}
          onBack={() => goTo(step - 1)}
          onNext={finish}
          isLast
          // Its code may arrive after the move: it then focuses its own heading.
          focusOnMount={moved}
        />
      ) : current === null ? (
        <NeedStep
          key={`need-${mountKey}`}
          headingRef={headingRef}
          // The count depends on the round (a team round has no channel step): it is known here, not on the server.
          need={{ ...need, stepLabel: stepOf(1) }}
          scale={scale}
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
          key={`${step}-${mountKey}`}
          headingRef={headingRef}
          step={current}
          stepNumber={step}
          totalSteps={totalSteps}
          stepLabel={stepOf(step)}
          scale={scale}
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
          // The two choices of the need step are answers too: a new start asks them again.
          change((a) => restartAssessment(withSetup(a, { runner: undefined, market: undefined }, new Date()), new Date()));
          setResets((n) => n + 1);
          goTo(1);
        }}
      />
    </div>
  );
}
