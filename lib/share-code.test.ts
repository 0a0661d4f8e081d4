import * as v from 'valibot';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dimensionIds } from './content-ids';
import { ITEMS_V1, RETIRED_ITEM_IDS, SHARE_ITEMS_BY_VERSION } from './item-history';
import {
  channelGoals,
  channelIds,
  channelStates,
  contentFormats,
  reaches,
  weeklyHours,
  type ChannelAnswers,
} from './channel-schema';
import { noteKeys, notesSchema, profileSchema, type AnswerValue, type Answers, type Notes, type Profile } from './schemas';
import {
  decodeShareCode,
  encodeShareCode,
  MAX_SHARE_CODE_LENGTH,
  SHARE_CODE_VERSION,
  type DecodeResult,
  type ShareError,
  type SharePayload,
} from './share-code';

const noChannels = (): ChannelAnswers => ({ goals: [], existing: {} });
/** The result of a current code that decoded to `value`; a payload without channel answers reads as none given. */
const decodedAs = (value: SharePayload): DecodeResult => ({
  ok: true,
  value: { ...value, channels: value.channels ?? noChannels() },
  version: SHARE_CODE_VERSION,
  droppedAnswers: 0,
});

const items = Array.from({ length: 36 }, (_, i) => ({ id: `x-${i + 1}` }));
const values: AnswerValue[] = [1, 2, 3, 4, 5, 'unknown', 'na'];
const shareErrors: ShareError[] = ['empty', 'too-long', 'malformed', 'unknown-version', 'checksum', 'truncated', 'invalid'];
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const complete: SharePayload = {
  createdAt: '2026-11-27T14:05:00.000Z',
  answers: Object.fromEntries(items.map((item, i) => [item.id, values[i % values.length]!])),
  profile: { companyName: 'Bäckerei Müller AG', industry: 'Lebensmittel', size: '10-49', market: 'b2c' },
};

/** The schemas trim after slicing, so one pass can leave trailing blanks; two passes reach their fixed point. */
const canonicalProfile = (p: unknown): Profile => v.parse(profileSchema, v.parse(profileSchema, p));
const canonicalNotes = (n: unknown): Notes => v.parse(notesSchema, v.parse(notesSchema, n));

const anyText = (maxLength: number) =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    // lone surrogates: what a length cap leaves when it cuts an emoji in half
    fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength }),
    fc.constantFrom('Bäckerei Müller AG', '<script>alert("x")</script>', '🥐🍞 Café «Zürich»', '  padded  ', ''),
  );

const minuteMin = Math.ceil(Date.parse('0000-01-01T00:00:00Z') / 60_000);
const minuteMax = Math.floor(Date.parse('9999-12-31T23:59:00Z') / 60_000);

/** Channel answers as the check stores them: lists in their canonical order, anything left open absent. */
const channelsArb: fc.Arbitrary<ChannelAnswers> = fc
  .record({
    reach: fc.option(fc.constantFrom(...reaches), { nil: undefined }),
    goals: fc.subarray([...channelGoals]),
    hours: fc.option(fc.constantFrom(...weeklyHours), { nil: undefined }),
    formats: fc.option(fc.subarray([...contentFormats]), { nil: undefined }),
    existing: fc.dictionary(fc.constantFrom(...channelIds), fc.constantFrom(...channelStates), { maxKeys: channelIds.length }),
  })
  .map(({ reach, goals, hours, formats, existing }) => {
    const channels: ChannelAnswers = { goals, existing };
    if (reach !== undefined) channels.reach = reach;
    if (hours !== undefined) channels.hours = hours;
    if (formats !== undefined) channels.formats = formats;
    return channels;
  });

const payloadArb: fc.Arbitrary<SharePayload> = fc
  .record({
    minutes: fc.integer({ min: minuteMin, max: minuteMax }),
    answers: fc.array(fc.option(fc.constantFrom(...values), { nil: undefined }), {
      minLength: items.length,
      maxLength: items.length,
    }),
    profile: fc.record(
      {
        companyName: anyText(120),
        industry: anyText(120),
        size: fc.constantFrom('1-9', '10-49', '50-249'),
        market: fc.constantFrom('b2b', 'b2c', 'mixed'),
        runner: fc.constantFrom('owner', 'employee', 'outside', 'undecided'),
      },
      { requiredKeys: [] },
    ),
    notes: fc.option(fc.dictionary(fc.constantFrom(...noteKeys), anyText(300), { maxKeys: 10 }), { nil: undefined }),
    channels: fc.option(channelsArb, { nil: undefined }),
  })
  .map(({ minutes, answers, profile, notes, channels }) => {
    const payload: SharePayload = {
      createdAt: new Date(minutes * 60_000).toISOString(),
      answers: Object.fromEntries(
        answers.flatMap((value, i) => (value === undefined ? [] : [[items[i]!.id, value]])),
      ) as Answers,
      profile: canonicalProfile(profile),
    };
    if (notes !== undefined) payload.notes = canonicalNotes(notes);
    if (channels !== undefined) payload.channels = channels;
    return payload;
  });

/** Any one character of a real code changed after its version: the decoder answers with one of its errors, never throws. */
function expectMutationsNeverThrow(codes: string[], current: readonly { id: string }[]) {
  fc.assert(
    fc.property(fc.constantFrom(...codes), fc.nat(), fc.constantFrom(...BASE64URL), (code, at, c) => {
      const i = 2 + (at % (code.length - 2));
      const result = decodeShareCode(code.slice(0, i) + c + code.slice(i + 1), current, SHARE_ITEMS_BY_VERSION);
      if (!result.ok) expect(shareErrors).toContain(result.error);
    }),
    { numRuns: 300 },
  );
}

function expectError(result: ReturnType<typeof decodeShareCode>, error: ShareError) {
  expect(result).toEqual({ ok: false, error });
}

describe('encodeShareCode / decodeShareCode', () => {
  it('encodes a complete 36-item assessment with a realistic profile in at most 200 characters', () => {
    const code = encodeShareCode(complete, items);
    expect(code.length).toBeLessThanOrEqual(200);
    expect(code).toMatch(/^3\.[A-Za-z0-9_-]+$/);
    expect(decodeShareCode(code, items)).toEqual(decodedAs(complete));
  });

  it('round-trips every valid payload (property)', () => {
    fc.assert(
      fc.property(payloadArb, (payload) => {
        const code = encodeShareCode(payload, items);
        expect(decodeShareCode(code, items)).toEqual(decodedAs(payload));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps notes absent, empty or partial exactly as given', () => {
    const withoutNotes = encodeShareCode(complete, items);
    const decoded = decodeShareCode(withoutNotes, items);
    expect(decoded.ok && 'notes' in decoded.value).toBe(false);
    for (const notes of [{}, { strategy: '' }, { offline: 'Messe im März', time: 'x' }] satisfies Notes[]) {
      expect(decodeShareCode(encodeShareCode({ ...complete, notes }, items), items)).toEqual(decodedAs({ ...complete, notes }));
    }
  });

  it('carries HTML and script text as plain data', () => {
    const payload: SharePayload = {
      ...complete,
      profile: { companyName: '<img src=x onerror=alert(1)>', industry: '"><script>alert(1)</script>' },
      notes: { culture: '<b>fett</b> & </textarea>' },
    };
    expect(decodeShareCode(encodeShareCode(payload, items), items)).toEqual(decodedAs(payload));
  });

  it('encodes an empty assessment', () => {
    const empty: SharePayload = { createdAt: '2026-01-01T00:00:00.000Z', answers: {}, profile: {} };
    const code = encodeShareCode(empty, items);
    expect(decodeShareCode(code, items)).toEqual(decodedAs(empty));
  });

  it('drops seconds and normalises offsets to UTC', () => {
    const code = encodeShareCode({ ...complete, createdAt: '2026-11-27T15:05:59.999+01:00' }, items);
    const result = decodeShareCode(code, items);
    expect(result.ok && result.value.createdAt).toBe('2026-11-27T14:05:00.000Z');
  });

  it('ignores answers to ids that are not items', () => {
    const code = encodeShareCode({ ...complete, answers: { 'x-1': 5, 'zz-unknown': 3 } }, items);
    const result = decodeShareCode(code, items);
    expect(result.ok && result.value.answers).toEqual({ 'x-1': 5 });
  });

  it('accepts a leading "#" and whitespace from wrapped links', () => {
    const code = encodeShareCode(complete, items);
    const wrapped = `#${code.slice(0, 30)}\n  ${code.slice(30)} `;
    expect(decodeShareCode(wrapped, items)).toEqual(decodedAs(complete));
  });

  it('leaves items appended to the content unanswered', () => {
    const code = encodeShareCode(complete, items.slice(0, 30));
    const result = decodeShareCode(code, items);
    expect(result.ok && Object.keys(result.value.answers)).toHaveLength(30);
  });

  it('rejects a code made for other or reordered items', () => {
    const code = encodeShareCode(complete, items);
    expectError(decodeShareCode(code, [...items].reverse()), 'invalid');
    expectError(decodeShareCode(code, items.slice(0, 35)), 'invalid');
    expectError(decodeShareCode(code, items.map((item) => ({ id: item.id.replace('x-', 'y-') }))), 'invalid');
  });
});

describe('decodeShareCode on bad input', () => {
  const code = encodeShareCode({ ...complete, notes: { strategy: 'Konzept fehlt' } }, items);
  const body = code.slice(2);

  it('reports an empty code', () => {
    expectError(decodeShareCode('', items), 'empty');
    expectError(decodeShareCode('  #  ', items), 'empty');
  });

  it('reports a code that is too long', () => {
    expectError(decodeShareCode('a'.repeat(MAX_SHARE_CODE_LENGTH + 1), items), 'too-long');
    expectError(decodeShareCode(`2.${'A'.repeat(MAX_SHARE_CODE_LENGTH)}`, items), 'too-long');
    expectError(decodeShareCode('x'.repeat(5_000_000), items), 'too-long');
  });

  it('produces an over-long code for maximal notes, which the UI must check before offering a link', () => {
    const notes = Object.fromEntries(dimensionIds.map((id) => [id, 'ü'.repeat(2000)])) as Notes;
    const longCode = encodeShareCode({ ...complete, notes }, items);
    expect(longCode.length).toBeGreaterThan(MAX_SHARE_CODE_LENGTH);
    expectError(decodeShareCode(longCode, items), 'too-long');
  });

  it('reports an unknown version', () => {
    expectError(decodeShareCode(`4.${body}`, items), 'unknown-version');
    expectError(decodeShareCode(`03.${body}`, items), 'unknown-version');
    expectError(decodeShareCode(`02.${body}`, items), 'unknown-version');
    expectError(decodeShareCode(`01.${body}`, items), 'unknown-version');
    expectError(decodeShareCode(`0.${body}`, items), 'unknown-version');
  });

  it('reports garbage as malformed', () => {
    for (const garbage of ['hello', '1', '2', '.abc', 'v1.abc', '1.abc def+/', '2.abc def+/', '1.ü', '2.ü', '2.====', 'javascript:alert(1)']) {
      const result = decodeShareCode(garbage, items);
      expect(result.ok).toBe(false);
      expect(['malformed', 'truncated']).toContain(!result.ok && result.error);
    }
    expectError(decodeShareCode('2.abc+', items), 'malformed');
  });

  it('reports a cut-off link as truncated', () => {
    for (let keep = 1; keep < body.length; keep++) {
      expectError(decodeShareCode(`2.${body.slice(0, keep)}`, items), 'truncated');
    }
    expectError(decodeShareCode('2.', items), 'truncated');
  });

  it('reports an appended character as malformed', () => {
    expectError(decodeShareCode(`${code}A`, items), 'malformed');
    expectError(decodeShareCode(`${code}AAAA`, items), 'malformed');
  });

  it('reports an altered character as a checksum error', () => {
    const at = Math.floor(body.length / 2);
    const altered = body[at] === 'A' ? 'B' : 'A';
    expectError(decodeShareCode(`2.${body.slice(0, at)}${altered}${body.slice(at + 1)}`, items), 'checksum');
  });

  it('never accepts a code with any single character changed (property)', () => {
    fc.assert(
      fc.property(fc.nat({ max: body.length - 1 }), fc.constantFrom(...BASE64URL), (at, c) => {
        fc.pre(body[at] !== c);
        const result = decodeShareCode(`2.${body.slice(0, at)}${c}${body.slice(at + 1)}`, items);
        expect(result.ok).toBe(false);
        // The first characters hold the length: changing them reads as cut off or padded.
        if (at >= 2 && at < body.length - 1) expect(result).toEqual({ ok: false, error: 'checksum' });
      }),
      { numRuns: 500 },
    );
  });

  it('never throws for random strings (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 400 }),
          fc.string({ unit: 'binary', maxLength: 400 }),
          fc.string({ unit: fc.constantFrom(...BASE64URL), maxLength: 400 }).map((s) => `1.${s}`),
          fc.string({ unit: fc.constantFrom(...BASE64URL), maxLength: 400 }).map((s) => `2.${s}`),
        ),
        (input) => {
          const result = decodeShareCode(input, items);
          if (!result.ok) expect(shareErrors).toContain(result.error);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never throws for mutated, truncated or spliced valid codes (property)', () => {
    fc.assert(
      fc.property(
        payloadArb,
        fc.array(
          fc.record({ at: fc.nat(), cut: fc.nat({ max: 8 }), insert: fc.string({ maxLength: 4 }) }),
          { minLength: 1, maxLength: 3 },
        ),
        (payload, edits) => {
          let mutated = encodeShareCode(payload, items);
          for (const { at, cut, insert } of edits) {
            const i = at % (mutated.length + 1);
            mutated = mutated.slice(0, i) + insert + mutated.slice(i + cut);
          }
          const result = decodeShareCode(mutated, items);
          if (!result.ok) expect(shareErrors).toContain(result.error);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws for a non-string at runtime', () => {
    expectError(decodeShareCode(undefined as unknown as string, items), 'malformed');
    expectError(decodeShareCode(42 as unknown as string, items), 'malformed');
  });
});

describe('with the real content', () => {
  it('round-trips a complete assessment of the real items, need step included, within 200 characters', async () => {
    const realItems = (await import('@/content')).shareItems;
    const payload: SharePayload = {
      ...complete,
      answers: Object.fromEntries(realItems.map((item, i) => [item.id, values[i % values.length]!])),
      profile: { ...complete.profile, runner: 'owner', market: 'mixed' },
    };
    const code = encodeShareCode(payload, realItems);
    expect(code.length).toBeLessThanOrEqual(200);
    expect(decodeShareCode(code, realItems, SHARE_ITEMS_BY_VERSION)).toEqual(decodedAs(payload));
  });
});

describe('links made by version 1 (real codes generated before the need step)', () => {
  const fixtures = JSON.parse(
    readFileSync(fileURLToPath(new URL('./fixtures/share-codes-v1.json', import.meta.url)), 'utf8'),
  ) as { name: string; code: string; payload: SharePayload }[];
  const v1Ids = JSON.parse(readFileSync(fileURLToPath(new URL('./fixtures/items-v1.json', import.meta.url)), 'utf8')) as string[];

  it('keeps the item order of version 1 that the fixtures were made with', () => {
    expect(ITEMS_V1).toEqual(v1Ids);
    expect(SHARE_ITEMS_BY_VERSION[1]).toBe(ITEMS_V1);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('still open: %s', async (_name, fixture) => {
    const current = (await import('@/content')).shareItems;
    expect(fixture.code).toMatch(/^1\./);
    const result = decodeShareCode(fixture.code, current, SHARE_ITEMS_BY_VERSION);
    if (!result.ok) throw new Error(`the old link no longer opens: ${result.error}`);
    const asked = new Set(current.map((i) => i.id));
    const kept = Object.fromEntries(Object.entries(fixture.payload.answers).filter(([id]) => asked.has(id)));
    const dropped = Object.keys(fixture.payload.answers).filter((id) => !asked.has(id));
    expect(dropped.every((id) => RETIRED_ITEM_IDS.includes(id))).toBe(true);
    expect(result.version).toBe(1);
    expect(result.droppedAnswers).toBe(dropped.length);
    expect(result.value.answers).toEqual(kept);
    expect(result.value.profile).toEqual(fixture.payload.profile);
    expect(result.value.createdAt).toBe(fixture.payload.createdAt);
    expect(result.value.notes).toEqual(fixture.payload.notes);
  });

  it('open only with the item order of their version: without it they are refused, not misread', async () => {
    const current = (await import('@/content')).shareItems;
    for (const fixture of fixtures) expectError(decodeShareCode(fixture.code, current), 'invalid');
  });

  it('a complete version 1 link loses exactly the answers to retired items', async () => {
    const current = (await import('@/content')).shareItems;
    const complete = fixtures.find((f) => Object.keys(f.payload.answers).length === ITEMS_V1.length)!;
    const result = decodeShareCode(complete.code, current, SHARE_ITEMS_BY_VERSION);
    expect(result.ok && result.droppedAnswers).toBe(RETIRED_ITEM_IDS.length);
  });

  it('never throws for mutated version 1 links (property)', async () => {
    expectMutationsNeverThrow(fixtures.map((f) => f.code), (await import('@/content')).shareItems);
  });
});

describe('links made by version 2 (real codes generated before the channel plan)', () => {
  const fixtures = JSON.parse(
    readFileSync(fileURLToPath(new URL('./fixtures/share-codes-v2.json', import.meta.url)), 'utf8'),
  ) as { name: string; code: string; payload: SharePayload }[];
  const v2Ids = JSON.parse(readFileSync(fileURLToPath(new URL('./fixtures/items-v2.json', import.meta.url)), 'utf8')) as string[];

  it('were made with the item order the check still asks', async () => {
    expect((await import('@/content')).shareItems.map((i) => i.id)).toEqual(v2Ids);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('still open, with no channel answers: %s', async (_name, fixture) => {
    const current = (await import('@/content')).shareItems;
    expect(fixture.code).toMatch(/^2\./);
    expect(decodeShareCode(fixture.code, current, SHARE_ITEMS_BY_VERSION)).toEqual({
      ok: true,
      value: { ...fixture.payload, channels: noChannels() },
      version: 2,
      droppedAnswers: 0,
    });
  });

  it('never throws for mutated version 2 links (property)', async () => {
    expectMutationsNeverThrow(fixtures.map((f) => f.code), (await import('@/content')).shareItems);
  });
});

describe('channel answers in the code', () => {
  const plan: ChannelAnswers = {
    reach: 'local',
    goals: ['regulars', 'findable'],
    hours: 1,
    formats: ['photo'],
    existing: { facebook: 'dormant', instagram: 'active', x: 'abandoned' },
  };

  it('round-trip exactly, «nothing of these» kept apart from «not answered»', () => {
    for (const channels of [plan, { ...plan, formats: [] }, { goals: [], existing: {} }, { ...plan, hours: 0 as const }] satisfies ChannelAnswers[]) {
      const decoded = decodeShareCode(encodeShareCode({ ...complete, channels }, items), items);
      expect(decoded).toEqual(decodedAs({ ...complete, channels }));
    }
    const none = decodeShareCode(encodeShareCode({ ...complete, channels: { ...plan, formats: undefined } }, items), items);
    expect(none.ok && none.value.channels).not.toHaveProperty('formats');
  });

  it('keep a complete check of the real items with a full channel plan within 200 characters', async () => {
    const realItems = (await import('@/content')).shareItems;
    const payload: SharePayload = {
      ...complete,
      answers: Object.fromEntries(realItems.map((item, i) => [item.id, values[i % values.length]!])),
      profile: { ...complete.profile, runner: 'owner', market: 'b2c' },
      channels: { ...plan, goals: [...channelGoals], formats: [...contentFormats], existing: Object.fromEntries(channelIds.map((id) => [id, 'dormant'])) },
    };
    const code = encodeShareCode(payload, realItems);
    expect(code.length).toBeLessThanOrEqual(200);
    expect(decodeShareCode(code, realItems, SHARE_ITEMS_BY_VERSION)).toEqual(decodedAs(payload));
  });
});
