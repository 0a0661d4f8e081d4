import * as v from 'valibot';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerValue, Answers, TeamResponse, Workspace } from './schemas';
import { workspaceSchema } from './schemas';
import type { ScoringModel } from './scoring';
import { createRespondentId, createRoundId, encodeInvitation, encodeTeamAnswer } from './team-code';
import {
  addAnswerCodes,
  addRound,
  buildAnswerLink,
  buildInvitationLink,
  createRound,
  extractAnswerCodes,
  findParticipation,
  joinRound,
  listRounds,
  median,
  mergeRounds,
  MIN_ANONYMOUS_POOL,
  MIN_TEAM_ANSWERS,
  namedAnswers,
  organiserAssessment,
  readInvitationFragment,
  removeRound,
  summarizeRound,
  updateRound,
  viewRound,
  withRoundStatus,
} from './team-round';
import { createAssessment, findAssessment, updateAssessment, withAnswer } from './workspace';

const model: ScoringModel = {
  dimensions: [{ id: 'strategy' }, { id: 'culture' }],
  items: [
    { id: 's-1', dimension: 'strategy', weight: 1 },
    { id: 's-2', dimension: 'strategy', weight: 1 },
    { id: 'c-1', dimension: 'culture', weight: 1 },
    { id: 'c-2', dimension: 'culture', weight: 1 },
  ],
  bands: [
    { id: 'early', min: 0 },
    { id: 'building', min: 40 },
    { id: 'ready', min: 60 },
    { id: 'strong', min: 80 },
  ],
};
const items = model.items;
const now = new Date('2026-12-01T09:00:00.000Z');
const later = new Date('2026-12-01T10:00:00.000Z');
const empty: Workspace = { current: null, clients: [] };
const round = createRound(createRoundId(), 'Bäckerei Müller AG', 'de', now);

const response = (answers: Answers, extra: Partial<TeamResponse> = {}): TeamResponse => ({
  respondentId: createRespondentId(),
  answeredAt: now.toISOString(),
  receivedAt: now.toISOString(),
  answers,
  ...extra,
});

function answerCode(answers: Answers, options: { roundId?: string; respondentId?: string; at?: Date; name?: string } = {}) {
  return encodeTeamAnswer(
    {
      roundId: options.roundId ?? round.id,
      respondentId: options.respondentId ?? createRespondentId(),
      answeredAt: (options.at ?? now).toISOString(),
      answers,
      ...(options.name ? { name: options.name } : {}),
    },
    items,
  );
}

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([90, 10, 50])).toBe(50);
    expect(median([10, 40, 60, 100])).toBe(50);
  });

  it('lies between the lowest and the highest value (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1 }), (values) => {
        const m = median(values)!;
        expect(m).toBeGreaterThanOrEqual(Math.min(...values));
        expect(m).toBeLessThanOrEqual(Math.max(...values));
      }),
    );
  });
});

describe('invitations and joining', () => {
  it('builds an invitation link that reads back to the round, without answers', () => {
    const link = buildInvitationLink('https://example.ch/de/team/join#old', round);
    expect(link.startsWith('https://example.ch/de/team/join#i=')).toBe(true);
    expect(readInvitationFragment(new URL(link).hash)).toEqual({
      ok: true,
      value: { roundId: round.id, companyName: 'Bäckerei Müller AG', locale: 'de', createdAt: round.createdAt },
    });
    expect(readInvitationFragment('#r=abc')).toBeNull();
    expect(readInvitationFragment('#i=1.broken')).toMatchObject({ ok: false });
  });

  it('joins once, answers through the round reference, and builds an answer link the round accepts', () => {
    const invitation = { roundId: round.id, companyName: round.companyName, locale: round.locale, createdAt: round.createdAt };
    const person = { respondentId: createRespondentId(), assessmentId: 'a-1', name: 'Andrea', role: 'Lernende' };
    let ws = joinRound(empty, invitation, person, now);
    expect(joinRound(ws, invitation, { ...person, assessmentId: 'a-2' }, later)).toBe(ws);
    const ref = { kind: 'round' as const, roundId: round.id };
    ws = updateAssessment(ws, ref, (a) => withAnswer(a, 's-1', 5, later), () => createAssessment('never', now));
    expect(findAssessment(ws, ref)?.answers).toEqual({ 's-1': 5 });
    expect(ws.current).toBeNull(); // the person's own check is untouched
    const participation = findParticipation(ws, round.id)!;
    const link = buildAnswerLink('https://example.ch/de/team', participation, items);
    const [code] = extractAnswerCodes(link);
    const added = addAnswerCodes(round, [code!], items, later);
    expect(added.outcomes).toEqual([{ status: 'added', response: expect.objectContaining({ name: 'Andrea', role: 'Lernende', answers: { 's-1': 5 } }) }]);
    expect(v.safeParse(workspaceSchema, addRound(ws, added.round)).success).toBe(true);
  });
});

describe('addAnswerCodes', () => {
  it('adds good codes and reports broken, foreign and duplicate ones without changing what was collected', () => {
    const personId = createRespondentId();
    const good = answerCode({ 's-1': 4 }, { respondentId: personId });
    const first = addAnswerCodes(round, [good], items, now).round;
    const foreign = answerCode({ 's-1': 1 }, { roundId: createRoundId() });
    const invitation = encodeInvitation({ roundId: round.id, companyName: 'x', locale: 'de', createdAt: round.createdAt });
    const { round: after, outcomes } = addAnswerCodes(first, [good.slice(0, -5), foreign, good, invitation], items, later);
    expect(outcomes.map((o) => o.status)).toEqual(['broken', 'foreign-round', 'duplicate', 'broken']);
    expect(outcomes[0]).toEqual({ status: 'broken', error: 'truncated' });
    expect(outcomes[3]).toEqual({ status: 'broken', error: 'wrong-kind' });
    expect(after).toEqual(first);
  });

  it('lets the same person replace older answers with newer ones, never the reverse', () => {
    const personId = createRespondentId();
    const older = answerCode({ 's-1': 2 }, { respondentId: personId, at: now });
    const newer = answerCode({ 's-1': 5 }, { respondentId: personId, at: later });
    const r1 = addAnswerCodes(round, [older, newer, older], items, later);
    expect(r1.outcomes.map((o) => o.status)).toEqual(['added', 'updated', 'duplicate']);
    expect(r1.round.responses).toHaveLength(1);
    expect(r1.round.responses[0]!.answers).toEqual({ 's-1': 5 });
  });

  it('takes a correction sent within the same minute as newer, and the same link again as a duplicate', () => {
    const personId = createRespondentId();
    const first = answerCode({ 's-1': 2 }, { respondentId: personId, at: new Date('2026-12-01T09:00:05.000Z') });
    const corrected = answerCode({ 's-1': 4 }, { respondentId: personId, at: new Date('2026-12-01T09:00:40.250Z') });
    const result = addAnswerCodes(round, [first, corrected, corrected, first], items, later);
    expect(result.outcomes.map((o) => o.status)).toEqual(['added', 'updated', 'duplicate', 'duplicate']);
    expect(result.round.responses.map((r) => [r.answers, r.answeredAt])).toEqual([[{ 's-1': 4 }, '2026-12-01T09:00:40.250Z']]);
  });

  it('reads links of the first code version, whose times are whole minutes, and takes a same-minute correction', () => {
    // Version-1 links of one person, made at 09:30:10 and 09:30:50 (the second changes «x-1» from 1 to 2).
    const v1Round = { ...round, id: 'AAECAwQFBgc' };
    const v1Items = Array.from({ length: 38 }, (_, i) => ({ id: `x-${i + 1}` }));
    const v1First = '1.JgIAAQIDBAUGBwgJCgsMDSauQyAAAAAAAAAAAAAAAAAAAPSaxhwAsqEBpg';
    const v1Again = '1.JgIAAQIDBAUGBwgJCgsMDSauQ0AAAAAAAAAAAAAAAAAAAPSaxhwAnaXxuw';
    const result = addAnswerCodes(v1Round, [v1First, v1Again, v1Again], v1Items, later);
    expect(result.outcomes.map((o) => o.status)).toEqual(['added', 'updated', 'duplicate']);
    expect(result.round.responses).toEqual([expect.objectContaining({ answeredAt: '2026-12-01T09:30:00.000Z', answers: { 'x-1': 2 } })]);
  });

  it('takes no answers while the round is closed, and again once it is reopened', () => {
    const code = answerCode({ 's-1': 3 });
    const closed = withRoundStatus(round, 'closed');
    expect(addAnswerCodes(closed, [code], items, now)).toEqual({ round: closed, outcomes: [{ status: 'closed' }] });
    expect(addAnswerCodes(withRoundStatus(closed, 'open'), [code], items, now).outcomes[0]!.status).toBe('added');
  });

  it('never throws and never changes the round for any pasted text (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (codes) => {
        const result = addAnswerCodes(round, codes, items, now);
        expect(result.outcomes).toHaveLength(codes.length);
        expect(result.round.responses).toEqual([]);
      }),
    );
  });
});

describe('extractAnswerCodes', () => {
  it('finds codes in whole links and bare codes, several at once', () => {
    const a = answerCode({ 's-1': 1 });
    const b = answerCode({ 's-1': 2 });
    const text = `Hier mein Link: https://example.ch/de/team#a=${a}\n\n${b}  `;
    expect(extractAnswerCodes(text)).toEqual(['Hier', 'mein', 'Link:', a, b]);
    expect(extractAnswerCodes(`https://x.ch/de/team#a=${a}`)).toEqual([a]);
    expect(extractAnswerCodes('   ')).toEqual([]);
  });
});

describe('summarizeRound', () => {
  const values: AnswerValue[] = [1, 2, 3, 4, 5, 'unknown', 'na'];
  const answersArb = fc
    .array(fc.option(fc.constantFrom(...values), { nil: undefined }), { minLength: 4, maxLength: 4 })
    .map((list) => Object.fromEntries(list.flatMap((v, i) => (v === undefined ? [] : [[items[i]!.id, v]]))) as Answers);

  it('gives median and range per topic from each person’s topic score', () => {
    const summary = summarizeRound(
      [response({ 's-1': 1, 's-2': 1 }), response({ 's-1': 3, 's-2': 3 }), response({ 's-1': 5, 's-2': 4 })],
      model,
    );
    expect(summary.topics[0]).toEqual({ dimension: 'strategy', median: 50, min: 0, max: 88, scored: 3 });
    expect(summary.topics[1]).toEqual({ dimension: 'culture', median: null, min: null, max: null, scored: 0 });
    expect(summary.tooFew).toBe(false);
    expect(summary.answers).toBe(3);
  });

  it('says when fewer than three answered', () => {
    expect(MIN_TEAM_ANSWERS).toBe(3);
    expect(summarizeRound([response({ 's-1': 1 }), response({ 's-1': 5 })], model).tooFew).toBe(true);
    expect(summarizeRound([], model)).toMatchObject({ answers: 0, tooFew: true, disagreements: [] });
  });

  it('ranks items by spread on the scale; «weiss nicht» and «Betrifft uns nicht» are counted, never a point', () => {
    const summary = summarizeRound(
      [
        response({ 's-1': 1, 's-2': 2, 'c-1': 'unknown', 'c-2': 3 }),
        response({ 's-1': 5, 's-2': 4, 'c-1': 5, 'c-2': 'na' }),
        response({ 's-1': 5, 's-2': 2, 'c-1': 'na', 'c-2': 3 }),
      ],
      model,
    );
    expect(summary.disagreements.map((d) => [d.itemId, d.spread])).toEqual([
      ['s-1', 4],
      ['s-2', 2],
    ]);
    const s1 = summary.disagreements[0]!;
    expect(s1).toMatchObject({ min: 1, max: 5, counts: [1, 0, 0, 0, 2], unknown: 0, notApplicable: 0 });
    // c-1 has one point on the scale only: «weiss nicht» does not make it a disagreement.
    expect(summary.disagreements.some((d) => d.itemId === 'c-1')).toBe(false);
  });

  it('keeps the median and range inside the individual scores (property)', () => {
    fc.assert(
      fc.property(fc.array(answersArb, { maxLength: 8 }), (list) => {
        const summary = summarizeRound(list.map((a) => response(a)), model);
        for (const topic of summary.topics) {
          if (topic.median === null) expect(topic.scored).toBe(0);
          else {
            expect(topic.min!).toBeLessThanOrEqual(topic.median);
            expect(topic.median).toBeLessThanOrEqual(topic.max!);
          }
        }
        for (const d of summary.disagreements) expect(d.spread).toBeGreaterThan(0);
      }),
    );
  });

  it('never widens an item’s spread when someone answers «weiss nicht» instead of a point (property)', () => {
    fc.assert(
      fc.property(fc.array(answersArb, { minLength: 1, maxLength: 6 }), fc.nat(), fc.constantFrom(...items.map((i) => i.id)), (list, who, itemId) => {
        const before = summarizeRound(list.map((a) => response(a)), model);
        const changed = list.map((a, i) => (i === who % list.length ? { ...a, [itemId]: 'unknown' as const } : a));
        const after = summarizeRound(changed.map((a) => response(a)), model);
        const spread = (s: typeof before) => s.disagreements.find((d) => d.itemId === itemId)?.spread ?? 0;
        expect(spread(after)).toBeLessThanOrEqual(spread(before));
      }),
    );
  });
});

describe('namedAnswers (privacy)', () => {
  it('shows only people who gave a name or role, under exactly that; anonymous answers never appear', () => {
    const anonymous = response({ 's-1': 1, 's-2': 1 });
    const named = response({ 's-1': 5, 's-2': 5 }, { name: 'Andrea Meier', role: 'Lernende' });
    const roleOnly = response({ 's-1': 3, 's-2': 3 }, { role: 'Geschäftsleitung' });
    const list = namedAnswers([anonymous, named, roleOnly], model);
    expect(list.map((n) => n.label)).toEqual(['Andrea Meier, Lernende', 'Geschäftsleitung']);
    expect(list.some((n) => n.respondentId === anonymous.respondentId)).toBe(false);
    expect(list[0]!.scores).toEqual({ strategy: 100, culture: null });
  });
});

describe('viewRound (privacy: anonymous answers only inside the spread)', () => {
  const named = (name: string, answers: Answers) => response(answers, { name });
  const anonymousOne = (answers: Answers) => response(answers);
  const byTopic = (view: ReturnType<typeof viewRound>, id: string) => view.summary.topics.find((t) => t.dimension === id)!;

  it('holds back one anonymous answer beside named ones, which the range would otherwise give away', () => {
    const andrea = named('Andrea', { 's-1': 4, 's-2': 4 });
    const beat = named('Beat', { 's-1': 3, 's-2': 3 });
    const alone = anonymousOne({ 's-1': 1, 's-2': 1 });
    // Without the rule: the named table says 75 and 50, the range says 0–75, so the anonymous person said 0.
    expect(summarizeRound([andrea, beat, alone], model).topics[0]).toMatchObject({ min: 0, max: 75 });
    const view = viewRound([andrea, beat, alone], model);
    expect(view).toMatchObject({ received: 3, heldBack: 1 });
    expect(view.summary.answers).toBe(2);
    expect(byTopic(view, 'strategy')).toMatchObject({ median: 63, min: 50, max: 75, scored: 2 });
    expect(view.named.map((n) => n.label)).toEqual(['Andrea', 'Beat']);
  });

  it('lets anonymous answers count once three of them have come in', () => {
    const both = (v: AnswerValue): Answers => ({ 's-1': v, 's-2': v });
    const people = [named('Andrea', both(4)), anonymousOne(both(1)), anonymousOne(both(5)), anonymousOne(both(2))];
    expect(MIN_ANONYMOUS_POOL).toBe(3);
    expect(viewRound(people.slice(0, 3), model)).toMatchObject({ received: 3, heldBack: 2, summary: { answers: 1 } });
    const view = viewRound(people, model);
    expect(view).toMatchObject({ received: 4, heldBack: 0, summary: { answers: 4, tooFew: false } });
    expect(byTopic(view, 'strategy')).toMatchObject({ min: 0, max: 100 });
  });

  it('treats a name or role of blanks as no name at all', () => {
    const blank = response({ 's-1': 1 }, { name: '  ', role: ' ' });
    expect(viewRound([named('Andrea', { 's-1': 4 }), blank], model)).toMatchObject({ heldBack: 1, named: [{ label: 'Andrea' }] });
  });

  // Every cell of named × anonymous answers: what counts in the figures, what is held back, who is listed.
  const cells = [0, 1, 2, 3].flatMap((n) => [0, 1, 2, 3, 4].map((a) => [n, a] as const));
  it.each(cells)('with %i named and %i anonymous answers, shows what the rule allows', (n, a) => {
    const list = [
      ...Array.from({ length: n }, (_, i) => named(`P${i}`, { 's-1': ((i % 5) + 1) as AnswerValue })),
      ...Array.from({ length: a }, (_, i) => anonymousOne({ 's-1': (((i + 2) % 5) + 1) as AnswerValue })),
    ];
    const counted = a >= MIN_ANONYMOUS_POOL ? n + a : n;
    const view = viewRound(list, model);
    expect(view.received).toBe(n + a);
    expect(view.heldBack).toBe(n + a - counted);
    expect(view.summary.answers).toBe(counted);
    expect(view.summary.tooFew).toBe(counted < MIN_TEAM_ANSWERS);
    expect(view.named.map((p) => p.label)).toEqual(Array.from({ length: n }, (_, i) => `P${i}`));
  });

  const value = fc.constantFrom<AnswerValue | undefined>(1, 2, 3, 4, 5, 'unknown', 'na', undefined);
  const answersArb = fc.tuple(value, value, value, value).map(([a, b, c, d]) =>
    Object.fromEntries(([['s-1', a], ['s-2', b], ['c-1', c], ['c-2', d]] as const).filter(([, v]) => v !== undefined)) as Answers,
  );
  const personArb = fc.record({ answers: answersArb, name: fc.option(fc.constantFrom('Andrea', 'Beat', 'Chiara'), { nil: undefined }) });
  const toResponses = (people: { answers: Answers; name?: string }[]) =>
    people.map((p, i) => response(p.answers, { respondentId: `person-${i}`, ...(p.name ? { name: p.name } : {}) }));
  const isAnonymous = (r: TeamResponse) => r.name === undefined;

  it('is the same view whatever a held-back anonymous answer says (property)', () => {
    fc.assert(
      fc.property(fc.array(personArb, { maxLength: 6 }), fc.nat(), answersArb, (people, pick, other) => {
        const list = toResponses(people);
        const anonymous = list.filter(isAnonymous);
        fc.pre(anonymous.length > 0 && anonymous.length < MIN_ANONYMOUS_POOL);
        const target = anonymous[pick % anonymous.length]!;
        const changed = list.map((r) => (r === target ? { ...r, answers: other, answeredAt: later.toISOString() } : r));
        expect(viewRound(changed, model)).toEqual(viewRound(list, model));
      }),
    );
  });

  it('depends on the anonymous answers only as a group, never on who gave which (property)', () => {
    fc.assert(
      fc.property(fc.array(personArb, { maxLength: 8 }), fc.infiniteStream(fc.nat()), (people, stream) => {
        const list = toResponses(people);
        const slots = list.flatMap((r, i) => (isAnonymous(r) ? [i] : []));
        // Shuffle the anonymous answers among the anonymous people; everything named stays where it was.
        const order = [...slots];
        const random = stream[Symbol.iterator]();
        for (let i = order.length - 1; i > 0; i--) {
          const j = random.next().value! % (i + 1);
          [order[i], order[j]] = [order[j]!, order[i]!];
        }
        const shuffled = list.map((r, i) => (isAnonymous(r) ? { ...r, answers: list[order[slots.indexOf(i)]!]!.answers } : r));
        expect(viewRound(shuffled, model)).toEqual(viewRound(list, model));
      }),
    );
  });

  // A reader who knows every named answer in full (more than the view shows) and, if anonymous, their own answer,
  // tries each possible answer of one other anonymous person and keeps those that give the view they see.
  const tiny: ScoringModel = { ...model, dimensions: [{ id: 'strategy' }], items: model.items.slice(0, 2) };
  const options: Answers[] = [1, 2, 3, 4, 5, 'unknown', 'na', undefined].flatMap((a) =>
    ([1, 2, 3, 4, 5, 'unknown', 'na', undefined] as const).map(
      (b) => Object.fromEntries(([['s-1', a], ['s-2', b]] as const).filter(([, v]) => v !== undefined)) as Answers,
    ),
  );
  const tinyArb = fc.tuple(value, value).map(([a, b]) => Object.fromEntries(([['s-1', a], ['s-2', b]] as const).filter(([, v]) => v !== undefined)) as Answers);
  const key = (answers: Answers) => JSON.stringify(Object.entries(answers).sort());

  it('never lets a reader who knows everything else work out an anonymous answer held back (property)', () => {
    fc.assert(
      fc.property(fc.array(tinyArb, { maxLength: 3 }), fc.array(tinyArb, { minLength: 1, maxLength: MIN_ANONYMOUS_POOL - 1 }), (namedOnes, anon) => {
        const list = toResponses([...namedOnes.map((answers, i) => ({ answers, name: `P${i}` })), ...anon.map((answers) => ({ answers }))]);
        const seen = JSON.stringify(viewRound(list, tiny));
        const target = list.length - 1;
        const possible = options.filter((x) => JSON.stringify(viewRound(list.map((r, i) => (i === target ? { ...r, answers: x } : r)), tiny)) === seen);
        expect(possible).toHaveLength(options.length);
      }),
      { numRuns: 40 },
    );
  });

  it('never lets an anonymous reader pin another anonymous answer once they count, unless all of those agree (property)', () => {
    fc.assert(
      fc.property(fc.array(tinyArb, { maxLength: 2 }), fc.tuple(tinyArb, tinyArb, tinyArb), (namedOnes, [own, theirs, third]) => {
        const people = [...namedOnes.map((answers, i) => ({ answers, name: `P${i}` })), { answers: own }, { answers: theirs }, { answers: third }];
        const list = toResponses(people);
        const seen = JSON.stringify(viewRound(list, tiny));
        const [p, q] = [list.length - 2, list.length - 1];
        const possible = new Set<string>();
        for (const x of options) {
          for (const y of options) {
            const guess = list.map((r, i) => (i === p ? { ...r, answers: x } : i === q ? { ...r, answers: y } : r));
            if (JSON.stringify(viewRound(guess, tiny)) === seen) possible.add(key(x));
          }
        }
        expect(possible.has(key(theirs))).toBe(true);
        if (key(theirs) !== key(third)) expect(possible.size).toBeGreaterThan(1);
      }),
      { numRuns: 15 },
    );
  });
});

describe('workspace updates', () => {
  it('adds, updates and removes rounds, and finds the organiser’s own answers', () => {
    const own = createAssessment('own', now);
    let ws = addRound({ ...empty, current: own }, round);
    expect(organiserAssessment(ws, round)).toBe(own);
    ws = updateRound(ws, round.id, (r) => withRoundStatus(r, 'closed'));
    expect(ws.rounds![0]!.status).toBe('closed');
    expect(removeRound(ws, round.id).rounds).toEqual([]);
    const clientRound = createRound(createRoundId(), 'Graf', 'en', now, 'c-1');
    expect(organiserAssessment(ws, clientRound)).toBeNull();
  });

  it('lists every round, the owner’s and the clients’, newest first, with status and number of answers', () => {
    expect(listRounds(empty)).toEqual([]);
    const older = { ...createRound('b-older', 'Graf', 'en', now, 'c-1'), responses: [response({ 's-1': 1 }), response({ 's-1': 2 }, { name: 'Andrea' })] };
    const newer = withRoundStatus(createRound('a-newer', 'Müller', 'de', later), 'closed');
    const sameTime = createRound('c-same', '', 'de', later);
    expect(listRounds(addRound(addRound(addRound(empty, older), sameTime), newer))).toEqual([
      { id: 'a-newer', companyName: 'Müller', createdAt: later.toISOString(), status: 'closed', answers: 0 },
      { id: 'c-same', companyName: '', createdAt: later.toISOString(), status: 'open', answers: 0 },
      { id: 'b-older', companyName: 'Graf', createdAt: now.toISOString(), status: 'open', answers: 2, clientId: 'c-1' },
    ]);
  });

  it('merges imported rounds by round, then by person, and keeps what was there', () => {
    const a = response({ 's-1': 1 });
    const b = response({ 's-1': 5 });
    const mine = { ...round, responses: [a] };
    const theirs = { ...round, responses: [a, b] };
    const other = createRound(createRoundId(), 'Other', 'en', now);
    const merged = mergeRounds(addRound(empty, mine), { ...empty, rounds: [theirs, other] });
    expect(merged.rounds!.map((r) => [r.id, r.responses.length])).toEqual([
      [round.id, 2],
      [other.id, 0],
    ]);
    expect(mergeRounds(empty, empty)).toEqual({ rounds: [], participations: [] });
  });
});
