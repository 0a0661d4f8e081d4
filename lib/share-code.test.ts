import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dimensionIds } from './content-schema';
import { notesSchema, profileSchema, type AnswerValue, type Answers, type Notes, type Profile } from './schemas';
import { decodeShareCode, encodeShareCode, MAX_SHARE_CODE_LENGTH, type ShareError, type SharePayload } from './share-code';

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
const canonicalProfile = (p: unknown): Profile => profileSchema.parse(profileSchema.parse(p));
const canonicalNotes = (n: unknown): Notes => notesSchema.parse(notesSchema.parse(n));

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
        market: fc.constantFrom('b2b', 'b2c'),
      },
      { requiredKeys: [] },
    ),
    notes: fc.option(fc.dictionary(fc.constantFrom(...dimensionIds), anyText(300), { maxKeys: 9 }), { nil: undefined }),
  })
  .map(({ minutes, answers, profile, notes }) => {
    const payload: SharePayload = {
      createdAt: new Date(minutes * 60_000).toISOString(),
      answers: Object.fromEntries(
        answers.flatMap((value, i) => (value === undefined ? [] : [[items[i]!.id, value]])),
      ) as Answers,
      profile: canonicalProfile(profile),
    };
    if (notes !== undefined) payload.notes = canonicalNotes(notes);
    return payload;
  });

function expectError(result: ReturnType<typeof decodeShareCode>, error: ShareError) {
  expect(result).toEqual({ ok: false, error });
}

describe('encodeShareCode / decodeShareCode', () => {
  it('encodes a complete 36-item assessment with a realistic profile in at most 200 characters', () => {
    const code = encodeShareCode(complete, items);
    expect(code.length).toBeLessThanOrEqual(200);
    expect(code).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    expect(decodeShareCode(code, items)).toEqual({ ok: true, value: complete });
  });

  it('round-trips every valid payload (property)', () => {
    fc.assert(
      fc.property(payloadArb, (payload) => {
        const code = encodeShareCode(payload, items);
        expect(decodeShareCode(code, items)).toEqual({ ok: true, value: payload });
      }),
      { numRuns: 300 },
    );
  });

  it('keeps notes absent, empty or partial exactly as given', () => {
    const withoutNotes = encodeShareCode(complete, items);
    const decoded = decodeShareCode(withoutNotes, items);
    expect(decoded.ok && 'notes' in decoded.value).toBe(false);
    for (const notes of [{}, { strategy: '' }, { offline: 'Messe im März', time: 'x' }] satisfies Notes[]) {
      expect(decodeShareCode(encodeShareCode({ ...complete, notes }, items), items)).toEqual({
        ok: true,
        value: { ...complete, notes },
      });
    }
  });

  it('carries HTML and script text as plain data', () => {
    const payload: SharePayload = {
      ...complete,
      profile: { companyName: '<img src=x onerror=alert(1)>', industry: '"><script>alert(1)</script>' },
      notes: { culture: '<b>fett</b> & </textarea>' },
    };
    expect(decodeShareCode(encodeShareCode(payload, items), items)).toEqual({ ok: true, value: payload });
  });

  it('encodes an empty assessment', () => {
    const empty: SharePayload = { createdAt: '2026-01-01T00:00:00.000Z', answers: {}, profile: {} };
    const code = encodeShareCode(empty, items);
    expect(decodeShareCode(code, items)).toEqual({ ok: true, value: empty });
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
    expect(decodeShareCode(wrapped, items)).toEqual({ ok: true, value: complete });
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
    expectError(decodeShareCode(`1.${'A'.repeat(MAX_SHARE_CODE_LENGTH)}`, items), 'too-long');
    expectError(decodeShareCode('x'.repeat(5_000_000), items), 'too-long');
  });

  it('produces an over-long code for maximal notes, which the UI must check before offering a link', () => {
    const notes = Object.fromEntries(dimensionIds.map((id) => [id, 'ü'.repeat(2000)])) as Notes;
    const longCode = encodeShareCode({ ...complete, notes }, items);
    expect(longCode.length).toBeGreaterThan(MAX_SHARE_CODE_LENGTH);
    expectError(decodeShareCode(longCode, items), 'too-long');
  });

  it('reports an unknown version', () => {
    expectError(decodeShareCode(`2.${body}`, items), 'unknown-version');
    expectError(decodeShareCode(`01.${body}`, items), 'unknown-version');
    expectError(decodeShareCode(`0.${body}`, items), 'unknown-version');
  });

  it('reports garbage as malformed', () => {
    for (const garbage of ['hello', '1', '.abc', 'v1.abc', '1.abc def+/', '1.ü', '1.====', 'javascript:alert(1)']) {
      const result = decodeShareCode(garbage, items);
      expect(result.ok).toBe(false);
      expect(['malformed', 'truncated']).toContain(!result.ok && result.error);
    }
    expectError(decodeShareCode('1.abc+', items), 'malformed');
  });

  it('reports a cut-off link as truncated', () => {
    for (let keep = 1; keep < body.length; keep++) {
      expectError(decodeShareCode(`1.${body.slice(0, keep)}`, items), 'truncated');
    }
    expectError(decodeShareCode('1.', items), 'truncated');
  });

  it('reports an appended character as malformed', () => {
    expectError(decodeShareCode(`${code}A`, items), 'malformed');
    expectError(decodeShareCode(`${code}AAAA`, items), 'malformed');
  });

  it('reports an altered character as a checksum error', () => {
    const at = Math.floor(body.length / 2);
    const altered = body[at] === 'A' ? 'B' : 'A';
    expectError(decodeShareCode(`1.${body.slice(0, at)}${altered}${body.slice(at + 1)}`, items), 'checksum');
  });

  it('never accepts a code with any single character changed (property)', () => {
    fc.assert(
      fc.property(fc.nat({ max: body.length - 1 }), fc.constantFrom(...BASE64URL), (at, c) => {
        fc.pre(body[at] !== c);
        const result = decodeShareCode(`1.${body.slice(0, at)}${c}${body.slice(at + 1)}`, items);
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
  it('round-trips a complete assessment of the real items within 200 characters', async () => {
    let realItems: readonly { id: string }[] = [];
    try {
      realItems = (await import('@/content')).items;
    } catch {
      return; // content is still being written
    }
    if (realItems.length === 0) return;
    const payload: SharePayload = {
      ...complete,
      answers: Object.fromEntries(realItems.map((item, i) => [item.id, values[i % values.length]!])),
    };
    const code = encodeShareCode(payload, realItems);
    expect(code.length).toBeLessThanOrEqual(200);
    expect(decodeShareCode(code, realItems)).toEqual({ ok: true, value: payload });
  });
});
