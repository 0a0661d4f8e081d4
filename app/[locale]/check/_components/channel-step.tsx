'use client';

import * as v from 'valibot';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type RefObject } from 'react';
import {
  channelAnswersSchema,
  channelGoals,
  channelIds,
  channelStates,
  contentFormats,
  reaches,
  weeklyHours,
  type ChannelAnswers,
  type ChannelId,
} from '@/lib/channel-schema';
import { missingPlanAnswers, type PlanQuestion } from '@/lib/channels';
import { ErrorSummary } from '@/components/ui/error-summary';

/** The channel questions: where the customers come from, the goal, the hours, what the person likes to make, the channels there are. */
export function ChannelStep({
  answers,
  channelNames,
  stepLabel,
  headingRef,
  onChange,
  onBack,
  onNext,
  isLast,
  focusOnMount = false,
}: {
  answers: ChannelAnswers;
  channelNames: Record<ChannelId, string>;
  stepLabel: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onChange: (answers: ChannelAnswers) => void;
  onBack: () => void;
  onNext: () => void;
  isLast: boolean;
  /** Focus the heading once mounted: when the step's code arrived after the move to it. */
  focusOnMount?: boolean;
}) {
  const t = useTranslations('channels');
  const tc = useTranslations('check');
  const [draft, setDraft] = useState(answers);
  const [submitted, setSubmitted] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  // Whom the firm sells to is asked in the need step; here only this step's own questions can be missing.
  const missing = submitted ? missingPlanAnswers(draft, 'b2b') : [];

  useEffect(() => {
    if (submitted && missing.length > 0) summaryRef.current?.focus();
  }, [submitted, missing.length]);
  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
    // Once, on mount: later focus moves belong to the check.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const update = (change: Partial<ChannelAnswers>) => {
    const next = v.parse(channelAnswersSchema, { ...draft, ...change });
    setDraft(next);
    onChange(next);
  };
  const toggle = <T extends string>(list: readonly T[] | undefined, value: T, on: boolean): T[] =>
    on ? [...(list ?? []).filter((v) => v !== value), value] : (list ?? []).filter((v) => v !== value);
  const errorText = (q: PlanQuestion) => (q === 'goals' ? t('errorGoals') : q === 'formats' ? t('errorFormats') : t('errorRequired'));
  const legendFor: Record<Exclude<PlanQuestion, 'customers'>, string> = {
    reach: t('reachLegend'),
    goals: t('goalsLegend'),
    hours: t('hoursLabel'),
    formats: t('formatsLegend'),
  };
  const invalid = (q: PlanQuestion) => missing.includes(q);
  const errorFor = (q: PlanQuestion) =>
    invalid(q) ? (
      <p id={`channels-error-${q}`} className="field-error">
        {errorText(q)}
      </p>
    ) : null;

  return (
    <form
      className="step"
      noValidate
      aria-labelledby="step-channels"
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        if (missingPlanAnswers(draft, 'b2b').length === 0) onNext();
      }}
    >
      <h2 id="step-channels" ref={headingRef} tabIndex={-1} className="step__title">
        <span className="step__number">{stepLabel}</span>
        {t('stepTitle')}
      </h2>
      <p className="step__intro">{t('stepIntro')}</p>

      {missing.length > 0 && (
        <ErrorSummary
          id="channels-errors"
          title={tc('errorSummaryTitle')}
          summaryRef={summaryRef}
          questions={missing.map((q) => ({ id: `channels-${q}`, prompt: legendFor[q as Exclude<PlanQuestion, 'customers'>] }))}
          onPick={(id) => {
            const question = document.getElementById(`q-${id}`);
            question?.scrollIntoView({ block: 'start' });
            question?.querySelector<HTMLElement>('input, select')?.focus();
          }}
        />
      )}

      <fieldset
        id="q-channels-reach"
        className={`question${invalid('reach') ? ' question--error' : ''}`}
        aria-describedby={invalid('reach') ? 'channels-error-reach' : undefined}
      >
        <legend className="question__prompt">{t('reachLegend')}</legend>
        {errorFor('reach')}
        <div className="options options--list">
          {reaches.map((reach) => (
            <div key={reach} className="option">
              <input type="radio" id={`reach-${reach}`} name="reach" checked={draft.reach === reach} onChange={() => update({ reach })} />
              <label htmlFor={`reach-${reach}`}>{t(`reach.${reach}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>

      <fieldset
        id="q-channels-goals"
        className={`question${invalid('goals') ? ' question--error' : ''}`}
        aria-describedby={invalid('goals') ? 'channels-error-goals' : undefined}
      >
        <legend className="question__prompt">{t('goalsLegend')}</legend>
        {errorFor('goals')}
        <div className="options options--list">
          {channelGoals.map((goal) => (
            <div key={goal} className="option option--check">
              <input
                type="checkbox"
                id={`goal-${goal}`}
                checked={draft.goals.includes(goal)}
                onChange={(e) => update({ goals: toggle(draft.goals, goal, e.target.checked) })}
              />
              <label htmlFor={`goal-${goal}`}>{t(`goals.${goal}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>

      <fieldset
        id="q-channels-hours"
        className={`question${invalid('hours') ? ' question--error' : ''}`}
        aria-describedby={invalid('hours') ? 'channels-hours-hint channels-error-hours' : 'channels-hours-hint'}
      >
        <legend className="question__prompt">{t('hoursLabel')}</legend>
        <p id="channels-hours-hint" className="question__help">
          {t('hoursHint')}
        </p>
        {errorFor('hours')}
        <div className="options options--list">
          {weeklyHours.map((hours) => (
            <div key={hours} className="option">
              <input
                type="radio"
                id={`hours-${hours}`}
                name="hours"
                checked={draft.hours === hours}
                onChange={() => update({ hours })}
              />
              <label htmlFor={`hours-${hours}`}>{hours === 0.5 ? t('hoursHalf') : t('hoursOption', { hours })}</label>
            </div>
          ))}
        </div>
      </fieldset>

      <fieldset
        id="q-channels-formats"
        className={`question${invalid('formats') ? ' question--error' : ''}`}
        aria-describedby={invalid('formats') ? 'channels-error-formats' : undefined}
      >
        <legend className="question__prompt">{t('formatsLegend')}</legend>
        {errorFor('formats')}
        <div className="options options--list">
          {contentFormats.map((format) => (
            <div key={format} className="option option--check">
              <input
                type="checkbox"
                id={`format-${format}`}
                checked={draft.formats?.includes(format) ?? false}
                onChange={(e) => update({ formats: toggle(draft.formats, format, e.target.checked) })}
              />
              <label htmlFor={`format-${format}`}>{t(`formats.${format}`)}</label>
            </div>
          ))}
          <div className="option option--check option--extra">
            <input
              type="checkbox"
              id="format-none"
              checked={draft.formats !== undefined && draft.formats.length === 0}
              onChange={(e) => update({ formats: e.target.checked ? [] : undefined })}
            />
            <label htmlFor="format-none">{t('formatsNone')}</label>
          </div>
        </div>
      </fieldset>

      <fieldset className="question">
        <legend className="question__prompt">{t('existingLegend')}</legend>
        <div className="channel-grid">
          {channelIds.map((id) => (
            <div key={id} className="field">
              <label htmlFor={`existing-${id}`}>{channelNames[id]}</label>
              <select
                id={`existing-${id}`}
                value={draft.existing[id] ?? ''}
                onChange={(e) => {
                  const state = channelStates.find((s) => s === e.target.value);
                  const existing = { ...draft.existing };
                  if (state) existing[id] = state;
                  else delete existing[id];
                  update({ existing });
                }}
              >
                <option value="">{t('existingNone')}</option>
                {channelStates.map((state) => (
                  <option key={state} value={state}>
                    {t(`states.${state}`)}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      </fieldset>

      <div className="button-row step__nav">
        <button type="button" className="button button--secondary" onClick={onBack}>
          {tc('back')}
        </button>
        <button type="submit" className="button">
          {isLast ? tc('finish') : tc('next')}
        </button>
      </div>
    </form>
  );
}
