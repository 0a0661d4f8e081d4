'use client';

import { useTranslations } from 'next-intl';
import { Quotation } from '@/components/ui/quotation';
import type { LocalizedVerdict } from '@/lib/localize';
import { MIN_NEED_ANSWERS, type NeedResult } from '@/lib/need';

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
}: {
  verdict: LocalizedVerdict;
  need: NeedResult;
  needLevelName: string | null;
  readinessName: string | null;
  /** The need statements whose answers are open, worded for the firm. */
  openPrompts: string[];
}) {
  const t = useTranslations('verdict');
  const tr = useTranslations('results');
  const quote = verdict.quote;
  const needText =
    needLevelName && need.score !== null
      ? `${needLevelName} (${t('needScore', { score: need.score })})`
      : t('unclear');
  return (
    <div className="verdict" data-verdict={verdict.id}>
      <p className="verdict__answer">
        <strong>{verdict.title}</strong>
      </p>
      <dl className="verdict__axes">
        <div>
          <dt>{t('needAxis')}</dt>
          <dd>{needText}</dd>
        </div>
        <div>
          <dt>{t('readinessAxis')}</dt>
          <dd>{readinessName ?? t('unclear')}</dd>
        </div>
      </dl>
      <p>{verdict.body}</p>
      {need.level === null && (
        <div className="verdict__open">
          {need.status === 'too-few' && <p>{t('needTooFew', { min: MIN_NEED_ANSWERS })}</p>}
          {openPrompts.length > 0 && (
            <>
              <p>{t('needOpen')}</p>
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
      <div className="no-print">
        <Quotation original={quote.original} translation={quote.translation} source={tr('quoteSource', { article: quote.articleTitle })} />
      </div>
    </div>
  );
}
