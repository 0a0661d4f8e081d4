'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import { useForm } from 'react-hook-form';
import * as z from 'zod/mini';
import { useTranslations } from 'next-intl';
import { ErrorSummary } from '@/components/ui/error-summary';
import { CoachBox } from './coach-box';
import { answerValues, parseAnswerValue } from '@/lib/answers';
import type { LocalizedDimension, LocalizedItem, LocalizedScale } from '@/lib/localize';
import type { AnswerValue, Answers } from '@/lib/schemas';

/** One step of the check: a dimension and its items, in the locale of the page. */
export type CheckStep = { dimension: LocalizedDimension; items: LocalizedItem[] };

// Radios carry text; the form validates that text against the answer values, the one list of them.
const optionValues = answerValues.map(String) as [string, ...string[]];

function toOption(value: AnswerValue | undefined): string | undefined {
  return value === undefined ? undefined : String(value);
}

/** One step of the check: each item a fieldset with its legend and visibly labelled radios. */
export function StepForm({
  step,
  stepNumber,
  totalSteps,
  scale,
  answers,
  onAnswer,
  onBack,
  onNext,
  headingRef,
  coach,
}: {
  step: CheckStep;
  stepNumber: number;
  totalSteps: number;
  scale: LocalizedScale;
  answers: Answers;
  onAnswer: (itemId: string, value: AnswerValue) => void;
  onBack?: () => void;
  onNext: () => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
  coach?: { note: string; onNote: (text: string) => void };
}) {
  const t = useTranslations('check');
  const errorRequired = t('errorRequired');
  const schema = useMemo(
    () =>
      z.object(
        Object.fromEntries(step.items.map((item) => [item.id, z.enum(optionValues, { error: errorRequired })])),
      ),
    [step.items, errorRequired],
  );
  const defaultValues = useMemo(
    () => Object.fromEntries(step.items.map((item) => [item.id, toOption(answers[item.id]) ?? null])),
    // Only the values when the step opens: later answers are saved as they are given.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [step.items],
  );
  const { register, handleSubmit, formState } = useForm<Record<string, string | null>>({
    resolver: zodResolver(schema) as never,
    defaultValues,
    shouldFocusError: false,
  });
  const summaryRef = useRef<HTMLDivElement>(null);
  const missing = step.items.filter((item) => formState.errors[item.id]);
  const id = step.dimension.id;

  // An unanswered question after "Weiter": the summary takes focus and lists each question as a link.
  useEffect(() => {
    if (formState.submitCount > 0 && missing.length > 0) summaryRef.current?.focus();
  }, [formState.submitCount, missing.length]);

  const isLast = stepNumber === totalSteps;
  const focusItem = (itemId: string) => {
    const fieldset = document.getElementById(`q-${itemId}`);
    const target =
      fieldset?.querySelector<HTMLInputElement>('input:checked') ?? fieldset?.querySelector<HTMLInputElement>('input');
    fieldset?.scrollIntoView({ block: 'center' });
    target?.focus();
  };

  return (
    <form className="step" noValidate onSubmit={handleSubmit(onNext)} aria-labelledby={`step-${id}`}>
      <h2 id={`step-${id}`} ref={headingRef} tabIndex={-1} className="step__title">
        <span className="step__number">{t('stepOf', { current: stepNumber, total: totalSteps })}</span>
        {step.dimension.title}
      </h2>
      <p className="step__intro">{step.dimension.intro}</p>

      {missing.length > 0 && (
        <ErrorSummary id={`errors-${id}`} title={t('errorSummaryTitle')} summaryRef={summaryRef} questions={missing} onPick={focusItem} />
      )}

      <p className="muted step__hint">{t('optionsHint')}</p>

      {step.items.map((item) => {
        const error = formState.errors[item.id];
        const describedBy = [item.help ? `help-${item.id}` : null, error ? `error-${item.id}` : null]
          .filter(Boolean)
          .join(' ');
        const field = register(item.id, {
          onChange: (event: { target: { value: string } }) => {
            const value = parseAnswerValue(event.target.value);
            if (value !== undefined) onAnswer(item.id, value);
          },
        });
        const options: { value: string; label: string; extra?: boolean }[] = [
          ...scale.points.map((p) => ({ value: String(p.value), label: p.label })),
          { value: 'unknown', label: scale.unknown, extra: true },
          // A gate (time, will) always applies: it offers no «Betrifft uns nicht».
          ...(item.gate ? [] : [{ value: 'na' as const, label: scale.notApplicable, extra: true }]),
        ];
        return (
          <fieldset
            key={item.id}
            id={`q-${item.id}`}
            className={`question${error ? ' question--error' : ''}`}
            aria-describedby={describedBy || undefined}
            aria-invalid={error ? true : undefined}
          >
            <legend className="question__prompt">{item.prompt}</legend>
            {item.help && (
              <p id={`help-${item.id}`} className="question__help">
                {item.help}
              </p>
            )}
            {error && (
              <p id={`error-${item.id}`} className="field-error">
                {t('errorRequired')}
              </p>
            )}
            <div className="options">
              {options.map((option) => (
                <div key={option.value} className={`option${option.extra ? ' option--extra' : ''}`}>
                  <input type="radio" id={`${item.id}-${option.value}`} value={option.value} {...field} />
                  <label htmlFor={`${item.id}-${option.value}`}>{option.label}</label>
                </div>
              ))}
            </div>
          </fieldset>
        );
      })}

      {coach && (
        <CoachBox
          id={id}
          title={t('coachPromptsTitle')}
          prompts={step.dimension.coachPrompts}
          notesLabel={t('coachNotesLabel', { dimension: step.dimension.title })}
          notesHint={t('coachNotesHint')}
          note={coach.note}
          onNote={coach.onNote}
        />
      )}

      <div className="button-row step__nav">
        {onBack && (
          <button type="button" className="button button--secondary" onClick={onBack}>
            {t('back')}
          </button>
        )}
        <button type="submit" className="button">
          {isLast ? t('finish') : t('next')}
        </button>
      </div>
    </form>
  );
}
