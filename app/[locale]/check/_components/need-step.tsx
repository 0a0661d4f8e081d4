'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { ErrorSummary } from '@/components/ui/error-summary';
import { CoachBox } from './coach-box';
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import * as z from 'zod/mini';
import type { Market, RunnerId } from '@/lib/content-schema';
import { adaptNeedItem, type LocalizedNeedItem, type LocalizedNeedStep, type LocalizedScale } from '@/lib/localize';
import { markets, runnerIds, type AnswerValue, type Answers } from '@/lib/schemas';
import { contextOf, pickText, type VariedText } from '@/lib/variants';

const optionValues = ['1', '2', '3', '4', '5', 'unknown', 'na'] as const;

/** The need step as the check page prepares it: texts with their variants, the statements and the labels. */
export type NeedCheckStep = {
  step: LocalizedNeedStep<VariedText>;
  items: LocalizedNeedItem<VariedText>[];
  stepLabel: string;
  notesLabel: string;
};

export type NeedStepLabels = {
  next: string;
  errorSummaryTitle: string;
  errorRequired: string;
  optionsHint: string;
  coachPromptsTitle: string;
  coachNotesHint: string;
  needHint: string;
  setupTitle: string;
};

type Setup = { runner?: RunnerId; market?: Market };
type Fields = Record<string, string | null>;

function toAnswer(value: string): AnswerValue | undefined {
  if (value === 'unknown' || value === 'na') return value;
  const n = Number(value);
  return n >= 1 && n <= 5 && Number.isInteger(n) ? (n as 1 | 2 | 3 | 4 | 5) : undefined;
}

/**
 * The first step of the check: who would run the channels and whom the firm sells to (they set the wording of
 * everything after), then the need statements. Each question is a fieldset with its legend and labelled radios.
 */
export function NeedStep({
  need,
  scale,
  labels,
  answers,
  setup,
  onAnswer,
  onSetup,
  onNext,
  headingRef,
  coach,
}: {
  need: NeedCheckStep;
  scale: LocalizedScale;
  labels: NeedStepLabels;
  answers: Answers;
  setup: Setup;
  onAnswer: (itemId: string, value: AnswerValue) => void;
  onSetup: (setup: Setup) => void;
  onNext: () => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
  coach?: { note: string; onNote: (text: string) => void };
}) {
  const schema = useMemo(() => {
    const required = { error: labels.errorRequired };
    return z.object({
      'setup-runner': z.enum(runnerIds, required),
      'setup-market': z.enum(markets, required),
      ...Object.fromEntries(need.items.map((item) => [item.id, z.enum(optionValues, required)])),
    });
  }, [need.items, labels.errorRequired]);
  const defaultValues = useMemo(
    () => ({
      'setup-runner': setup.runner ?? null,
      'setup-market': setup.market ?? null,
      ...Object.fromEntries(need.items.map((item) => [item.id, answers[item.id] === undefined ? null : String(answers[item.id])])),
    }),
    // Only the values when the step opens: later answers are saved as they are given.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [need.items],
  );
  const { register, handleSubmit, formState, control } = useForm<Fields>({
    resolver: zodResolver(schema) as never,
    defaultValues,
    shouldFocusError: false,
  });
  const runner = useWatch({ control, name: 'setup-runner' }) as RunnerId | null;
  const market = useWatch({ control, name: 'setup-market' }) as Market | null;
  // The statements follow the answers above them as they are given.
  const context = contextOf({ runner: runner ?? undefined, market: market ?? undefined });
  const items = need.items.map((item) => adaptNeedItem(item, context));
  const setupQuestions = [
    { id: 'setup-runner', question: need.step.runner },
    { id: 'setup-market', question: need.step.market },
  ] as const;
  const questions = [
    ...setupQuestions.map(({ id, question }) => ({ id, prompt: question.legend })),
    ...items.map((item) => ({ id: item.id, prompt: item.prompt })),
  ];
  const missing = questions.filter((q) => formState.errors[q.id]);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (formState.submitCount > 0 && missing.length > 0) summaryRef.current?.focus();
  }, [formState.submitCount, missing.length]);

  const focusQuestion = (id: string) => {
    const fieldset = document.getElementById(`q-${id}`);
    const target =
      fieldset?.querySelector<HTMLInputElement>('input:checked') ?? fieldset?.querySelector<HTMLInputElement>('input');
    fieldset?.scrollIntoView({ block: 'center' });
    target?.focus();
  };

  const fieldset = (
    id: string,
    prompt: string,
    help: string | null,
    options: { value: string; label: string; extra?: boolean }[],
    onChange: (value: string) => void,
  ) => {
    const error = formState.errors[id];
    const describedBy = [help ? `help-${id}` : null, error ? `error-${id}` : null].filter(Boolean).join(' ');
    const field = register(id, { onChange: (event: { target: { value: string } }) => onChange(event.target.value) });
    return (
      <fieldset
        key={id}
        id={`q-${id}`}
        className={`question${error ? ' question--error' : ''}`}
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? true : undefined}
      >
        <legend className="question__prompt">{prompt}</legend>
        {help && (
          <p id={`help-${id}`} className="question__help">
            {help}
          </p>
        )}
        {error && (
          <p id={`error-${id}`} className="field-error">
            {labels.errorRequired}
          </p>
        )}
        <div className="options">
          {options.map((option) => (
            <div key={option.value} className={`option${option.extra ? ' option--extra' : ''}`}>
              <input type="radio" id={`${id}-${option.value}`} value={option.value} {...field} />
              <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
            </div>
          ))}
        </div>
      </fieldset>
    );
  };

  const scaleOptions = [
    ...scale.points.map((p) => ({ value: String(p.value), label: p.label })),
    { value: 'unknown', label: scale.unknown, extra: true },
    { value: 'na', label: scale.notApplicable, extra: true },
  ];

  return (
    <form className="step" noValidate onSubmit={handleSubmit(onNext)} aria-labelledby="step-need">
      <h2 id="step-need" ref={headingRef} tabIndex={-1} className="step__title">
        <span className="step__number">{need.stepLabel}</span>
        {need.step.title}
      </h2>
      <p className="step__intro">{need.step.intro}</p>

      {missing.length > 0 && (
        <ErrorSummary id="errors-need" title={labels.errorSummaryTitle} summaryRef={summaryRef} questions={missing} onPick={focusQuestion} />
      )}

      <h3 className="step__subtitle">{labels.setupTitle}</h3>
      {setupQuestions.map(({ id, question }) =>
        fieldset(
          id,
          question.legend,
          question.help,
          question.options.map((o) => ({ value: o.value, label: o.label })),
          (value) =>
            onSetup(
              id === 'setup-runner'
                ? { runner: runnerIds.find((r) => r === value) }
                : { market: markets.find((m) => m === value) },
            ),
        ),
      )}

      <p className="muted step__hint">{labels.needHint}</p>
      <p className="muted step__hint">{labels.optionsHint}</p>
      {items.map((item) =>
        fieldset(item.id, item.prompt, item.help, scaleOptions, (value) => {
          const answer = toAnswer(value);
          if (answer !== undefined) onAnswer(item.id, answer);
        }),
      )}

      {coach && (
        <CoachBox
          id="need"
          title={labels.coachPromptsTitle}
          prompts={need.step.coachPrompts.map((prompt) => pickText(prompt, context))}
          notesLabel={need.notesLabel}
          notesHint={labels.coachNotesHint}
          note={coach.note}
          onNote={coach.onNote}
        />
      )}

      <div className="button-row step__nav">
        <button type="submit" className="button">
          {labels.next}
        </button>
      </div>
    </form>
  );
}
