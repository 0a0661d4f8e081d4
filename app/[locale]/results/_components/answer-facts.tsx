'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { LocalizedDimension } from '@/lib/localize';
import type { AssessmentResult } from '@/lib/scoring';
import { Shortfall } from './shortfall';

/** How many answers were «weiss nicht», and which topics have too few answers (with the way back to them). */
export function AnswerFacts({
  result,
  dimensions,
  checkHref,
}: {
  result: AssessmentResult;
  dimensions: readonly LocalizedDimension[];
  checkHref: string | null;
}) {
  const t = useTranslations('results');
  const title = (id: string) => dimensions.find((d) => d.id === id)?.title ?? id;
  return (
    <div className="answer-facts">
      <p>{t('unknownCount', { count: result.unknownCount })}</p>
      {result.unscored.length > 0 && (
        <p>
          {t('unscored')} {result.unscored.map(title).join(', ')}.{' '}
          {checkHref && (
            <Link className="no-print" href={checkHref}>
              {t('completeCheck')}
            </Link>
          )}
        </p>
      )}
      <Shortfall dimensions={result.dimensions} titleOf={title} />
    </div>
  );
}
