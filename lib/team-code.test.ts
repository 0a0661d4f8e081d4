import * as v from 'valibot';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerValue, Answers } from './schemas';
import {
  createRespondentId,
  createRoundId,
  decodeInvitation,
  decodeTeamAnswer,
  encodeInvitation,
  encodeTeamAnswer,
  MAX_TEAM_CODE_LENGTH,
  respondentIdSchema,
  roundIdSchema,
  type Invitation,
  type TeamAnswer,
  type TeamCodeError,
} from './team-code';

const items = Array.from({ length: 38 }, (_, i) => ({ id: `x-${i + 1}` }));
const values: AnswerValue[] = [1, 2, 3, 4, 5, 'unknown', 'na'];
const errors: TeamCodeError[] = ['empty', 'too-long', 'malformed', 'unknown-version', 'checksum', 'truncated', 'invalid', 'wrong-kind'];
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const bytesArb = (n: number) => fc.uint8Array({ minLength: n, maxLength: n });
const roundIdArb = bytesArb(8).map((b) => createRoundId((out) => out.set(b)));
const respondentIdArb = bytesArb(6).map((b) => createRespondentId((out) => out.set(b)));
const msArb = fc.integer({ min: Date.parse('0000-01-01T00:00:00.000Z'), max: Date.parse('9999-12-31T23:59:59.999Z') });
const isoArb = msArb.map((ms) => new Date(ms).toISOString());
const personText = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 });

const invitationArb: fc.Arbitrary<Invitation> = fc.record({
  roundId: roundIdArb,
  companyName: fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => s.length <= 80),
  locale: fc.constantFrom('de' as const, 'en' as const),
  createdAt: isoArb,
});

const answerArb: fc.Arbitrary<TeamAnswer> = fc
  .record({
    roundId: roundIdArb,
    respondentId: respondentIdArb,
    answeredAt: isoArb,
    answers: fc.array(fc.option(fc.constantFrom(...values), { nil: undefined }), { minLength: items.length, maxLength: items.length }),
    name: fc.option(personText, { nil: undefined }),
    role: fc.option(personText, { nil: undefined }),
  })
  .map(({ answers, name, role, ...rest }) => {
    const value: TeamAnswer = {
      ...rest,
      answers: Object.fromEntries(answers.flatMap((v, i) => (v === undefined ? [] : [[items[i]!.id, v]]))) as Answers,
    };
    if (name !== undefined) value.name = name;
    if (role !== undefined) value.role = role;
    return value;
  });

const complete: TeamAnswer = {
  roundId: createRoundId(),
  respondentId: createRespondentId(),
  answeredAt: '2026-12-01T09:00:00.000Z',
  answers: Object.fromEntries(items.map((item, i) => [item.id, values[i % values.length]!])),
  name: 'Andrea Meier',
  role: 'Lernende',
};

describe('ids', () => {
  it('creates round and respondent ids that their schemas accept', () => {
    for (let i = 0; i < 50; i++) {
      expect(v.safeParse(roundIdSchema, createRoundId()).success).toBe(true);
      expect(v.safeParse(respondentIdSchema, createRespondentId()).success).toBe(true);
    }
    expect(createRoundId()).not.toBe(createRoundId());
  });
});

describe('invitation codes', () => {
  it('round-trip every invitation (property)', () => {
    fc.assert(fc.property(invitationArb, (inv) => {
      expect(decodeInvitation(encodeInvitation(inv))).toEqual({ ok: true, value: inv });
    }));
  });

  it('carry no answers and stay short', () => {
    const code = encodeInvitation({ roundId: createRoundId(), companyName: 'Bäckerei Müller AG', locale: 'de', createdAt: '2026-12-01T09:00:00.000Z' });
    expect(code.length).toBeLessThan(60);
  });

  it('are never taken for an answer, nor an answer for an invitation', () => {
    const inv = encodeInvitation({ roundId: complete.roundId, companyName: 'X', locale: 'en', createdAt: complete.answeredAt });
    expect(decodeTeamAnswer(inv, items)).toEqual({ ok: false, error: 'wrong-kind' });
    expect(decodeInvitation(encodeTeamAnswer(complete, items))).toEqual({ ok: false, error: 'wrong-kind' });
  });
});

describe('answer codes', () => {
  it('round-trip every answer (property)', () => {
    fc.assert(fc.property(answerArb, (a) => {
      expect(decodeTeamAnswer(encodeTeamAnswer(a, items), items)).toEqual({ ok: true, value: a });
    }));
  });

  it('encode a complete 38-item check with name and role in under 100 characters', () => {
    const code = encodeTeamAnswer(complete, items);
    expect(code.length).toBeLessThan(100);
    const anonymous = encodeTeamAnswer({ ...complete, name: undefined, role: undefined }, items);
    expect(anonymous.length).toBeLessThan(75);
  });

  it('accept a leading "#" and whitespace from wrapped mails', () => {
    const code = encodeTeamAnswer(complete, items);
    const wrapped = `#${code.slice(0, 20)}\n  ${code.slice(20)}`;
    expect(decodeTeamAnswer(wrapped, items)).toEqual({ ok: true, value: complete });
  });

  it('reject codes made for other or reordered items', () => {
    const code = encodeTeamAnswer(complete, items);
    expect(decodeTeamAnswer(code, [...items].reverse())).toEqual({ ok: false, error: 'invalid' });
  });

  it('name each kind of damage', () => {
    const code = encodeTeamAnswer(complete, items);
    expect(decodeTeamAnswer('', items)).toEqual({ ok: false, error: 'empty' });
    expect(decodeTeamAnswer('x'.repeat(MAX_TEAM_CODE_LENGTH + 1), items)).toEqual({ ok: false, error: 'too-long' });
    expect(decodeTeamAnswer(`3.${code.slice(2)}`, items)).toEqual({ ok: false, error: 'unknown-version' });
    expect(decodeTeamAnswer(`0.${code.slice(2)}`, items)).toEqual({ ok: false, error: 'unknown-version' });
    expect(decodeTeamAnswer('hello', items)).toEqual({ ok: false, error: 'malformed' });
    expect(decodeTeamAnswer(code.slice(0, -6), items)).toEqual({ ok: false, error: 'truncated' });
    const i = 20;
    const other = BASE64URL[(BASE64URL.indexOf(code[i]!) + 1) % 64]!;
    expect(decodeTeamAnswer(code.slice(0, i) + other + code.slice(i + 1), items)).toEqual({ ok: false, error: 'checksum' });
  });

  it('never accept a code with any single character changed (property)', () => {
    const code = encodeTeamAnswer(complete, items);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: code.length - 1 }), fc.constantFrom(...BASE64URL, '.', '#', '1'), (at, c) => {
        fc.pre(code[at] !== c);
        const result = decodeTeamAnswer(code.slice(0, at) + c + code.slice(at + 1), items);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(errors).toContain(result.error);
      }),
    );
  });

  it('never throw for random, truncated or spliced input (property)', () => {
    const code = encodeTeamAnswer(complete, items);
    const inv = encodeInvitation({ roundId: complete.roundId, companyName: 'Müller', locale: 'de', createdAt: complete.answeredAt });
    const input = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom(...BASE64URL) }).map((s) => `1.${s}`),
      fc.integer({ min: 0, max: code.length }).map((n) => code.slice(0, n)),
      fc.tuple(fc.integer({ min: 0, max: code.length }), fc.string({ maxLength: 8 })).map(([n, s]) => code.slice(0, n) + s + code.slice(n)),
      fc.integer({ min: 0, max: inv.length }).map((n) => inv.slice(0, n)),
    );
    fc.assert(
      fc.property(input, (text) => {
        for (const result of [decodeTeamAnswer(text, items), decodeInvitation(text)]) {
          if (!result.ok) expect(errors).toContain(result.error);
        }
      }),
      { numRuns: 500 },
    );
    expect(decodeTeamAnswer(42 as unknown as string, items)).toEqual({ ok: false, error: 'malformed' });
  });
});

describe('codes of the first version (times in whole minutes)', () => {
  // Made by the version-1 encoder and kept verbatim: links already sent out must keep opening.
  const v1 = {
    invitation: '1.IwEAAQIDBAUGBwC4msYcFELDpGNrZXJlaSBNw7xsbGVyIEFH6tlYSQ',
    named: '1.PAIAAQIDBAUGBwgJCgsMDSauQynLuU5dynLuU5dynLuUwPSaxhwDDEFuZHJlYSBNZWllcghMZXJuZW5kZWJvr3o',
    anonymous: '1.JgIAAQIDBAUGBw4PEBESEyauQ5wAAAAAAAAAAAAAAAAAAPaaxhwAtwK1og',
  };

  it('still open as invitations and answers, with their minute', () => {
    expect(decodeInvitation(v1.invitation)).toEqual({
      ok: true,
      value: { roundId: 'AAECAwQFBgc', companyName: 'Bäckerei Müller AG', locale: 'de', createdAt: '2026-12-01T09:00:00.000Z' },
    });
    expect(decodeTeamAnswer(v1.named, items)).toEqual({
      ok: true,
      value: { ...complete, roundId: 'AAECAwQFBgc', respondentId: 'CAkKCwwN', answeredAt: '2026-12-01T09:30:00.000Z' },
    });
    expect(decodeTeamAnswer(v1.anonymous, items)).toEqual({
      ok: true,
      value: { roundId: 'AAECAwQFBgc', respondentId: 'Dg8QERIT', answeredAt: '2026-12-01T09:31:00.000Z', answers: { 'x-1': 4, 'x-2': 'na' } },
    });
  });

  it('keep their kind check and their checksum', () => {
    expect(decodeTeamAnswer(v1.invitation, items)).toEqual({ ok: false, error: 'wrong-kind' });
    expect(decodeInvitation(v1.named)).toEqual({ ok: false, error: 'wrong-kind' });
    const i = 30;
    const other = BASE64URL[(BASE64URL.indexOf(v1.named[i]!) + 1) % 64]!;
    expect(decodeTeamAnswer(v1.named.slice(0, i) + other + v1.named.slice(i + 1), items)).toEqual({ ok: false, error: 'checksum' });
  });

  it('are written in the current version now, which keeps the milliseconds', () => {
    const answer = { ...complete, answeredAt: '2026-12-01T09:30:41.123Z' };
    const code = encodeTeamAnswer(answer, items);
    expect(code.startsWith('2.')).toBe(true);
    expect(decodeTeamAnswer(code, items)).toEqual({ ok: true, value: answer });
    const invitation = { roundId: 'AAECAwQFBgc', companyName: 'Müller', locale: 'en' as const, createdAt: '2026-12-01T09:00:07.500Z' };
    expect(decodeInvitation(encodeInvitation(invitation))).toEqual({ ok: true, value: invitation });
  });
});

describe('with the real content', () => {
  it('encodes a complete check of the real items with name and role in under 100 characters', async () => {
    const { content } = await import('../content');
    const answer: TeamAnswer = {
      ...complete,
      answers: Object.fromEntries(content.items.map((item, i) => [item.id, values[i % values.length]!])),
    };
    const code = encodeTeamAnswer(answer, content.items);
    expect(code.length).toBeLessThan(100);
    expect(decodeTeamAnswer(code, content.items)).toEqual({ ok: true, value: answer });
  });
});
