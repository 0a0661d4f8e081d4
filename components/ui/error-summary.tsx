import type { Ref } from 'react';

/**
 * The list of unanswered questions after «Weiter»: it takes focus (the caller moves it there), and each entry is a link
 * that brings its question into view and focuses its first or chosen answer.
 */
export function ErrorSummary({
  id,
  title,
  summaryRef,
  questions,
  onPick,
}: {
  id: string;
  title: string;
  summaryRef: Ref<HTMLDivElement>;
  questions: readonly { id: string; prompt: string }[];
  onPick: (questionId: string) => void;
}) {
  return (
    <div className="error-summary" ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <ul>
        {questions.map((q) => (
          <li key={q.id}>
            <a
              href={`#q-${q.id}`}
              onClick={(event) => {
                event.preventDefault();
                onPick(q.id);
              }}
            >
              {q.prompt}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
