'use client';

import { useTranslations } from 'next-intl';
import { BandBadge } from '@/components/band-badge';
import type { Evaluation } from '@/lib/evaluate';
import type { LocalizedContent } from '@/lib/localize';
import { MIN_SCORED_DIMENSIONS } from '@/lib/scoring';
import { Verdict } from './verdict';

/** Overall score, level and the verdict on need and readiness: the answer to the articles' question at a glance. */
export function ResultsSummary({ evaluation, content }: { evaluation: Evaluation; content: LocalizedContent }) {
  const { result, need } = evaluation;
  const bands = content.bands;
  const t = useTranslations('results');
  const band = bands.find((b) => b.id === result.band) ?? null;
  return (
    <section className="summary" aria-labelledby="summary-title">
      <h2 id="summary-title" className="visually-hidden">
        {t('overall')}
      </h2>
      <div className="summary__score">
        <p className="summary__label">{t('overall')}</p>
        {result.overall !== null ? (
          <p className="summary__number">
            <strong data-testid="overall-score">{result.overall}</strong> <span>{t('of100')}</span>
          </p>
        ) : (
          <p className="summary__missing">{t('notEnoughOverall', { min: MIN_SCORED_DIMENSIONS })}</p>
        )}
      </div>
      <div className="summary__level">
        <p className="summary__label">{t('level')}</p>
        {band ? <BandBadge band={band.id} name={band.name} /> : <p>{t('notScored')}</p>}
      </div>
      <div className="summary__verdict">
        <h3>{t('verdictTitle')}</h3>
        <Verdict
          verdict={content.verdicts.find((v) => v.id === evaluation.verdict)!}
          need={need}
          needLevelName={content.needLevels.find((l) => l.id === need.level)?.name ?? null}
          readinessName={band?.name ?? null}
          openPrompts={need.open.flatMap((id) => content.needItems.find((i) => i.id === id)?.prompt ?? [])}
        />
      </div>
    </section>
  );
}
