import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { assessmentWithPlanSchema, limits, profileSchema, workspaceSchema } from './schemas';

describe('profileSchema', () => {
  it('keeps a full profile as it is', () => {
    const profile = { companyName: 'Bäckerei Müller AG', industry: 'Lebensmittel', size: '10-49', market: 'b2c' };
    expect(v.parse(profileSchema, profile)).toEqual(profile);
  });

  it('reads empty text and an empty select choice as "not specified"', () => {
    expect(v.parse(profileSchema, { companyName: '   ', industry: '', size: '', market: '' })).toEqual({
      companyName: undefined,
      industry: undefined,
      size: undefined,
      market: undefined,
    });
  });

  it('rejects a size band that does not exist', () => {
    expect(v.safeParse(profileSchema, { size: '250-999' }).success).toBe(false);
  });

  it('caps overlong text at the documented length, and reading the result again changes nothing', () => {
    const long = `${'x'.repeat(limits.companyName - 1)}  tail`;
    const once = v.parse(profileSchema, { companyName: long }).companyName!;
    expect(once.length).toBeLessThanOrEqual(limits.companyName);
    expect(once).toBe(once.trim());
    expect(v.parse(profileSchema, { companyName: once }).companyName).toBe(once);
  });

  it('never cuts an emoji in half at the cap', () => {
    const text = `${'a'.repeat(limits.companyName - 1)}😀`;
    const parsed = v.parse(profileSchema, { companyName: text }).companyName!;
    expect(parsed).toBe('a'.repeat(limits.companyName - 1));
    expect(/[\uD800-\uDBFF]$/.test(parsed)).toBe(false);
  });

  it('keeps HTML as plain text', () => {
    expect(v.parse(profileSchema, { companyName: '<script>alert(1)</script>' }).companyName).toBe('<script>alert(1)</script>');
  });
});

describe('assessmentWithPlanSchema', () => {
  const base = { id: 'a', createdAt: '2026-11-27T10:00:00.000Z', updatedAt: '2026-11-27T10:00:00.000Z' };

  it('fills defaults for everything optional', () => {
    expect(v.parse(assessmentWithPlanSchema, base)).toEqual({
      ...base,
      respondent: 'owner',
      coachMode: false,
      profile: {},
      answers: {},
      notes: {},
      actionPlan: { steps: {} },
      channels: { goals: [], existing: {} },
    });
  });

  it('rejects channel answers outside their choices, and keeps «none of these» apart from no answer', () => {
    const ok = { reach: 'local', goals: ['findable'], hours: 0.5, formats: [], existing: { facebook: 'dormant' } };
    expect(v.parse(assessmentWithPlanSchema, { ...base, channels: ok }).channels).toEqual(ok);
    for (const bad of [{ hours: 4 }, { reach: 'global' }, { goals: ['fame'] }, { existing: { myspace: 'active' } }, { existing: { x: 'sometimes' } }]) {
      expect(v.safeParse(assessmentWithPlanSchema, { ...base, channels: { ...ok, ...bad } }).success).toBe(false);
    }
    expect(v.parse(assessmentWithPlanSchema, { ...base, channels: { ...ok, formats: undefined } }).channels.formats).toBeUndefined();
  });

  it('rejects answers outside the scale', () => {
    expect(v.safeParse(assessmentWithPlanSchema, { ...base, answers: { 'time-weekly-hours': 6 } }).success).toBe(false);
    expect(v.safeParse(assessmentWithPlanSchema, { ...base, answers: { 'time-weekly-hours': 'maybe' } }).success).toBe(false);
  });

  it('rejects notes for dimensions that do not exist and a due date that is not 30, 60 or 90 days', () => {
    expect(v.safeParse(assessmentWithPlanSchema, { ...base, notes: { marketing: 'x' } }).success).toBe(false);
    expect(
      v.safeParse(assessmentWithPlanSchema, { ...base, actionPlan: { steps: { time: { step: 'x', due: '45' } } } }).success,
    ).toBe(false);
  });

  it('rejects an array wherever an object belongs, even an empty one', () => {
    const places = [
      { profile: [] },
      { answers: [] },
      { notes: [] },
      { actionPlan: [] },
      { actionPlan: { steps: [] } },
      { actionPlan: { steps: { time: [] } } },
      { channels: [] },
      { channels: { existing: [] } },
    ];
    for (const place of places) expect(v.safeParse(assessmentWithPlanSchema, { ...base, ...place }).success, JSON.stringify(place)).toBe(false);
  });

  it('takes every time the browser writes, and no text that is not a time with its offset', () => {
    const dates = fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true });
    fc.assert(
      fc.property(dates, (date) => {
        const iso = date.toISOString();
        expect(v.parse(assessmentWithPlanSchema, { ...base, createdAt: iso, updatedAt: iso }).createdAt).toBe(iso);
      }),
    );
    for (const bad of ['', 'yesterday', '2026-11-27', '2026-11-27T10:00:00', '2026-13-01T10:00:00Z', '+012026-11-27T10:00:00.000Z']) {
      expect(v.safeParse(assessmentWithPlanSchema, { ...base, createdAt: bad }).success, bad).toBe(false);
    }
  });

  it('caps a note at the documented length', () => {
    const parsed = v.parse(assessmentWithPlanSchema, { ...base, notes: { time: 'n'.repeat(limits.note + 50) } });
    expect(parsed.notes.time).toHaveLength(limits.note);
  });
});

describe('workspaceSchema', () => {
  it('starts empty', () => {
    expect(v.parse(workspaceSchema, {})).toEqual({ current: null, clients: [] });
  });

  it('rejects a client without a name', () => {
    const client = { id: 'c', name: '   ', createdAt: '2026-11-27T10:00:00.000Z' };
    expect(v.safeParse(workspaceSchema, { clients: [client] }).success).toBe(false);
  });
});
