import type { LocalizedVerdict } from '@/lib/localize';
import type { NeedResult } from '@/lib/need';
import { fillTemplate } from '@/lib/template';

export type VerdictLabels = {
  quoteSource: string;
  needAxis: string;
  readinessAxis: string;
  needScore: string;
  unclear: string;
  needOpen: string;
  needTooFew: string;
};

/**
 * The answer to «Must Have oder Modeerscheinung?» on two axes: the need and the readiness, the verdict from both,
 * what to do next (or the minimum presence that pays in any case), and what is still open on the need.
 */
export function Verdict({
  verdict,
  need,
  needLevelName,
  readinessName,
  openPrompts,
  labels,
}: {
  verdict: LocalizedVerdict;
  need: NeedResult;
  needLevelName: string | null;
  readinessName: string | null;
  /** The need statements whose answers are open, worded for the firm. */
  openPrompts: string[];
  labels: VerdictLabels;
}) {
  const quote = verdict.quote;
  const needText =
    needLevelName && need.score !== null
      ? `${needLevelName} (${fillTemplate(labels.needScore, { score: need.score })})`
      : labels.unclear;
  return (
    <div className="verdict" data-verdict={verdict.id}>
      <p className="verdict__answer">
        <strong>{verdict.title}</strong>
      </p>
      <dl className="verdict__axes">
        <div>
          <dt>{labels.needAxis}</dt>
          <dd>{needText}</dd>
        </div>
        <div>
          <dt>{labels.readinessAxis}</dt>
          <dd>{readinessName ?? labels.unclear}</dd>
        </div>
      </dl>
      <p>{verdict.body}</p>
      {need.level === null && (
        <div className="verdict__open">
          {need.status === 'too-few' && <p>{labels.needTooFew}</p>}
          {openPrompts.length > 0 && (
            <>
              <p>{labels.needOpen}</p>
              <ul>
                {openPrompts.map((prompt) => (
                  <li key={prompt}>{prompt}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <h4 className="verdict__steps-title">{verdict.stepsTitle}</h4>
      <ul className="verdict__steps">
        {verdict.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ul>
      {/* The passage the answer rests on; on paper the summary keeps to the answer itself. */}
      <figure className="quote no-print">
        <blockquote lang="de-CH">
          <p>«{quote.original}»</p>
        </blockquote>
        {quote.translation && <p className="quote__translation">{quote.translation}</p>}
        <figcaption>— {fillTemplate(labels.quoteSource, { article: quote.articleTitle })}</figcaption>
      </figure>
    </div>
  );
}
