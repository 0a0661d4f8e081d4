import type { BandId, DimensionId, Guidance } from './content-schema';
import type { AssessmentResult } from './scoring';

type GuidanceLike = Pick<Guidance, 'dimension' | 'band'>;

export type GuidancePick<G extends GuidanceLike = Guidance> = { dimension: DimensionId; band: BandId | null; guidance: G | null };

/** Picks the weakest scored dimensions, lowest score first; ties keep model order, unscored dimensions never count. */
export function pickPriorities(result: AssessmentResult, count = 3): DimensionId[] {
  return result.dimensions
    .map((d, index) => ({ dimension: d.dimension, score: d.score, index }))
    .filter((d): d is { dimension: DimensionId; score: number; index: number } => d.score !== null)
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .slice(0, Math.max(0, count))
    .map((d) => d.dimension);
}

/** Matches each dimension (in result order) to the guidance card for its band; null when unscored or no card exists. */
export function pickGuidance<G extends GuidanceLike>(result: AssessmentResult, guidance: readonly G[]): GuidancePick<G>[] {
  return result.dimensions.map(({ dimension, band }) => ({
    dimension,
    band,
    guidance: band === null ? null : (guidance.find((g) => g.dimension === dimension && g.band === band) ?? null),
  }));
}
