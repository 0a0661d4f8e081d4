'use client';

import { useTranslations } from 'next-intl';
import { useState, type RefObject } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import { CoachBox } from './coach-box';
import { RadioQuestion, focusQuestion, useRequiredQuestions, type RadioOption } from './radio-question';
import { parseAnswerValue } from '@/lib/answers';
import type { Market, RunnerId } from '@/lib/content-schema';
import { adaptNeedItem, type LocalizedNeedItem, type LocalizedNeedStep, type LocalizedScale } from '@/lib/localize';
import { markets, runnerIds, type AnswerValue, type Answers } from '@/lib/schemas';
import { contextOf, pickText, type VariedText } from '@/lib/variants';

/** The need step as the check page prepares it: texts with their variants, the statements and the labels. */
export type NeedCheckStep = {
  step: LocalizedNeedStep<VariedText>;
  items: LocalizedNeedItem<VariedText>[];
  stepLabel: string;
  notesLabel: string;
};

type Setup = { runner?: RunnerId; market?: Market };

/**
 * The first step of the check: who would run the channels and whom the firm sells to (they set the wording of
 * everything after), then the need statements. Each question is a fieldset with its legend and labelled radios.
 */
export function NeedStep({
  need,
  scale,
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
  answers: Answers;
  setup: Setup;
  onAnswer: (itemId: string, value: AnswerValue) => void;
  onSetup: (setup: Setup) => void;
  onNext: () => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
  coach?: { note: string; onNote: (text: string) => void };
}) {
  const t = useTranslations('check');
  const tn = useTranslations('need');
  const [runner, setRunner] = useState(setup.runner);
  const [market, setMarket] = useState(setup.market);
  // Only the values when the step opens: later answers are saved as they are given.
  const [opened] = useState(answers);
  // The statements follow the answers above them as they are given.
  const context = contextOf({ runner, market });
  const items = need.items.map((item) => adaptNeedItem(item, context));
  const setupQuestions = [
    { id: 'setup-runner', question: need.step.runner, value: setup.runner },
    { id: 'setup-market', question: need.step.market, value: setup.market },
  ] as const;
  const questions = [
    ...setupQuestions.map(({ id, question }) => ({ id, prompt: question.legend })),
    ...items.map((item) => ({ id: item.id, prompt: item.prompt })),
  ];
  const { missing, summaryRef, onSubmit, onChange } = useRequiredQuestions(
    questions.map((q) => q.id),
    onNext,
  );
  const errorFor = (id: string) => (missing.includes(id) ? t('errorRequired') : null);

  const scaleOptions: RadioOption[] = [
    ...scale.points.map((p) => ({ value: String(p.value), label: p.label })),
    { value: 'unknown', label: scale.unknown, extra: true },
    { value: 'na', label: scale.notApplicable, extra: true },
  ];

  return (
    <form className="step" noValidate onSubmit={onSubmit} onChange={onChange} aria-labelledby="step-need">
      <h2 id="step-need" ref={headingRef} tabIndex={-1} className="step__title">
        <span className="step__number">{need.stepLabel}</span>
        {need.step.title}
      </h2>
      <p className="step__intro">{need.step.intro}</p>

      {missing.length > 0 && (
        <ErrorSummary
          id="errors-need"
          title={t('errorSummaryTitle')}
          summaryRef={summaryRef}
          questions={questions.filter((q) => missing.includes(q.id))}
          onPick={focusQuestion}
        />
      )}

      <h3 className="step__subtitle">{tn('setupTitle')}</h3>
      {setupQuestions.map(({ id, question, value }) => (
        <RadioQuestion
          key={id}
          id={id}
          prompt={question.legend}
          help={question.help}
          options={question.options.map((o) => ({ value: o.value, label: o.label }))}
          defaultValue={value}
          error={errorFor(id)}
          onChoose={(text) => {
            if (id === 'setup-runner') {
              const chosen = runnerIds.find((r) => r === text);
              setRunner(chosen);
              onSetup({ runner: chosen });
            } else {
              const chosen = markets.find((m) => m === text);
              setMarket(chosen);
              onSetup({ market: chosen });
            }
          }}
        />
      ))}

      <p className="muted step__hint">{tn('hint')}</p>
      <p className="muted step__hint">{t('optionsHint')}</p>
      {items.map((item) => (
        <RadioQuestion
          key={item.id}
          id={item.id}
          prompt={item.prompt}
          help={item.help}
          options={scaleOptions}
          defaultValue={opened[item.id] === undefined ? undefined : String(opened[item.id])}
          error={errorFor(item.id)}
          onChoose={(text) => {
            const answer = parseAnswerValue(text);
            if (answer !== undefined) onAnswer(item.id, answer);
          }}
        />
      ))}

      {coach && (
        <CoachBox
          id="need"
          title={t('coachPromptsTitle')}
          prompts={need.step.coachPrompts.map((prompt) => pickText(prompt, context))}
          notesLabel={need.notesLabel}
          notesHint={t('coachNotesHint')}
          note={coach.note}
          onNote={coach.onNote}
        />
      )}

      <div className="button-row step__nav">
        <button type="submit" className="button">
          {t('next')}
        </button>
      </div>
    </form>
  );
}
