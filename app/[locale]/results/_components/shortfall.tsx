import type { DimensionResult } from '@/lib/scoring';
import { fillTemplate } from '@/lib/template';

/** Says, per topic without a score, what it lacks: answers on the scale still missing, or too few statements that apply. */
export function Shortfall({
  dimensions,
  titleOf,
  labels,
}: {
  dimensions: DimensionResult[];
  titleOf: (id: DimensionResult['dimension']) => string;
  labels: { shortfallLine: string; notApplicableLine: string };
}) {
  const unscored = dimensions.filter((d) => d.status !== 'scored');
  if (unscored.length === 0) return null;
  return (
    <ul className="shortfall">
      {unscored.map((d) => (
        <li key={d.dimension}>
          {d.status === 'too-few'
            ? fillTemplate(labels.shortfallLine, { dimension: titleOf(d.dimension), known: d.known, min: d.minKnown })
            : fillTemplate(labels.notApplicableLine, { dimension: titleOf(d.dimension) })}
        </li>
      ))}
    </ul>
  );
}
