import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandIds, dimensionIds, type BandId, type DimensionId } from './content-ids';
import type { Guidance } from './content-schema';
import { isOnHold, pickGuidance, pickPriorities } from './guidance';
import type { AnswerValue, Answers } from './schemas';
import { toyItems, toyModel, toyText } from './fixtures/toy-model';
import { scoreAssessment, type AssessmentResult, type DimensionResult } from './scoring';

const text = toyText;
// Two items per dimension; people-a and time-a are gates.
const items = toyItems(['people-a', 'time-a']);
const model = toyModel(items);
const itemIds = items.map((i) => i.id);
const card = (dimension: DimensionId, band: BandId): Guidance => ({
  dimension,
  band,
  title: { de: `${dimension}/${band}`, en: `${dimension}/${band}` },
  body: text,
  quote: { article: 'must-have', original: 'x', en: 'x' },
  steps: [text, text],
  ...(dimension === 'community' ? { growsReach: true as const } : {}),
});
const allCards = dimensionIds.flatMap((d) => bandIds.map((b) => card(d, b)));
const gateCards = ['people-a', 'time-a'].flatMap((item) =>
  (['failed', 'unknown'] as const).map((status) => ({ item, status, title: `${item}/${status}` })),
);
const holdCards = [{ dimension: 'community' as const, title: 'hold' }];

/** Answers both items of a dimension with one value (the dimension scores (value − 1)·25). */
const answersFor = (values: Partial<Record<DimensionId, AnswerValue>>): Answers =>
  Object.fromEntries(
    Object.entries(values).flatMap(([d, v]) => [
      [`${d}-a`, v],
      [`${d}-b`, v],
    ]),
  );

/** A hand-made result, for order and tie cases independent of the scoring. */
const resultWith = (scores: [DimensionId, number | null][]): AssessmentResult => ({
  dimensions: scores.map(
    ([dimension, score]): DimensionResult => ({
      dimension, score, band: null, uncappedBand: null, status: score === null ? 'too-few' : 'scored',
      relevant: 2, known: 2, unknown: 0, notApplicable: 0, unanswered: 0, total: 2, minKnown: 2, missing: 0, gate: null,
    }),
  ),
  overall: null, band: null, uncappedBand: null, levelCap: null, gates: [], cappedBy: [], gatesUnknown: [], gatesPartial: [],
  unknownCount: 0, unscored: [], lacking: [], answeredCount: 0, totalItems: 0,
});

const answersArb = fc
  .array(fc.option(fc.constantFrom<AnswerValue>(1, 2, 3, 4, 5, 4, 5, 'unknown', 'na'), { nil: undefined, freq: 8 }), {
    minLength: itemIds.length,
    maxLength: itemIds.length,
  })
  .map((values) => {
    const answers: Answers = {};
    values.forEach((v, i) => {
      if (v !== undefined) answers[itemIds[i]!] = v;
    });
    return answers;
  });

describe('pickPriorities', () => {
  it('picks the three weakest scored dimensions, lowest first', () => {
    const r = scoreAssessment(
      answersFor({ strategy: 5, processes: 2, culture: 4, people: 5, time: 5, content: 3, audience: 5, community: 1, offline: 5 }),
      model,
    );
    expect(pickPriorities(r)).toEqual(['community', 'processes', 'content']);
    expect(pickPriorities(r, 1)).toEqual(['community']);
    expect(pickPriorities(r, 0)).toEqual([]);
  });

  it('breaks ties by model order', () => {
    const r = scoreAssessment(
      answersFor({ strategy: 5, processes: 3, culture: 2, people: 5, time: 5, content: 3, audience: 2, community: 5, offline: 2 }),
      model,
    );
    expect(pickPriorities(r)).toEqual(['culture', 'audience', 'offline']);
    expect(pickPriorities(r, 5)).toEqual(['culture', 'audience', 'offline', 'processes', 'content']);
    // The order of result.dimensions is what counts, not the order of dimensionIds.
    expect(pickPriorities(resultWith([['offline', 10], ['strategy', 10], ['time', 10], ['culture', 10]]))).toEqual([
      'offline', 'strategy', 'time',
    ]);
  });

  it('puts failed gates first, then gates not known, whatever the other scores', () => {
    const both = scoreAssessment(
      { ...answersFor({ strategy: 1, processes: 1, culture: 1, content: 5, audience: 5, community: 5, offline: 5 }),
        'people-a': 2, 'people-b': 5, 'time-a': 1, 'time-b': 5 },
      model,
    );
    // Strategy, processes and culture score 0, lower than people and time: the failed gates still come first.
    expect(pickPriorities(both)).toEqual(['people', 'time', 'strategy']);
    const unknownFirst = scoreAssessment(
      { ...answersFor({ strategy: 1, processes: 1, culture: 5, content: 5, audience: 5, community: 5, offline: 5 }),
        'people-a': 'unknown', 'people-b': 5, 'time-a': 2, 'time-b': 5 },
      model,
    );
    expect(pickPriorities(unknownFirst)).toEqual(['time', 'people', 'strategy']);
  });

  it('never counts unscored dimensions without a gate, even when fewer than asked remain', () => {
    const r = scoreAssessment({ ...answersFor({ strategy: 4, culture: 5, people: 5, time: 5 }), 'offline-a': 'unknown' }, model);
    expect(pickPriorities(r)).toEqual(['strategy', 'culture', 'people']);
    expect(pickPriorities(resultWith([['strategy', null], ['time', 0]]))).toEqual(['time']);
  });
});

describe('pickGuidance', () => {
  it('returns, per dimension in result order, the card matching its band', () => {
    const r = scoreAssessment(
      answersFor({ strategy: 1, processes: 2, culture: 3, people: 4, time: 5, content: 5, audience: 4, community: 3, offline: 2 }),
      model,
    );
    const picks = pickGuidance(r, [...allCards].reverse(), gateCards, holdCards);
    expect(picks.map((p) => p.dimension)).toEqual([...dimensionIds]);
    for (const p of picks) {
      const band = r.dimensions.find((d) => d.dimension === p.dimension)!.band;
      expect(p.band).toBe(band);
      expect(p.kind).toBe('band');
      expect(p.guidance).toEqual(card(p.dimension, band!));
    }
    expect(picks.slice(0, 5).map((p) => p.band)).toEqual(['early', 'early', 'building', 'ready', 'strong']);
  });

  it('gives no card to an unscored dimension, and null when no card exists for the band', () => {
    const r = scoreAssessment(answersFor({ strategy: 5, culture: 5, people: 5, time: 5 }), model);
    const picks = pickGuidance(r, allCards.filter((c) => c.dimension !== 'culture'));
    expect(picks.find((p) => p.dimension === 'strategy')).toEqual({
      dimension: 'strategy', band: 'strong', kind: 'band', guidance: card('strategy', 'strong'),
    });
    expect(picks.find((p) => p.dimension === 'culture')).toEqual({ dimension: 'culture', band: 'strong', kind: 'none', guidance: null });
    expect(picks.find((p) => p.dimension === 'content')).toEqual({ dimension: 'content', band: null, kind: 'none', guidance: null });
  });

  it('shows the gate card for a gate not met, and holds back cards that grow reach', () => {
    const r = scoreAssessment({ ...answersFor({ strategy: 5, processes: 5, culture: 5, content: 5, audience: 5, community: 5, offline: 5 }),
      'people-a': 1, 'people-b': 5, 'time-a': 'unknown', 'time-b': 5 }, model);
    const picks = pickGuidance(r, allCards, gateCards, holdCards);
    expect(picks.find((p) => p.dimension === 'people')).toMatchObject({ kind: 'gate', guidance: { item: 'people-a', status: 'failed' } });
    expect(picks.find((p) => p.dimension === 'time')).toMatchObject({ kind: 'gate', guidance: { item: 'time-a', status: 'unknown' } });
    expect(picks.find((p) => p.dimension === 'community')).toMatchObject({ kind: 'hold', guidance: { title: 'hold' } });
    expect(isOnHold(r)).toBe(true);
  });

  it('a failed gate’s topic never gets a «ready» or «strong» card (property)', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const r = scoreAssessment(answers, model);
        const picks = pickGuidance(r, allCards, gateCards, holdCards);
        for (const gate of [...r.cappedBy, ...r.gatesUnknown]) {
          const pick = picks.find((p) => p.dimension === gate.dimension)!;
          expect(pick.kind).toBe('gate');
          expect(pick.guidance).toMatchObject({ item: gate.itemId, status: gate.status });
          expect(['ready', 'strong']).not.toContain(pick.band);
          expect(['ready', 'strong']).not.toContain(r.dimensions.find((d) => d.dimension === gate.dimension)!.band);
        }
        // No band card of a dimension above what its gate allows.
        for (const p of picks) if (p.kind === 'band') expect((p.guidance as Guidance).band).toBe(p.band);
      }),
      { numRuns: 1000 },
    );
  });

  it('failed gates come first among the priorities, then gates not known (property)', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const r = scoreAssessment(answers, model);
        const expected = [...r.cappedBy, ...r.gatesUnknown].map((g) => g.dimension).slice(0, 3);
        expect(pickPriorities(r).slice(0, expected.length)).toEqual(expected);
        // Deterministic: the same answers in another key order give the same priorities.
        const shuffled = Object.fromEntries(Object.entries(answers).reverse()) as Answers;
        expect(pickPriorities(scoreAssessment(shuffled, model))).toEqual(pickPriorities(r));
      }),
      { numRuns: 1000 },
    );
  });

  it('while a gate fails or is not known, no card sends the owner to grow reach (property)', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const r = scoreAssessment(answers, model);
        const picks = pickGuidance(r, allCards, gateCards, holdCards);
        if (r.cappedBy.length > 0 || r.gatesUnknown.length > 0) {
          for (const p of picks) expect((p.guidance as Guidance | null)?.growsReach).toBeUndefined();
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('the generated answers reach failed gates, unknown gates and reach cards, so the properties bite', () => {
    const samples = fc.sample(answersArb, 400).map((a) => scoreAssessment(a, model));
    expect(samples.some((r) => r.cappedBy.length > 0)).toBe(true);
    expect(samples.some((r) => r.gatesUnknown.length > 0)).toBe(true);
    expect(samples.some((r) => r.cappedBy.length > 0 && r.dimensions.find((d) => d.dimension === 'community')!.band !== null)).toBe(true);
  });
});

// Against the real content.
const real = await import('@/content').then((m) => m.content).catch(() => null);
const realReady = real !== null && real.items.length > 0 && real.guidance.length > 0;

describe.skipIf(!realReady)('pickGuidance with the real content', () => {
  it('finds a card for every scored dimension at every level, and a gate card for each gate not met', () => {
    const content = real!;
    for (const value of [1, 2, 3, 4, 5, 'unknown'] as const) {
      const r = scoreAssessment(Object.fromEntries(content.items.map((i) => [i.id, value])), content);
      for (const p of pickGuidance(r, content.guidance, content.gateGuidance, content.holdGuidance)) {
        if (p.band === null && p.kind !== 'gate') continue;
        expect(p.guidance, `${p.dimension} at answer ${value}`).not.toBeNull();
        if (p.kind === 'band') expect((p.guidance as Guidance).band).toBe(p.band);
      }
    }
  });
});
