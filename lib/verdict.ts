import type { BandId, NeedLevelId, VerdictId } from './content-schema';

/** The readiness axis of the verdict: the groundwork is still being laid, the firm is ready, or it is not known yet. */
export type ReadinessAxis = 'groundwork' | 'ready' | 'unclear';
/** The need axis: a need level, or unclear while open answers could change it. */
export type NeedAxis = NeedLevelId | 'unclear';

/**
 * The verdict for every combination of need and readiness. Low need is an honest «not now» whatever the readiness;
 * an unclear need is never guessed, and a known need with unknown readiness asks for the missing answers first.
 */
export const VERDICT_MATRIX: Readonly<Record<NeedAxis, Readonly<Record<ReadinessAxis, VerdictId>>>> = {
  high: { groundwork: 'must-have-groundwork', ready: 'must-have-go', unclear: 'readiness-unclear' },
  moderate: { groundwork: 'targeted-groundwork', ready: 'targeted-go', unclear: 'readiness-unclear' },
  low: { groundwork: 'fad-for-now', ready: 'fad-but-ready', unclear: 'fad-for-now' },
  unclear: { groundwork: 'need-unclear', ready: 'need-unclear', unclear: 'need-unclear' },
};

/** Reads the readiness axis from the (capped) level: «early» and «building» lay groundwork, «ready» and «strong» are ready. */
export function readinessAxisOf(band: BandId | null): ReadinessAxis {
  if (band === null) return 'unclear';
  return band === 'ready' || band === 'strong' ? 'ready' : 'groundwork';
}

/** Answers the articles' question for one firm from its need level (null: unclear) and its capped readiness level. */
export function decideVerdict(need: NeedLevelId | null, band: BandId | null): VerdictId {
  return VERDICT_MATRIX[need ?? 'unclear'][readinessAxisOf(band)];
}
