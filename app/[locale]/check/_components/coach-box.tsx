import { limits } from '@/lib/schemas';

/** In coach mode, below a step: the open questions for the conversation and the coach's note on this topic. */
export function CoachBox({
  id,
  title,
  prompts,
  notesLabel,
  notesHint,
  note,
  onNote,
}: {
  id: string;
  title: string;
  prompts: readonly string[];
  notesLabel: string;
  notesHint: string;
  note: string;
  onNote: (text: string) => void;
}) {
  return (
    <section className="coach-box" aria-labelledby={`coach-${id}`}>
      <h3 id={`coach-${id}`}>{title}</h3>
      <ul>
        {prompts.map((prompt) => (
          <li key={prompt}>{prompt}</li>
        ))}
      </ul>
      <div className="field">
        <label htmlFor={`notes-${id}`}>{notesLabel}</label>
        <span id={`notes-hint-${id}`} className="field__hint">
          {notesHint}
        </span>
        <textarea
          id={`notes-${id}`}
          aria-describedby={`notes-hint-${id}`}
          maxLength={limits.note}
          defaultValue={note}
          onChange={(event) => onNote(event.target.value)}
        />
      </div>
    </section>
  );
}
