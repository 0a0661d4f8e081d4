'use client';

import { useState, type RefObject } from 'react';
import { useTranslations } from 'next-intl';
import { ErrorSummary } from '@/components/ui/error-summary';
import { CoachBox } from './coach-box';
import { RadioQuestion, focusQuestion, useRequiredQuestions, type RadioOption } from './radio-question';
import { parseAnswerValue } from '@/lib/answers';
import type { LocalizedDimension, LocalizedItem, LocalizedScale } from '@/lib/localize';
import type { AnswerValue, Answers } from '@/lib/schemas';

/** One step of the check: a dimension and its items, in the locale of the page. */
export type CheckStep = { dimension: LocalizedDimension; items: LocalizedItem[] };

/** One step of the check: each item a fieldset with its legend and visibly labelled radios. */
export function StepForm({
  step,
  stepNumber,
  totalSteps,
  stepLabel,
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
  /** «Schritt 3 von 11», worded by the form that knows the count. */
  stepLabel: string;
  scale: LocalizedScale;
  answers: Answers;
  onAnswer: (itemId: string, value: AnswerValue) => void;
  onBack?: () => void;
  onNext: () => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
  coach?: { note: string; onNote: (text: string) => void };
}) {
  const t = useTranslations('check');
  const { missing, summaryRef, onSubmit, onChange } = useRequiredQuestions(
    step.items.map((item) => item.id),
    onNext,
  );
  // Only the values when the step opens: later answers are saved as they are given.
  const [opened] = useState(answers);
  const id = step.dimension.id;
  const isLast = stepNumber === totalSteps;
  const scaleOptions: RadioOption[] = [
    ...scale.points.map((p) => ({ value: String(p.value), label: p.label })),
    { value: 'unknown', label: scale.unknown, extra: true },
  ];
  const naOption: RadioOption = { value: 'na', label: scale.notApplicable, extra: true };

  return (
    <form className="step" noValidate onSubmit={onSubmit} onChange={onChange} aria-labelledby={`step-${id}`}>
      <h2 id={`step-${id}`} ref={headingRef} tabIndex={-1} className="step__title">
        <span className="step__number">{stepLabel}</span>
        {step.dimension.title}
      </h2>
      <p className="step__intro">{step.dimension.intro}</p>

      {missing.length > 0 && (
        <ErrorSummary
          id={`errors-${id}`}
          title={t('errorSummaryTitle')}
          summaryRef={summaryRef}
          questions={step.items.filter((item) => missing.includes(item.id))}
          onPick={focusQuestion}
        />
      )}

      <p className="muted step__hint">{t('optionsHint')}</p>

      {step.items.map((item) => (
        <RadioQuestion
          key={item.id}
          id={item.id}
          prompt={item.prompt}
          help={item.help}
          // A gate (time, will) always applies: it offers no «Betrifft uns nicht».
          options={item.gate ? scaleOptions : [...scaleOptions, naOption]}
          defaultValue={opened[item.id] === undefined ? undefined : String(opened[item.id])}
          error={missing.includes(item.id) ? t('errorRequired') : null}
          onChoose={(text) => {
            const value = parseAnswerValue(text);
            if (value !== undefined) onAnswer(item.id, value);
          }}
        />
      ))}

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
