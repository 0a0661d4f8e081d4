import type { NeedLevelId, TextMarket } from './content-schema';
import type { Answers } from './schemas';
import { readAnswer, scoreItem } from './scoring';
import { weightFor, type TextContext } from './variants';

export type NeedScoringItem = { id: string; weight: number; weightByMarket?: Partial<Record<TextMarket, number>> };
export type NeedScoringLevel = { id: NeedLevelId; min: number };

/** clear: the level is known; too-few: fewer than the minimum answers on the scale; open: open answers could still change the level. */
export type NeedStatus = 'clear' | 'too-few' | 'open';

export type NeedResult = {
  /** Weighted mean (0–100) of the answers on the scale, or null with too few of them. */
  score: number | null;
  /** The need level, or null while it is not clear. */
  level: NeedLevelId | null;
  status: NeedStatus;
  relevant: number;
  known: number;
  unknown: number;
  notApplicable: number;
  unanswered: number;
  total: number;
  minKnown: number;
  /** Answers on the scale still missing for a level (0 unless the status is too-few). */
  missing: number;
  /** Items answered «weiss nicht» or not at all, in model order: what could still change the level. */
  open: string[];
};

/** The need step needs at least this many answers on the scale before it names a level. */
export const MIN_NEED_ANSWERS = 3;

/** Returns the highest need level whose minimum is at or below the score (the lowest if none is). */
export function needLevelFor(score: number, levels: readonly NeedScoringLevel[]): NeedLevelId {
  const sorted = [...levels].sort((a, b) => a.min - b.min);
  const lowest = sorted[0];
  if (!lowest) throw new Error('needLevelFor: the model has no need levels');
  let level = lowest.id;
  for (const l of sorted) if (l.min <= score) level = l.id;
  return level;
}

/**
 * Scores the need: the weighted mean of the answers on the scale. «Weiss nicht» is not scored as «no need»: a level
 * is named only when the open answers (unknown or missing) could not change it, whatever they turn out to be.
 */
export function scoreNeed(
  answers: Answers,
  model: { needItems: readonly NeedScoringItem[]; needLevels: readonly NeedScoringLevel[] },
  context: TextContext = {},
): NeedResult {
  let known = 0;
  let unknown = 0;
  let notApplicable = 0;
  let unanswered = 0;
  let weighted = 0;
  let weights = 0;
  let openWeights = 0;
  const open: string[] = [];

  for (const item of model.needItems) {
    const value = readAnswer(answers, item.id);
    const weight = weightFor(item, context);
    if (value === 'na') {
      notApplicable += 1;
      continue;
    }
    if (value === undefined || value === 'unknown') {
      if (value === undefined) unanswered += 1;
      else unknown += 1;
      openWeights += weight;
      open.push(item.id);
      continue;
    }
    known += 1;
    weighted += weight * (scoreItem(value) ?? 0);
    weights += weight;
  }

  const total = model.needItems.length;
  const relevant = total - notApplicable;
  const minKnown = Math.max(MIN_NEED_ANSWERS, Math.ceil(relevant / 2));
  const base = { relevant, known, unknown, notApplicable, unanswered, total, minKnown, open };
  if (known < minKnown || weights === 0) {
    return { ...base, score: null, level: null, status: 'too-few', missing: Math.max(0, minKnown - known) };
  }
  const score = Math.round(weighted / weights);
  // The open answers at their lowest and their highest: if both ends give the same level, nothing open can change it.
  const lowest = needLevelFor(Math.round(weighted / (weights + openWeights)), model.needLevels);
  const highest = needLevelFor(Math.round((weighted + 100 * openWeights) / (weights + openWeights)), model.needLevels);
  const clear = lowest === highest;
  return { ...base, score, level: clear ? lowest : null, status: clear ? 'clear' : 'open', missing: 0 };
}
