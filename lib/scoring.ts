import { bandIds, type Band, type BandId, type DimensionId, type Item } from './content-schema';
import { answerValues, type AnswerValue } from './answers';
import type { Answers } from './schemas';

/** The part of the content the scoring needs; the full content model satisfies it. */
export type ScoringItem = Pick<Item, 'id' | 'dimension' | 'weight'> & { gate?: unknown };
export type ScoringBand = Pick<Band, 'id' | 'min'>;
export type ScoringModel = {
  dimensions: readonly { id: DimensionId }[];
  items: readonly ScoringItem[];
  bands: readonly ScoringBand[];
};

export type DimensionResult = {
  dimension: DimensionId;
  /** 0–100 integer, or null when too few items are answered 1–5. */
  score: number | null;
  band: BandId | null;
  /** Items not answered «trifft nicht zu» (unanswered items count as relevant). */
  relevant: number;
  /** Relevant items answered 1–5. */
  known: number;
  /** Items answered «weiss nicht»: a gap, scored with 0 points. */
  unknown: number;
  notApplicable: number;
  unanswered: number;
  total: number;
};

export type GateResult = { itemId: string; dimension: DimensionId; value: AnswerValue | undefined };

export type AssessmentResult = {
  /** In model order. */
  dimensions: DimensionResult[];
  /** 0–100 integer, or null when fewer than MIN_SCORED_DIMENSIONS dimensions are scored. */
  overall: number | null;
  /** The level after the gate cap. */
  band: BandId | null;
  uncappedBand: BandId | null;
  /** Gates answered 1 or 2; the level is capped at GATE_CAP while any is listed. */
  cappedBy: GateResult[];
  /** Gates answered «weiss nicht» or not answered: reported, not capping. */
  gatesUnknown: GateResult[];
  /** All «weiss nicht» answers. */
  unknownCount: number;
  /** Dimensions with too few answers, in model order. */
  unscored: DimensionId[];
  /** Items with any answer (1–5, «weiss nicht» or «trifft nicht zu»). */
  answeredCount: number;
  totalItems: number;
};

export const GATE_CAP: BandId = 'building';
export const MIN_SCORED_DIMENSIONS = 6;

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

/** Returns the highest band whose minimum is at or below the score (the lowest band if none is). */
export function bandFor(score: number, bands: readonly ScoringBand[]): BandId {
  const sorted = [...bands].sort((a, b) => a.min - b.min);
  const lowest = sorted[0];
  if (!lowest) throw new Error('bandFor: the model has no bands');
  let band = lowest.id;
  for (const b of sorted) if (b.min <= score) band = b.id;
  return band;
}

/** Scores one dimension: the weighted mean of items answered 1–5 or «weiss nicht», or null with too few answers. */
export function scoreDimension(dimension: DimensionId, answers: Answers, model: ScoringModel): DimensionResult {
  let known = 0;
  let unknown = 0;
  let notApplicable = 0;
  let unanswered = 0;
  let total = 0;
  let weighted = 0;
  let weights = 0;

  for (const item of model.items) {
    if (item.dimension !== dimension) continue;
    total += 1;
    const value = readAnswer(answers, item.id);
    if (value === undefined) {
      unanswered += 1;
      continue;
    }
    if (value === 'na') {
      notApplicable += 1;
      continue;
    }
    if (value === 'unknown') unknown += 1;
    else known += 1;
    weighted += item.weight * (scoreItem(value) ?? 0);
    weights += item.weight;
  }

  const relevant = total - notApplicable;
  const scored = known >= Math.max(1, Math.ceil(relevant / 2)) && weights > 0;
  const score = scored ? Math.round(weighted / weights) : null;
  return {
    dimension,
    score,
    band: score === null ? null : bandFor(score, model.bands),
    relevant,
    known,
    unknown,
    notApplicable,
    unanswered,
    total,
  };
}

/** Scores a whole assessment: every dimension, the overall score, the readiness level and the gates that cap it. */
export function scoreAssessment(answers: Answers, model: ScoringModel): AssessmentResult {
  const dimensions = model.dimensions.map((d) => scoreDimension(d.id, answers, model));
  const inModel = new Set(model.dimensions.map((d) => d.id));

  const cappedBy: GateResult[] = [];
  const gatesUnknown: GateResult[] = [];
  for (const item of model.items) {
    if (!item.gate || !inModel.has(item.dimension)) continue;
    const value = readAnswer(answers, item.id);
    const gate = { itemId: item.id, dimension: item.dimension, value };
    if (value === 1 || value === 2) cappedBy.push(gate);
    // A gate is never «not relevant»: someone must have the time and the will, so 'na' is reported like 'unknown'.
    else if (value === undefined || value === 'unknown' || value === 'na') gatesUnknown.push(gate);
  }

  const scores = dimensions.flatMap((d) => (d.score === null ? [] : [d.score]));
  const overall =
    scores.length >= MIN_SCORED_DIMENSIONS && scores.length > 0
      ? Math.round(scores.reduce((sum, s) => sum + s, 0) / scores.length)
      : null;
  const uncappedBand = overall === null ? null : bandFor(overall, model.bands);
  const band =
    uncappedBand !== null && cappedBy.length > 0
      ? bandIds[Math.min(bandIds.indexOf(uncappedBand), bandIds.indexOf(GATE_CAP))]!
      : uncappedBand;

  return {
    dimensions,
    overall,
    band,
    uncappedBand,
    cappedBy,
    gatesUnknown,
    unknownCount: dimensions.reduce((sum, d) => sum + d.unknown, 0),
    unscored: dimensions.filter((d) => d.score === null).map((d) => d.dimension),
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
