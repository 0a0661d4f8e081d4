import type { BandId, DimensionId, Guidance } from './content-schema';
import type { AssessmentResult, GateResult } from './scoring';

type GuidanceLike = Pick<Guidance, 'dimension' | 'band'> & { growsReach?: true };
type GateCardLike = { item: string; status: 'failed' | 'unknown' };
type HoldCardLike = { dimension: DimensionId };

/** Which card a dimension shows: by its band, for its gate that is not met, held back while a gate is not met, or none. */
export type GuidanceKind = 'band' | 'gate' | 'hold' | 'none';
export type GuidancePick<G = Guidance> = { dimension: DimensionId; band: BandId | null; kind: GuidanceKind; guidance: G | null };

/** Tells whether any gate is not met (answered low or not known): then no card may send the owner to grow reach. */
export function isOnHold(result: Pick<AssessmentResult, 'cappedBy' | 'gatesUnknown'>): boolean {
  return result.cappedBy.length > 0 || result.gatesUnknown.length > 0;
}

/** The first gate of a dimension that is not met, failed before unknown. */
function blockingGate(result: AssessmentResult, dimension: DimensionId): GateResult | undefined {
  return (
    result.cappedBy.find((g) => g.dimension === dimension) ?? result.gatesUnknown.find((g) => g.dimension === dimension)
  );
}

/**
 * Picks the weakest dimensions: first those whose gate failed, then those whose gate is not known (model order),
 * then the scored ones by score, lowest first, ties in model order; unscored dimensions without a gate never count.
 */
export function pickPriorities(result: AssessmentResult, count = 3): DimensionId[] {
  const gated = [...result.cappedBy, ...result.gatesUnknown]
    .map((g) => g.dimension)
    .filter((d, i, all) => all.indexOf(d) === i);
  const byScore = result.dimensions
    .map((d, index) => ({ dimension: d.dimension, score: d.score, index }))
    .filter((d): d is { dimension: DimensionId; score: number; index: number } => d.score !== null && !gated.includes(d.dimension))
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .map((d) => d.dimension);
  return [...gated, ...byScore].slice(0, Math.max(0, count));
}

/**
 * Matches each dimension (in result order) to its card: the gate card while its gate is not met, else the card for its
 * (capped) band; a card that grows reach is replaced by the dimension's hold card while any gate is not met.
 */
export function pickGuidance<G extends GuidanceLike, GG extends GateCardLike = never, H extends HoldCardLike = never>(
  result: AssessmentResult,
  guidance: readonly G[],
  gateGuidance: readonly GG[] = [],
  holdGuidance: readonly H[] = [],
): GuidancePick<G | GG | H>[] {
  const onHold = isOnHold(result);
  return result.dimensions.map(({ dimension, band }) => {
    const gate = blockingGate(result, dimension);
    if (gate) {
      const card = gateGuidance.find((g) => g.item === gate.itemId && g.status === gate.status) ?? null;
      return { dimension, band, kind: card ? 'gate' : 'none', guidance: card };
    }
    if (band === null) return { dimension, band, kind: 'none', guidance: null };
    const card = guidance.find((g) => g.dimension === dimension && g.band === band) ?? null;
    if (card?.growsReach && onHold) {
      const hold = holdGuidance.find((h) => h.dimension === dimension) ?? null;
      return { dimension, band, kind: hold ? 'hold' : 'none', guidance: hold };
    }
    return { dimension, band, kind: card ? 'band' : 'none', guidance: card };
  });
}

/**
 * Where a locale's cards (guidance, gate and hold) and channel texts are served, as JSON with every wording variant
 * (app/guidance/[file]/route.ts): the results page fetches them instead of carrying them all in its HTML, and the
 * service worker keeps them offline.
 */
export function guidancePath(locale: string): string {
  return `/guidance/${locale}.json`;
}
