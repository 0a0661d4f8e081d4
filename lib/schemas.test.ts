import { describe, expect, it } from 'vitest';
import { assessmentWithPlanSchema, limits, profileSchema, workspaceSchema } from './schemas';

describe('profileSchema', () => {
  it('keeps a full profile as it is', () => {
    const profile = { companyName: 'Bäckerei Müller AG', industry: 'Lebensmittel', size: '10-49', market: 'b2c' };
    expect(profileSchema.parse(profile)).toEqual(profile);
  });

  it('reads empty text and an empty select choice as "not specified"', () => {
    expect(profileSchema.parse({ companyName: '   ', industry: '', size: '', market: '' })).toEqual({
      companyName: undefined,
      industry: undefined,
      size: undefined,
      market: undefined,
    });
  });

  it('rejects a size band that does not exist', () => {
    expect(profileSchema.safeParse({ size: '250-999' }).success).toBe(false);
  });

  it('caps overlong text at the documented length, and reading the result again changes nothing', () => {
    const long = `${'x'.repeat(limits.companyName - 1)}  tail`;
    const once = profileSchema.parse({ companyName: long }).companyName!;
    expect(once.length).toBeLessThanOrEqual(limits.companyName);
    expect(once).toBe(once.trim());
    expect(profileSchema.parse({ companyName: once }).companyName).toBe(once);
  });

  it('never cuts an emoji in half at the cap', () => {
    const text = `${'a'.repeat(limits.companyName - 1)}😀`;
    const parsed = profileSchema.parse({ companyName: text }).companyName!;
    expect(parsed).toBe('a'.repeat(limits.companyName - 1));
    expect(/[\uD800-\uDBFF]$/.test(parsed)).toBe(false);
  });

  it('keeps HTML as plain text', () => {
    expect(profileSchema.parse({ companyName: '<script>alert(1)</script>' }).companyName).toBe('<script>alert(1)</script>');
  });
});

describe('assessmentWithPlanSchema', () => {
  const base = { id: 'a', createdAt: '2026-11-27T10:00:00.000Z', updatedAt: '2026-11-27T10:00:00.000Z' };

  it('fills defaults for everything optional', () => {
    expect(assessmentWithPlanSchema.parse(base)).toEqual({
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
    expect(assessmentWithPlanSchema.parse({ ...base, channels: ok }).channels).toEqual(ok);
    for (const bad of [{ hours: 4 }, { reach: 'global' }, { goals: ['fame'] }, { existing: { myspace: 'active' } }, { existing: { x: 'sometimes' } }]) {
      expect(assessmentWithPlanSchema.safeParse({ ...base, channels: { ...ok, ...bad } }).success).toBe(false);
    }
    expect(assessmentWithPlanSchema.parse({ ...base, channels: { ...ok, formats: undefined } }).channels.formats).toBeUndefined();
  });

  it('rejects answers outside the scale', () => {
    expect(assessmentWithPlanSchema.safeParse({ ...base, answers: { 'time-weekly-hours': 6 } }).success).toBe(false);
    expect(assessmentWithPlanSchema.safeParse({ ...base, answers: { 'time-weekly-hours': 'maybe' } }).success).toBe(false);
  });

  it('rejects notes for dimensions that do not exist and a due date that is not 30, 60 or 90 days', () => {
    expect(assessmentWithPlanSchema.safeParse({ ...base, notes: { marketing: 'x' } }).success).toBe(false);
    expect(
      assessmentWithPlanSchema.safeParse({ ...base, actionPlan: { steps: { time: { step: 'x', due: '45' } } } }).success,
    ).toBe(false);
  });

  it('caps a note at the documented length', () => {
    const parsed = assessmentWithPlanSchema.parse({ ...base, notes: { time: 'n'.repeat(limits.note + 50) } });
    expect(parsed.notes.time).toHaveLength(limits.note);
  });
});

describe('workspaceSchema', () => {
  it('starts empty', () => {
    expect(workspaceSchema.parse({})).toEqual({ current: null, clients: [] });
  });

  it('rejects a client without a name', () => {
    const client = { id: 'c', name: '   ', createdAt: '2026-11-27T10:00:00.000Z' };
    expect(workspaceSchema.safeParse({ clients: [client] }).success).toBe(false);
  });
});
