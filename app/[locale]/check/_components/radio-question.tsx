'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';

/** One answer of a question: its value as the radio carries it, its visible label, and whether it sits apart. */
export type RadioOption = { value: string; label: string; extra?: boolean };

/**
 * The required questions of one step, each a group of radios named by its id: «Weiter» finds those left open, lists
 * them (the summary takes focus) or goes on. Once it found gaps, the list follows the answers as they are given.
 */
export function useRequiredQuestions(ids: readonly string[], onComplete: () => void) {
  const [missing, setMissing] = useState<readonly string[]>([]);
  const [attempts, setAttempts] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const unanswered = (form: HTMLFormElement) => {
    const data = new FormData(form);
    return ids.filter((id) => !data.has(id));
  };

  // An unanswered question after «Weiter»: the summary takes focus and lists each question as a link.
  useEffect(() => {
    if (attempts > 0) summaryRef.current?.focus();
  }, [attempts]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const open = unanswered(event.currentTarget);
    setMissing(open);
    if (open.length === 0) onComplete();
    else setAttempts((n) => n + 1);
  };
  const onChange = (event: FormEvent<HTMLFormElement>) => {
    if (missing.length > 0) setMissing(unanswered(event.currentTarget));
  };
  return { missing, summaryRef, onSubmit, onChange };
}

/** Brings a question into view and focuses its chosen answer, or its first one. */
export function focusQuestion(id: string) {
  const fieldset = document.getElementById(`q-${id}`);
  const target =
    fieldset?.querySelector<HTMLInputElement>('input:checked') ?? fieldset?.querySelector<HTMLInputElement>('input');
  fieldset?.scrollIntoView({ block: 'center' });
  target?.focus();
}

/** A question as a fieldset with its legend, its help, its error when left open, and visibly labelled radios. */
export function RadioQuestion({
  id,
  prompt,
  help,
  options,
  defaultValue,
  error,
  onChoose,
}: {
  id: string;
  prompt: string;
  help?: string | null;
  options: readonly RadioOption[];
  defaultValue: string | undefined;
  /** The error text while the question is listed as open, else null. */
  error: string | null;
  onChoose: (value: string) => void;
}) {
  const describedBy = [help ? `help-${id}` : null, error ? `error-${id}` : null].filter(Boolean).join(' ');
  return (
    <fieldset
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
          {error}
        </p>
      )}
      <div className="options">
        {options.map((option) => (
          <div key={option.value} className={`option${option.extra ? ' option--extra' : ''}`}>
            <input
              type="radio"
              id={`${id}-${option.value}`}
              name={id}
              value={option.value}
              defaultChecked={option.value === defaultValue}
              onChange={(event) => onChoose(event.target.value)}
            />
            <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
