import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerValue, Answers } from './schemas';
import { MIN_NEED_ANSWERS, needLevelFor, scoreNeed } from './need';

const needItems = [
  { id: 'need-a', weight: 3 },
  { id: 'need-b', weight: 2, weightByMarket: { b2b: 1, b2c: 3 } },
  { id: 'need-c', weight: 2 },
  { id: 'need-d', weight: 1, weightByMarket: { b2b: 3 } },
  { id: 'need-e', weight: 3 },
  { id: 'need-f', weight: 2 },
];
const needLevels = [
  { id: 'low' as const, min: 0 },
  { id: 'moderate' as const, min: 40 },
  { id: 'high' as const, min: 65 },
];
const model = { needItems, needLevels };
const ids = needItems.map((i) => i.id);
const all = (value: AnswerValue): Answers => Object.fromEntries(ids.map((id) => [id, value]));

const value = fc.constantFrom<AnswerValue | undefined>(1, 2, 3, 4, 5, 1, 5, 'unknown', 'na', undefined);
const answersArb = fc.array(value, { minLength: ids.length, maxLength: ids.length }).map((values) => {
  const answers: Answers = {};
  values.forEach((v, i) => {
    if (v !== undefined) answers[ids[i]!] = v;
  });
  return answers;
});

describe('needLevelFor', () => {
  it('returns the highest level whose minimum is at or below the score', () => {
    expect([0, 39, 40, 64, 65, 100].map((s) => needLevelFor(s, needLevels))).toEqual([
      'low', 'low', 'moderate', 'moderate', 'high', 'high',
    ]);
    expect(() => needLevelFor(50, [])).toThrow();
  });
});

describe('scoreNeed', () => {
  it('names a high need for full agreement and a low one for full disagreement', () => {
    expect(scoreNeed(all(5), model)).toMatchObject({ score: 100, level: 'high', status: 'clear', open: [] });
    expect(scoreNeed(all(1), model)).toMatchObject({ score: 0, level: 'low', status: 'clear' });
    expect(scoreNeed(all(3), model)).toMatchObject({ score: 50, level: 'moderate', status: 'clear' });
  });

  it(`needs at least ${MIN_NEED_ANSWERS} answers on the scale and says how many are missing`, () => {
    const r = scoreNeed({ 'need-a': 5, 'need-b': 5, 'need-c': 'unknown' }, model);
    expect(r).toMatchObject({ score: null, level: null, status: 'too-few', known: 2, missing: 1 });
    expect(r.open).toEqual(['need-c', 'need-d', 'need-e', 'need-f']);
  });

  it('never reads «weiss nicht» as «no need»: a level only when the open answers cannot change it', () => {
    // Four answers of 1 and two «weiss nicht» with heavy weights: whatever they turn out to be could lift the need.
    const open = scoreNeed({ ...all(1), 'need-a': 'unknown', 'need-e': 'unknown' }, model);
    expect(open).toMatchObject({ level: null, status: 'open', score: 0, unknown: 2 });
    expect(open.open).toEqual(['need-a', 'need-e']);
    // One light «weiss nicht» among clear answers does not matter.
    expect(scoreNeed({ ...all(1), 'need-d': 'unknown' }, model)).toMatchObject({ level: 'low', status: 'clear' });
    expect(scoreNeed({ ...all(5), 'need-d': 'unknown' }, model)).toMatchObject({ level: 'high', status: 'clear' });
  });

  it('leaves «betrifft uns nicht» out of the need', () => {
    const r = scoreNeed({ ...all(4), 'need-c': 'na', 'need-f': 'na' }, model);
    expect(r).toMatchObject({ relevant: 4, notApplicable: 2, score: 75, level: 'high' });
  });

  it('lets B2B and B2C change how the statements count', () => {
    const answers: Answers = { 'need-a': 1, 'need-b': 5, 'need-c': 1, 'need-d': 5, 'need-e': 1, 'need-f': 1 };
    expect(scoreNeed(answers, model).score).toBe(23); // (2 + 1)·100 / 13
    expect(scoreNeed(answers, model, { market: 'b2b' }).score).toBe(29); // (1 + 3)·100 / 14
    expect(scoreNeed(answers, model, { market: 'b2c' }).score).toBe(29); // (3 + 1)·100 / 14
  });

  it('replacing an answer by «weiss nicht» never turns a clear need level into another clear level (property)', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...ids), (answers, id) => {
        const before = scoreNeed(answers, model);
        const after = scoreNeed({ ...answers, [id]: 'unknown' }, model);
        if (after.level !== null) expect(after.level).toBe(before.level);
      }),
      { numRuns: 2000 },
    );
  });

  it('a clear level holds for every way the open answers could turn out (property)', () => {
    const fill = fc.array(fc.constantFrom<AnswerValue>(1, 2, 3, 4, 5), { minLength: ids.length, maxLength: ids.length });
    fc.assert(
      fc.property(answersArb, fill, (answers, values) => {
        const r = scoreNeed(answers, model);
        fc.pre(r.level !== null);
        const completed: Answers = { ...answers };
        r.open.forEach((id) => (completed[id] = values[ids.indexOf(id)]!));
        expect(scoreNeed(completed, model).level).toBe(r.level);
      }),
      { numRuns: 2000 },
    );
  });

  it('the generated answers reach every status, so the properties bite', () => {
    const statuses = new Set(fc.sample(answersArb, 500).map((a) => scoreNeed(a, model).status));
    expect(statuses).toEqual(new Set(['clear', 'too-few', 'open']));
  });
});
