import { describe, expect, it } from 'vitest';
import { dimensionIds, type DimensionId } from './content-ids';
import type { Item } from './content-schema';
import { channels } from '@/content/channels';
import type { ChannelAnswers } from './channel-schema';
import { planChannels } from './channels';
import { DISAGREEMENT_THRESHOLD, compareAssessments, compareChannelPlans, findDisagreements, formatDelta } from './compare';
import type { AnswerValue, Answers } from './schemas';
import { toyItems, toyModel, toyText } from './fixtures/toy-model';
import type { ScoringModel } from './scoring';

const items = toyItems();
const model = toyModel(items);

/** Answers both items of each given dimension with one value (the dimension scores (value − 1)·25). */
const answersFor = (values: Partial<Record<DimensionId, AnswerValue>>): Answers =>
  Object.fromEntries(
    Object.entries(values).flatMap(([d, v]) => [
      [`${d}-a`, v],
      [`${d}-b`, v],
    ]),
  );
const allDims = (value: AnswerValue) => Object.fromEntries(dimensionIds.map((d) => [d, value])) as Record<DimensionId, AnswerValue>;

describe('compareAssessments', () => {
  const before = answersFor({ ...allDims(4), strategy: 1, processes: 2, culture: 2, offline: 3 });
  const after = answersFor({ ...allDims(4), strategy: 3, processes: 2, culture: 5, people: 1, offline: 'na' });

  it('gives per-dimension deltas (after − before) and the overall delta', () => {
    const c = compareAssessments(before, after, model);
    const byDim = Object.fromEntries(c.dimensions.map((d) => [d.dimension, d]));
    expect(c.dimensions.map((d) => d.dimension)).toEqual([...dimensionIds]);
    expect(byDim.strategy).toMatchObject({ before: 0, after: 50, delta: 50 });
    expect(byDim.processes).toMatchObject({ before: 25, after: 25, delta: 0 });
    expect(byDim.culture).toMatchObject({ before: 25, after: 100, delta: 75 });
    expect(byDim.people).toMatchObject({ before: 75, after: 0, delta: -75 });
    // offline no longer applies («betrifft uns nicht» twice): no made-up delta
    expect(byDim.offline).toMatchObject({ before: 50, after: null, delta: null });
    // before: (0 + 25 + 25 + 75·5 + 50) / 9 = 52.8 → 53; after: (50 + 25 + 100 + 0 + 75·4) / 8 = 59.4 → 59
    expect(c).toMatchObject({ overallBefore: 53, overallAfter: 59, overallDelta: 6 });
  });

  it('reports targets and the distance to them only where both exist', () => {
    const c = compareAssessments(before, after, model, { strategy: 70, culture: 80, offline: 60 });
    const byDim = Object.fromEntries(c.dimensions.map((d) => [d.dimension, d]));
    expect(byDim.strategy).toMatchObject({ target: 70, toTarget: 20 });
    expect(byDim.culture).toMatchObject({ target: 80, toTarget: -20 });
    expect(byDim.offline).toMatchObject({ target: 60, toTarget: null });
    expect(byDim.time).toMatchObject({ target: null, toTarget: null });
    expect(compareAssessments(before, after, model).dimensions.every((d) => d.target === null)).toBe(true);
  });

  it('has no overall delta when one side has too few scored dimensions', () => {
    const c = compareAssessments(answersFor({ strategy: 2 }), after, model);
    expect(c).toMatchObject({ overallBefore: null, overallAfter: 59, overallDelta: null });
  });

  it('lists the priorities before and after, the new ones and the resolved ones', () => {
    const c = compareAssessments(before, after, model);
    expect(c.prioritiesBefore).toEqual(['strategy', 'processes', 'culture']);
    expect(c.prioritiesAfter).toEqual(['people', 'processes', 'strategy']);
    expect(c.newPriorities).toEqual(['people']);
    expect(c.resolvedPriorities).toEqual(['culture']);
  });

  it('does not call a priority resolved when its dimension lost its score', () => {
    const lost = answersFor({ ...allDims(4), strategy: 'unknown', processes: 2, culture: 2 });
    const c = compareAssessments(before, lost, model);
    expect(c.prioritiesAfter).not.toContain('strategy');
    expect(c.resolvedPriorities).toEqual([]);
  });

  it('includes the disagreements between the two answer sets', () => {
    const c = compareAssessments(before, after, model);
    expect(c.disagreements.map((d) => d.itemId)).toEqual(findDisagreements(before, after, model).map((d) => d.itemId));
    expect(c.disagreements.map((d) => d.itemId)).toEqual([
      'strategy-a', 'strategy-b', 'culture-a', 'culture-b', 'people-a', 'people-b',
    ]);
  });
});

describe('compareAssessments with «weiss nicht» or «trifft nicht zu» on one side only', () => {
  // Three items per dimension here, so one «trifft nicht zu» still leaves two answers on the scale.
  const model3: ScoringModel = {
    ...model,
    items: dimensionIds.flatMap((d) => ['a', 'b', 'c'].map((s): Item => ({ id: `${d}-${s}`, dimension: d, prompt: toyText, weight: 1 }))),
  };
  const answers3 = (values: Partial<Record<DimensionId, AnswerValue>>): Answers =>
    Object.fromEntries(Object.entries(values).flatMap(([d, v]) => ['a', 'b', 'c'].map((s) => [`${d}-${s}`, v])));
  // strategy: «trifft nicht zu» after on one item → that item leaves the score, the other two still score it.
  // culture: «weiss nicht» after on one item → a gap worth 0 points, the dimension drops from 100 to 67.
  // time: «trifft nicht zu» on every item before → not applicable before, scored after.
  // people: «weiss nicht» on every item after → scored before, lacking answers after, so no overall score after.
  const rest = { processes: 4, content: 4, audience: 4, community: 4, offline: 4 } as const;
  const before: Answers = {
    ...answers3(rest),
    ...answers3({ strategy: 3, culture: 5, time: 'na', people: 2 }),
  };
  const after: Answers = {
    ...answers3(rest),
    ...answers3({ strategy: 3, culture: 5, time: 5, people: 'unknown' }),
    'strategy-b': 'na',
    'culture-b': 'unknown',
  };
  const targets = { strategy: 60, culture: 0, time: 90, people: 50 };

  it('scores each side on its own answers: «trifft nicht zu» leaves the score, «weiss nicht» counts as a gap', () => {
    const c = compareAssessments(before, after, model3, targets);
    const byDim = Object.fromEntries(c.dimensions.map((d) => [d.dimension, d]));
    expect(byDim.strategy).toMatchObject({ before: 50, after: 50, delta: 0, target: 60, toTarget: 10 });
    expect(byDim.culture).toMatchObject({ before: 100, after: 67, delta: -33, target: 0, toTarget: -67 });
    expect(byDim.time).toMatchObject({ before: null, after: 100, delta: null, target: 90, toTarget: -10 });
    expect(byDim.people).toMatchObject({ before: 25, after: null, delta: null, target: 50, toTarget: null });
    expect(byDim.processes).toMatchObject({ before: 75, after: 75, delta: 0, target: null, toTarget: null });
    // before: (50 + 100 + 25 + 75·5) / 8 = 68.75 → 69; after: people lacks answers, so there is no overall score.
    expect(c).toMatchObject({ overallBefore: 69, overallAfter: null, overallDelta: null });
  });

  it('finds no disagreement where one side said «weiss nicht» or «trifft nicht zu», even when the score moved', () => {
    const c = compareAssessments(before, after, model3, targets);
    expect(c.disagreements).toEqual([]);
    // The same items with numbers on both sides would disagree: the exclusion is what keeps the list empty.
    const numeric: Answers = { ...after, 'strategy-b': 1, 'culture-b': 2, 'time-a': 5, 'people-a': 5 };
    const numericBefore: Answers = { ...before, 'time-a': 2 };
    expect(findDisagreements(numericBefore, numeric, model3).map((d) => d.itemId)).toEqual([
      'strategy-b', 'culture-b', 'people-a', 'time-a',
    ]);
  });

  it('does not call a priority resolved when it became unscored through «weiss nicht» or «trifft nicht zu»', () => {
    const c = compareAssessments(before, after, model3, targets);
    expect(c.prioritiesBefore).toEqual(['people', 'strategy', 'processes']);
    expect(c.prioritiesAfter).toEqual(['strategy', 'culture', 'processes']);
    expect(c.newPriorities).toEqual(['culture']);
    expect(c.resolvedPriorities).toEqual([]);

    const lowTime = answersFor({ ...allDims(4), time: 1 });
    const timeNotApplicable = answersFor({ ...allDims(4), time: 'na' });
    const na = compareAssessments(lowTime, timeNotApplicable, model);
    expect(na.prioritiesBefore[0]).toBe('time');
    expect(na.dimensions.find((d) => d.dimension === 'time')).toMatchObject({ before: 0, after: null, delta: null });
    expect(na.resolvedPriorities).toEqual([]);
  });

  it('is symmetric: swapping the sides negates every delta and every difference', () => {
    const forward = compareAssessments(before, answersFor({ ...allDims(2), culture: 5 }), model);
    const backward = compareAssessments(answersFor({ ...allDims(2), culture: 5 }), before, model);
    for (const [i, d] of forward.dimensions.entries()) {
      const back = backward.dimensions[i]!;
      expect(back.delta === null).toBe(d.delta === null);
      if (d.delta !== null) expect(back.delta! + d.delta).toBe(0);
    }
    expect(backward.disagreements.map((d) => [d.itemId, -d.difference])).toEqual(
      forward.disagreements.map((d) => [d.itemId, d.difference]),
    );
  });
});

describe('findDisagreements', () => {
  it(`counts a difference of exactly ${DISAGREEMENT_THRESHOLD} points, not of 1`, () => {
    expect(DISAGREEMENT_THRESHOLD).toBe(2);
    const owner: Answers = { 'strategy-a': 3, 'strategy-b': 3, 'time-a': 5, 'time-b': 2 };
    const coach: Answers = { 'strategy-a': 5, 'strategy-b': 4, 'time-a': 1, 'time-b': 2 };
    expect(findDisagreements(owner, coach, model)).toEqual([
      { itemId: 'strategy-a', dimension: 'strategy', before: 3, after: 5, difference: 2 },
      { itemId: 'time-a', dimension: 'time', before: 5, after: 1, difference: -4 },
    ]);
  });

  it('never counts «weiss nicht», «trifft nicht zu» or a missing answer on one side: there is no numeric difference', () => {
    const numeric: Answers = { 'strategy-a': 1, 'strategy-b': 5, 'culture-a': 1, 'culture-b': 5, 'time-a': 1 };
    const other: Answers = { 'strategy-a': 'unknown', 'strategy-b': 'na', 'culture-a': 'na', 'culture-b': 'unknown' };
    expect(findDisagreements(numeric, other, model)).toEqual([]);
    expect(findDisagreements(other, numeric, model)).toEqual([]);
    expect(findDisagreements({ 'time-a': 'unknown' }, { 'time-a': 'na' }, model)).toEqual([]);
  });

  it('ignores item ids the model does not know', () => {
    expect(findDisagreements({ 'ghost-a': 1 }, { 'ghost-a': 5 }, model)).toEqual([]);
  });
});

describe('formatDelta', () => {
  it('formats gains, losses, no change and nothing to compare', () => {
    expect(formatDelta(12)).toBe('+12');
    expect(formatDelta(-5)).toBe('\u22125');
    expect(formatDelta(-5)).not.toBe('-5');
    expect(formatDelta(0)).toBe('±0');
    expect(formatDelta(-0)).toBe('±0');
    expect(formatDelta(null)).toBe('–');
    expect(formatDelta(100)).toBe('+100');
  });
});

describe('compareChannelPlans', () => {
  const bakery = { reach: 'local' as const, goals: ['regulars' as const, 'findable' as const], formats: ['photo' as const, 'text' as const], existing: {} };
  const plan = (hours: ChannelAnswers['hours'], extra: Partial<ChannelAnswers> = {}, gateFailed = false) =>
    planChannels('b2c', { ...bakery, hours, ...extra }, channels, { gateFailed });

  it('says which check lacks the channel answers, and compares nothing then', () => {
    expect(compareChannelPlans(plan(undefined), plan(5))).toEqual({ status: 'missing', before: true, after: false });
    expect(compareChannelPlans(plan(5), plan(undefined))).toEqual({ status: 'missing', before: false, after: true });
  });

  it('names the channels added with more hours, in the later plan\'s order, and the rhythm of each', () => {
    const little = plan(1);
    const more = plan(5);
    const result = compareChannelPlans(little, more);
    if (result.status !== 'compared') throw new Error('both plans are complete');
    expect(result).toMatchObject({ hoursBefore: 1, hoursAfter: 5, unchanged: false });
    if (little.status === 'incomplete' || more.status === 'incomplete') throw new Error('complete');
    expect(result.channels.map((c) => c.channel)).toEqual(more.channels.map((c) => c.channel));
    for (const change of result.channels) {
      expect(change.after).toBe(more.channels.find((c) => c.channel === change.channel)!.postsPerWeek);
      expect(change.before).toBe(little.channels.find((c) => c.channel === change.channel)?.postsPerWeek ?? null);
    }
    expect(result.channels.some((c) => c.before === null)).toBe(true);
  });

  it('lists the channels a later plan dropped after its own, and a plan compared with itself is unchanged', () => {
    const result = compareChannelPlans(plan(5), plan(1));
    if (result.status !== 'compared') throw new Error('both plans are complete');
    const dropped = result.channels.filter((c) => c.after === null);
    expect(dropped.length).toBeGreaterThan(0);
    expect(result.channels.slice(-dropped.length)).toEqual(dropped);
    expect(compareChannelPlans(plan(3), plan(3))).toMatchObject({ status: 'compared', unchanged: true });
    expect(compareChannelPlans(plan(3), plan(3, {}, true))).toMatchObject({ statusBefore: 'plan', statusAfter: 'wait', unchanged: false });
  });
});
