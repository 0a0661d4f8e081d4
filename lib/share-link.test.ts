import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dimensionIds } from './content-ids';
import { limits, type Notes } from './schemas';
import { MAX_SHARE_CODE_LENGTH, decodeShareCode } from './share-code';
import { assessmentFromShared, buildShareLink, readShareFragment, readSharedResults } from './share-link';
import { createAssessment } from './workspace';

const items = Array.from({ length: 38 }, (_, i) => ({ id: `x-${i + 1}` }));
const base = 'https://check.example/de/results';

function assessmentWith(notes: Notes) {
  return {
    ...createAssessment('a1', new Date('2026-11-27T14:05:00Z'), { profile: { companyName: 'Bäckerei Müller AG' } }),
    answers: Object.fromEntries(items.map((item, i) => [item.id, ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5])),
    notes,
  };
}

describe('buildShareLink', () => {
  it('puts the code in the fragment of the page it is given, replacing any fragment there', () => {
    const link = buildShareLink(`${base}#r=old`, assessmentWith({}), items, { withNotes: false });
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    expect(link.url.startsWith(`${base}#r=`)).toBe(true);
    const decoded = readSharedResults(new URL(link.url).hash, items);
    expect(decoded?.ok && decoded.value.answers).toEqual(assessmentWith({}).answers);
  });

  it('carries the channel answers, so the plan the recipient sees is the one the sender saw', () => {
    const channels = { reach: 'local' as const, goals: ['regulars' as const], hours: 1 as const, formats: ['photo' as const], existing: { facebook: 'dormant' as const } };
    const link = buildShareLink(base, { ...assessmentWith({}), channels }, items, { withNotes: false });
    if (!link.ok) throw new Error('the link fits');
    const decoded = readSharedResults(new URL(link.url).hash, items);
    expect(decoded?.ok && assessmentFromShared(decoded.value).channels).toEqual(channels);
  });

  it('leaves the notes out unless asked for', () => {
    const notes: Notes = { strategy: 'Ziele mit der Geschäftsleitung klären' };
    const without = buildShareLink(base, assessmentWith(notes), items, { withNotes: false });
    const withNotes = buildShareLink(base, assessmentWith(notes), items, { withNotes: true });
    if (!without.ok || !withNotes.ok) throw new Error('both links fit');
    const read = (url: string) => decodeShareCode(readShareFragment(new URL(url).hash)!, items);
    const plain = read(without.url);
    expect(plain.ok && plain.value.notes).toBeUndefined();
    expect(read(withNotes.url)).toMatchObject({ ok: true, value: { notes } });
  });

  it('refuses a link whose code the recipient could not open, and every link it gives opens', () => {
    const full = Object.fromEntries(dimensionIds.map((id) => [id, '€'.repeat(limits.note)])) as Notes;
    expect(buildShareLink(base, assessmentWith(full), items, { withNotes: true })).toEqual({ ok: false, error: 'too-long' });
    expect(buildShareLink(base, assessmentWith(full), items, { withNotes: false }).ok).toBe(true);

    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: limits.note }), { minLength: dimensionIds.length, maxLength: dimensionIds.length }), (texts) => {
        const notes = Object.fromEntries(dimensionIds.map((id, i) => [id, texts[i]!]).filter(([, t]) => t)) as Notes;
        const link = buildShareLink(base, assessmentWith(notes), items, { withNotes: true });
        if (!link.ok) return;
        const code = readShareFragment(new URL(link.url).hash)!;
        expect(code.length).toBeLessThanOrEqual(MAX_SHARE_CODE_LENGTH);
        expect(decodeShareCode(code, items).ok).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});

describe('assessmentFromShared', () => {
  it('keeps answers, profile, notes and date, and starts without an action plan', () => {
    const payload = { createdAt: '2026-11-27T14:05:00.000Z', answers: { 'x-1': 4 as const }, profile: { industry: 'Bau' }, notes: { time: 'knapp' } };
    expect(assessmentFromShared(payload)).toEqual({
      id: 'shared-2026-11-27T14:05:00.000Z',
      createdAt: payload.createdAt,
      updatedAt: payload.createdAt,
      respondent: 'owner',
      coachMode: false,
      profile: payload.profile,
      answers: payload.answers,
      notes: payload.notes,
      actionPlan: { steps: {} },
      channels: { goals: [], existing: {} },
    });
    expect(assessmentFromShared({ ...payload, notes: undefined }).notes).toEqual({});
    const channels = { reach: 'regional' as const, goals: ['applicants' as const], hours: 3 as const, formats: ['video' as const], existing: {} };
    expect(assessmentFromShared({ ...payload, channels }).channels).toEqual(channels);
  });
});
