import type { ChannelId } from './channel-schema';
import type { ChannelPlan } from './channels';
import type { DimensionId } from './content-schema';
import { pickPriorities } from './guidance';
import type { AnswerValue, Answers, Targets } from './schemas';
import { isScaleAnswer, readAnswer, scoreAssessment, type ScoringModel } from './scoring';
import type { TextContext } from './variants';

export type DimensionDelta = {
  dimension: DimensionId;
  before: number | null;
  after: number | null;
  /** after − before, when both are scored. */
  delta: number | null;
  target: number | null;
  /** target − after, when both exist. */
  toTarget: number | null;
};

export type Disagreement = {
  itemId: string;
  dimension: DimensionId;
  before: AnswerValue | undefined;
  after: AnswerValue | undefined;
  /** after − before in scale points (signed; its magnitude is at least DISAGREEMENT_THRESHOLD). */
  difference: number;
};

export type Comparison = {
  dimensions: DimensionDelta[];
  overallBefore: number | null;
  overallAfter: number | null;
  overallDelta: number | null;
  prioritiesBefore: DimensionId[];
  prioritiesAfter: DimensionId[];
  /** Priorities after that were not priorities before. */
  newPriorities: DimensionId[];
  /** Priorities before that are no longer priorities and are scored after (a dimension that lost its score is not "resolved"). */
  resolvedPriorities: DimensionId[];
  disagreements: Disagreement[];
};

/** Scale points two answers must differ by to count as a disagreement. */
export const DISAGREEMENT_THRESHOLD = 2;

const subtract = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : a - b);

/**
 * Compares two answer sets against one model: score deltas, distance to targets, shifted priorities and disagreements.
 * `contexts` give each check's market (it changes some weights).
 */
export function compareAssessments(
  before: Answers,
  after: Answers,
  model: ScoringModel,
  targets?: Targets,
  contexts: { before?: TextContext; after?: TextContext } = {},
): Comparison {
  const resultBefore = scoreAssessment(before, model, contexts.before);
  const resultAfter = scoreAssessment(after, model, contexts.after);

  const dimensions = resultAfter.dimensions.map((a, i): DimensionDelta => {
    const b = resultBefore.dimensions[i];
    const target = targets?.[a.dimension] ?? null;
    return {
      dimension: a.dimension,
      before: b?.score ?? null,
      after: a.score,
      delta: subtract(a.score, b?.score ?? null),
      target,
      toTarget: subtract(target, a.score),
    };
  });

  const prioritiesBefore = pickPriorities(resultBefore);
  const prioritiesAfter = pickPriorities(resultAfter);
  const scoredAfter = new Set(resultAfter.dimensions.filter((d) => d.score !== null).map((d) => d.dimension));

  return {
    dimensions,
    overallBefore: resultBefore.overall,
    overallAfter: resultAfter.overall,
    overallDelta: subtract(resultAfter.overall, resultBefore.overall),
    prioritiesBefore,
    prioritiesAfter,
    newPriorities: prioritiesAfter.filter((d) => !prioritiesBefore.includes(d)),
    resolvedPriorities: prioritiesBefore.filter((d) => !prioritiesAfter.includes(d) && scoredAfter.has(d)),
    disagreements: findDisagreements(before, after, model),
  };
}

/**
 * Lists items (in model order) where both sides answered 1–5 and differ by at least DISAGREEMENT_THRESHOLD points.
 * «weiss nicht», «trifft nicht zu» or a missing answer on either side is never a disagreement: there is no numeric difference.
 */
export function findDisagreements(a: Answers, b: Answers, model: ScoringModel): Disagreement[] {
  const found: Disagreement[] = [];
  for (const item of model.items) {
    const before = readAnswer(a, item.id);
    const after = readAnswer(b, item.id);
    if (!isScaleAnswer(before) || !isScaleAnswer(after)) continue;
    const difference = after - before;
    if (Math.abs(difference) >= DISAGREEMENT_THRESHOLD) {
      found.push({ itemId: item.id, dimension: item.dimension, before, after, difference });
    }
  }
  return found;
}

/** Formats a score change for display: "+12", "−5" (U+2212), "±0", and "–" when there is nothing to compare. */
export function formatDelta(delta: number | null): string {
  if (delta === null || !Number.isFinite(delta)) return '–';
  const rounded = Math.round(delta);
  if (rounded === 0) return '±0';
  return rounded > 0 ? `+${rounded}` : `\u2212${-rounded}`;
}

/** One channel in either of two plans: its posts a week before and after, null where it is not in that plan. */
export type ChannelChange = { channel: ChannelId; before: number | null; after: number | null };

export type ChannelComparison =
  /** One of the two checks (or both) lacks the channel answers: there is no plan to compare it with. */
  | { status: 'missing'; before: boolean; after: boolean }
  | {
      status: 'compared';
      /** Hours a week given in each check. */
      hoursBefore: number;
      hoursAfter: number;
      statusBefore: PlanStatus;
      statusAfter: PlanStatus;
      presenceBefore: ChannelId | null;
      presenceAfter: ChannelId | null;
      /** The channels of the later plan in its order, then those it no longer has. */
      channels: ChannelChange[];
      /** Nothing about the channels, their rhythm or the hours changed. */
      unchanged: boolean;
    };
type PlanStatus = Exclude<ChannelPlan['status'], 'incomplete'>;

/** What changed in the channel plan between two checks: hours, channels added or dropped, rhythm. Pure; never throws. */
export function compareChannelPlans(before: ChannelPlan, after: ChannelPlan): ChannelComparison {
  if (before.status === 'incomplete' || after.status === 'incomplete') {
    return { status: 'missing', before: before.status === 'incomplete', after: after.status === 'incomplete' };
  }
  const postsIn = (plan: typeof before, id: ChannelId) => plan.channels.find((c) => c.channel === id)?.postsPerWeek ?? null;
  const ids = [...after.channels.map((c) => c.channel), ...before.channels.map((c) => c.channel)].filter((id, i, all) => all.indexOf(id) === i);
  const channels = ids.map((channel) => ({ channel, before: postsIn(before, channel), after: postsIn(after, channel) }));
  const presenceBefore = before.presence?.channel ?? null;
  const presenceAfter = after.presence?.channel ?? null;
  return {
    status: 'compared',
    hoursBefore: before.budgetMinutes / 60,
    hoursAfter: after.budgetMinutes / 60,
    statusBefore: before.status,
    statusAfter: after.status,
    presenceBefore,
    presenceAfter,
    channels,
    unchanged:
      before.budgetMinutes === after.budgetMinutes &&
      before.status === after.status &&
      presenceBefore === presenceAfter &&
      channels.every((c) => c.before === c.after),
  };
}
