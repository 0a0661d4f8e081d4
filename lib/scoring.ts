import { bandIds, type BandId, type DimensionId, type TextMarket } from './content-ids';
import type { Band, Item } from './content-schema';
import { answerValues, type AnswerValue } from './answers';
import type { Answers } from './schemas';
import { weightFor, type TextContext } from './variants';

/** The part of the content the scoring needs; the full content model satisfies it. */
export type ScoringItem = Pick<Item, 'id' | 'dimension' | 'weight'> & {
  weightByMarket?: Partial<Record<TextMarket, number>>;
  gate?: unknown;
};
export type ScoringBand = Pick<Band, 'id' | 'min'>;
export type ScoringModel = {
  dimensions: readonly { id: DimensionId }[];
  items: readonly ScoringItem[];
  bands: readonly ScoringBand[];
};

/** scored: enough answers on the scale; too-few: answers are missing; not-applicable: fewer than two statements apply. */
export type DimensionStatus = 'scored' | 'too-few' | 'not-applicable';
/** met: answered 4–5; partial: 3; failed: 1–2; unknown: «weiss nicht», no answer, or «betrifft uns nicht». */
export type GateStatus = 'met' | 'partial' | 'failed' | 'unknown';

/** How the answers to a group of statements fall, and how many answers on the scale a result of the group needs. */
export type AnswerCounts = {
  /** Statements not answered «trifft nicht zu» (unanswered ones count as relevant). */
  relevant: number;
  /** Relevant statements answered 1–5. */
  known: number;
  /** Statements answered «weiss nicht». */
  unknown: number;
  notApplicable: number;
  unanswered: number;
  total: number;
  /** Answers on the scale a result needs. */
  minKnown: number;
  /** Answers on the scale still missing for a result (0 unless there are too few). */
  missing: number;
};

export type DimensionResult = AnswerCounts & {
  dimension: DimensionId;
  /** 0–100 integer, or null when too few items are answered 1–5. */
  score: number | null;
  /** The band of the score, capped while the dimension's gate is not met. */
  band: BandId | null;
  /** The band of the score alone. */
  uncappedBand: BandId | null;
  status: DimensionStatus;
  /** The weakest gate of the dimension, or null when it has none. */
  gate: GateStatus | null;
};

export type GateResult = { itemId: string; dimension: DimensionId; value: AnswerValue | undefined; status: GateStatus };

export type AssessmentResult = {
  /** In model order. */
  dimensions: DimensionResult[];
  /** 0–100 integer, or null while a dimension lacks answers or fewer than MIN_SCORED_DIMENSIONS are scored. */
  overall: number | null;
  /** The level after the gate cap. */
  band: BandId | null;
  uncappedBand: BandId | null;
  /** The highest level the gates leave reachable, or null when every gate is met. */
  levelCap: BandId | null;
  /** Every gate, in model order. */
  gates: GateResult[];
  /** Gates answered 1 or 2: the level is capped at GATE_CAP. */
  cappedBy: GateResult[];
  /** Gates answered «weiss nicht», «betrifft uns nicht» or not at all: not known to be met, so capped at GATE_CAP too. */
  gatesUnknown: GateResult[];
  /** Gates answered «teils, teils»: the top level stays out of reach. */
  gatesPartial: GateResult[];
  /** All «weiss nicht» answers. */
  unknownCount: number;
  /** Dimensions without a score (too few answers or not applicable), in model order. */
  unscored: DimensionId[];
  /** Dimensions that still lack answers on the scale; while any is listed there is no overall score. */
  lacking: DimensionId[];
  /** Items with any answer (1–5, «weiss nicht» or «trifft nicht zu»). */
  answeredCount: number;
  totalItems: number;
};

export const GATE_CAP: BandId = 'building';
/** A gate answered «teils, teils» keeps only the top level out of reach. */
export const PARTIAL_GATE_CAP: BandId = 'ready';
export const MIN_SCORED_DIMENSIONS = 6;
/** A dimension is scored only with at least this many answers on the scale (and at least half of its relevant items). */
export const MIN_SCALE_ANSWERS = 2;

const validAnswers: ReadonlySet<unknown> = new Set<AnswerValue>(answerValues);

/** Reads one answer, treating inherited keys and invalid values as unanswered. */
export function readAnswer(answers: Answers, itemId: string): AnswerValue | undefined {
  if (!Object.hasOwn(answers, itemId)) return undefined;
  const value: unknown = answers[itemId];
  return validAnswers.has(value) ? (value as AnswerValue) : undefined;
}

/** Tells whether an answer is a point on the 1–5 scale (not «weiss nicht», «trifft nicht zu» or missing). */
export function isScaleAnswer(value: AnswerValue | undefined): value is 1 | 2 | 3 | 4 | 5 {
  return typeof value === 'number';
}

/** Converts an answer to points: 1–5 → 0, 25, 50, 75, 100; «weiss nicht» → 0 (a gap); «trifft nicht zu» → null. */
export function scoreItem(value: AnswerValue): number | null {
  if (value === 'na') return null;
  if (value === 'unknown') return 0;
  return (value - 1) * 25;
}

/** Returns the highest of these levels whose minimum is at or below the score (the lowest if none is); throws without levels. */
export function levelAt<Id extends string>(score: number, levels: readonly { id: Id; min: number }[]): Id {
  const sorted = [...levels].sort((a, b) => a.min - b.min);
  const lowest = sorted[0];
  if (!lowest) throw new Error('levelAt: the model has no levels');
  let level = lowest.id;
  for (const l of sorted) if (l.min <= score) level = l.id;
  return level;
}

/** Returns the highest band whose minimum is at or below the score (the lowest band if none is). */
export function bandFor(score: number, bands: readonly ScoringBand[]): BandId {
  return levelAt(score, bands);
}

/**
 * Counts the answers to a group of statements. A result needs `floor` answers on the scale, or half the relevant
 * statements when that is more; `missing` is how many of those are not there yet.
 */
export function countAnswers(values: readonly (AnswerValue | undefined)[], floor: number): AnswerCounts {
  let known = 0;
  let unknown = 0;
  let notApplicable = 0;
  let unanswered = 0;
  for (const value of values) {
    if (value === undefined) unanswered += 1;
    else if (value === 'na') notApplicable += 1;
    else if (value === 'unknown') unknown += 1;
    else known += 1;
  }
  const total = values.length;
  const relevant = total - notApplicable;
  const minKnown = Math.max(floor, Math.ceil(relevant / 2));
  return { relevant, known, unknown, notApplicable, unanswered, total, minKnown, missing: Math.max(0, minKnown - known) };
}

/** The lower of two bands (null counts as no limit). */
export function lowerBand(band: BandId, cap: BandId | null): BandId {
  return cap === null ? band : bandIds[Math.min(bandIds.indexOf(band), bandIds.indexOf(cap))]!;
}

/** Reads a gate answer: 4–5 met, 3 partial, 1–2 failed; «weiss nicht», «betrifft uns nicht» and no answer are unknown. */
export function gateStatusOf(value: AnswerValue | undefined): GateStatus {
  if (value === 4 || value === 5) return 'met';
  if (value === 3) return 'partial';
  if (value === 1 || value === 2) return 'failed';
  return 'unknown';
}

const gateRank: Record<GateStatus, number> = { failed: 0, unknown: 0, partial: 1, met: 2 };
/** The band a gate's own dimension can reach: a gate not known to be met never leaves a «ready» card. */
const dimensionCap: Record<GateStatus, BandId | null> = { failed: 'early', unknown: 'early', partial: 'building', met: null };

/**
 * Scores one dimension: the weighted mean of items answered 1–5 or «weiss nicht» (0 points), or null with too few
 * answers on the scale; a gate not met caps its band. Weights follow the market in `context`.
 */
export function scoreDimension(
  dimension: DimensionId,
  answers: Answers,
  model: ScoringModel,
  context: TextContext = {},
): DimensionResult {
  let weighted = 0;
  let weights = 0;
  let gate: GateStatus | null = null;
  const items = model.items.filter((item) => item.dimension === dimension);
  const values = items.map((item) => readAnswer(answers, item.id));

  items.forEach((item, index) => {
    const value = values[index];
    if (item.gate) {
      const status = gateStatusOf(value);
      if (gate === null || gateRank[status] < gateRank[gate]) gate = status;
    }
    // «Weiss nicht» is a gap: scored with 0 points.
    const points = value === undefined ? null : scoreItem(value);
    if (points === null) return;
    const weight = weightFor(item, context);
    weighted += weight * points;
    weights += weight;
  });

  const counts = countAnswers(values, MIN_SCALE_ANSWERS);
  const status: DimensionStatus =
    counts.relevant < MIN_SCALE_ANSWERS ? 'not-applicable' : counts.known >= counts.minKnown && weights > 0 ? 'scored' : 'too-few';
  const score = status === 'scored' ? Math.round(weighted / weights) : null;
  const uncappedBand = score === null ? null : bandFor(score, model.bands);
  return {
    ...counts,
    dimension,
    score,
    band: uncappedBand === null ? null : lowerBand(uncappedBand, gate === null ? null : dimensionCap[gate]),
    uncappedBand,
    status,
    missing: status === 'too-few' ? counts.missing : 0,
    gate,
  };
}

/**
 * Scores a whole assessment: every dimension, the overall score, the readiness level and the gates that cap it.
 * The overall score waits until no dimension lacks answers, so leaving a weak topic open can never raise it.
 */
export function scoreAssessment(answers: Answers, model: ScoringModel, context: TextContext = {}): AssessmentResult {
  const dimensions = model.dimensions.map((d) => scoreDimension(d.id, answers, model, context));
  const inModel = new Set(model.dimensions.map((d) => d.id));

  const gates: GateResult[] = [];
  for (const item of model.items) {
    if (!item.gate || !inModel.has(item.dimension)) continue;
    const value = readAnswer(answers, item.id);
    gates.push({ itemId: item.id, dimension: item.dimension, value, status: gateStatusOf(value) });
  }
  const cappedBy = gates.filter((g) => g.status === 'failed');
  const gatesUnknown = gates.filter((g) => g.status === 'unknown');
  const gatesPartial = gates.filter((g) => g.status === 'partial');
  const levelCap = cappedBy.length + gatesUnknown.length > 0 ? GATE_CAP : gatesPartial.length > 0 ? PARTIAL_GATE_CAP : null;

  const lacking = dimensions.filter((d) => d.status === 'too-few').map((d) => d.dimension);
  const scores = dimensions.flatMap((d) => (d.score === null ? [] : [d.score]));
  const overall =
    lacking.length === 0 && scores.length >= MIN_SCORED_DIMENSIONS && scores.length > 0
      ? Math.round(scores.reduce((sum, s) => sum + s, 0) / scores.length)
      : null;
  const uncappedBand = overall === null ? null : bandFor(overall, model.bands);
  const band = uncappedBand === null ? null : lowerBand(uncappedBand, levelCap);

  return {
    dimensions,
    overall,
    band,
    uncappedBand,
    levelCap,
    gates,
    cappedBy,
    gatesUnknown,
    gatesPartial,
    unknownCount: dimensions.reduce((sum, d) => sum + d.unknown, 0),
    unscored: dimensions.filter((d) => d.score === null).map((d) => d.dimension),
    lacking,
    answeredCount: dimensions.reduce((sum, d) => sum + d.total - d.unanswered, 0),
    totalItems: dimensions.reduce((sum, d) => sum + d.total, 0),
  };
}

/** The scoring model alone, cut from the full content: what a client component needs to score, and nothing else. */
export function toScoringModel(source: ScoringModel): ScoringModel {
  return {
    dimensions: source.dimensions.map(({ id }) => ({ id })),
    items: source.items.map(({ id, dimension, weight, gate }) => ({ id, dimension, weight, ...(gate ? { gate: true } : {}) })),
    bands: source.bands.map(({ id, min }) => ({ id, min })),
  };
}
