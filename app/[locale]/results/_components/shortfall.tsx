'use client';

import { useTranslations } from 'next-intl';
import type { DimensionResult } from '@/lib/scoring';

/** Says, per topic without a score, what it lacks: answers on the scale still missing, or too few statements that apply. */
export function Shortfall({
  dimensions,
  titleOf,
}: {
  dimensions: DimensionResult[];
  titleOf: (id: DimensionResult['dimension']) => string;
}) {
  const t = useTranslations('verdict');
  const unscored = dimensions.filter((d) => d.status !== 'scored');
  if (unscored.length === 0) return null;
  return (
    <ul className="shortfall">
      {unscored.map((d) => (
        <li key={d.dimension}>
          {d.status === 'too-few'
            ? t('shortfallLine', { dimension: titleOf(d.dimension), known: d.known, min: d.minKnown })
            : t('notApplicableLine', { dimension: titleOf(d.dimension) })}
        </li>
      ))}
    </ul>
  );
}
