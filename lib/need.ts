import type { NeedLevelId, TextMarket } from './content-schema';
import type { Answers } from './schemas';
import { countAnswers, levelAt, readAnswer, scoreItem, type AnswerCounts } from './scoring';
import { weightFor, type TextContext } from './variants';

export type NeedScoringItem = { id: string; weight: number; weightByMarket?: Partial<Record<TextMarket, number>> };
export type NeedScoringLevel = { id: NeedLevelId; min: number };

/** clear: the level is known; too-few: fewer than the minimum answers on the scale; open: open answers could still change the level. */
export type NeedStatus = 'clear' | 'too-few' | 'open';

export type NeedResult = AnswerCounts & {
  /** Weighted mean (0–100) of the answers on the scale, or null with too few of them. */
  score: number | null;
  /** The need level, or null while it is not clear. */
  level: NeedLevelId | null;
  status: NeedStatus;
  /** Items answered «weiss nicht» or not at all, in model order: what could still change the level. */
  open: string[];
};

/** The need step needs at least this many answers on the scale before it names a level. */
export const MIN_NEED_ANSWERS = 3;

/** Returns the highest need level whose minimum is at or below the score (the lowest if none is). */
export function needLevelFor(score: number, levels: readonly NeedScoringLevel[]): NeedLevelId {
  return levelAt(score, levels);
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
  let weighted = 0;
  let weights = 0;
  let openWeights = 0;
  const open: string[] = [];
  const values = model.needItems.map((item) => readAnswer(answers, item.id));

  model.needItems.forEach((item, index) => {
    const value = values[index];
    if (value === 'na') return;
    const weight = weightFor(item, context);
    if (value === undefined || value === 'unknown') {
      openWeights += weight;
      open.push(item.id);
      return;
    }
    weighted += weight * (scoreItem(value) ?? 0);
    weights += weight;
  });

  const counts = countAnswers(values, MIN_NEED_ANSWERS);
  const base = { ...counts, open };
  if (counts.known < counts.minKnown || weights === 0) {
    return { ...base, score: null, level: null, status: 'too-few' };
  }
  const score = Math.round(weighted / weights);
  // The open answers at their lowest and their highest: if both ends give the same level, nothing open can change it.
  const lowest = needLevelFor(Math.round(weighted / (weights + openWeights)), model.needLevels);
  const highest = needLevelFor(Math.round((weighted + 100 * openWeights) / (weights + openWeights)), model.needLevels);
  const clear = lowest === highest;
  return { ...base, score, level: clear ? lowest : null, status: clear ? 'clear' : 'open', missing: 0 };
}
