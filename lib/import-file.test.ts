import * as v from 'valibot';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RETIRED_ITEM_IDS } from './item-history';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  EXPORT_FORMAT,
  MAX_IMPORT_BYTES,
  MAX_JSON_DEPTH,
  buildAssessmentExport,
  buildWorkspaceExport,
  checkImportSize,
  mergeWorkspaces,
  parseImportText,
  type ImportError,
} from './import-file';
import { workspaceSchema, type Assessment, type Client, type Workspace } from './schemas';
import { CURRENT_VERSION } from './storage';

const now = new Date('2026-11-27T14:05:00.000Z');

function makeAssessment(id: string, createdAt: string, extra: Partial<Assessment> = {}): Assessment {
  return {
    id,
    createdAt,
    updatedAt: createdAt,
    respondent: 'owner',
    coachMode: false,
    profile: {},
    answers: { 'x-1': 3 },
    notes: {},
    actionPlan: { steps: {} },
    channels: { goals: [], existing: {} },
    ...extra,
  };
}

function makeClient(id: string, assessments: Assessment[], extra: Partial<Client> = {}): Client {
  return { id, name: `Kunde ${id}`, createdAt: '2026-01-01T00:00:00.000Z', profile: {}, targets: {}, assessments, ...extra };
}

const current = makeAssessment('a-own', '2026-11-20T10:00:00.000Z', {
  profile: { companyName: 'Bäckerei Müller AG', industry: 'Lebensmittel', size: '10-49', market: 'b2c' },
  notes: { strategy: '<script>alert("x")</script>', offline: '<img src=x onerror=alert(1)>' },
});
const workspace: Workspace = {
  current,
  clients: [
    makeClient('c-1', [
      makeAssessment('a-2', '2026-06-01T09:00:00.000Z', { respondent: 'coach', coachMode: true }),
      makeAssessment('a-1', '2026-01-15T09:00:00.000Z'),
    ]),
    makeClient('c-2', []),
  ],
};

const wrap = (fields: Record<string, unknown>) =>
  JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: CURRENT_VERSION, exportedAt: now.toISOString(), ...fields });

function expectError(text: string, error: ImportError) {
  expect(parseImportText(text)).toEqual({ ok: false, error });
}

afterEach(() => {
  // A failed pollution test must not leak into the rest of the run.
  delete (Object.prototype as Record<string, unknown>).polluted;
});

describe('checkImportSize', () => {
  it('accepts files up to 1 MB and refuses larger ones', () => {
    expect(checkImportSize(0)).toBeNull();
    expect(checkImportSize(MAX_IMPORT_BYTES)).toBeNull();
    expect(checkImportSize(MAX_IMPORT_BYTES + 1)).toBe('too-large');
    expect(checkImportSize(50_000_000)).toBe('too-large');
    expect(checkImportSize(Number.NaN)).toBe('too-large');
  });
});

describe('export and import', () => {
  it('round-trips one assessment with a summary', () => {
    const text = buildAssessmentExport(current, now);
    expect(JSON.parse(text)).toMatchObject({
      format: EXPORT_FORMAT,
      schemaVersion: CURRENT_VERSION,
      exportedAt: '2026-11-27T14:05:00.000Z',
      kind: 'assessment',
    });
    expect(parseImportText(text)).toEqual({
      ok: true,
      kind: 'assessment',
      assessment: current,
      summary: { kind: 'assessment', clients: 0, assessments: 1, dates: ['2026-11-20T10:00:00.000Z'], droppedAnswers: 0, rounds: 0, roundAnswers: 0 },
    });
  });

  it('round-trips a workspace with every assessment date, sorted', () => {
    expect(parseImportText(buildWorkspaceExport(workspace, now))).toEqual({
      ok: true,
      kind: 'workspace',
      workspace,
      summary: {
        kind: 'workspace',
        clients: 2,
        assessments: 3,
        dates: ['2026-01-15T09:00:00.000Z', '2026-06-01T09:00:00.000Z', '2026-11-20T10:00:00.000Z'],
        droppedAnswers: 0,
        rounds: 0,
        roundAnswers: 0,
      },
    });
  });

  it.each(['export-assessment-v2.json', 'export-workspace-v2.json'])(
    'opens %s, an export file of the version before the need step: retired answers dropped and counted',
    (name) => {
      const text = readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');
      const file = JSON.parse(text) as { schemaVersion: number; kind: string; data: unknown };
      expect(file.schemaVersion).toBe(2);
      const result = parseImportText(text);
      if (!result.ok) throw new Error(`the old export no longer opens: ${result.error}`);
      const assessments =
        result.kind === 'assessment'
          ? [{ before: file.data as Assessment, after: result.assessment }]
          : [
              { before: (file.data as Workspace).current!, after: result.workspace.current! },
              ...(file.data as Workspace).clients.flatMap((c, i) =>
                c.assessments.map((a, j) => ({ before: a, after: result.workspace.clients[i]!.assessments[j]! })),
              ),
            ];
      let dropped = 0;
      for (const { before, after } of assessments) {
        const kept = Object.fromEntries(Object.entries(before.answers).filter(([id]) => !RETIRED_ITEM_IDS.includes(id)));
        dropped += Object.keys(before.answers).length - Object.keys(kept).length;
        expect(after.answers).toEqual(kept);
        expect(after.id).toBe(before.id);
        expect(after.notes).toEqual(before.notes);
        expect(after.actionPlan).toEqual(before.actionPlan);
      }
      expect(dropped).toBeGreaterThan(0);
      expect(result.summary.droppedAnswers).toBe(dropped);
    },
  );

  it('sorts dates by instant even when offsets differ', () => {
    const ws: Workspace = {
      current: null,
      clients: [
        makeClient('c', [
          makeAssessment('a', '2026-01-01T10:00:00+02:00'),
          makeAssessment('b', '2026-01-01T09:00:00Z'),
        ]),
      ],
    };
    const result = parseImportText(buildWorkspaceExport(ws, now));
    expect(result.ok && result.summary.dates).toEqual(['2026-01-01T10:00:00+02:00', '2026-01-01T09:00:00Z']);
  });

  it('keeps HTML and script text as plain data', () => {
    const result = parseImportText(buildAssessmentExport(current, now));
    expect(result.ok && result.kind === 'assessment' && result.assessment.notes).toEqual({
      strategy: '<script>alert("x")</script>',
      offline: '<img src=x onerror=alert(1)>',
    });
  });

  it('caps overlong text through the schemas', () => {
    const text = wrap({
      kind: 'assessment',
      data: {
        ...current,
        coachName: 'C'.repeat(500),
        profile: { companyName: 'B'.repeat(500) },
        notes: { culture: 'n'.repeat(10_000) },
      },
    });
    const result = parseImportText(text);
    if (!result.ok || result.kind !== 'assessment') throw new Error('expected an assessment');
    expect(result.assessment.profile.companyName).toHaveLength(80);
    expect(result.assessment.coachName).toHaveLength(80);
    expect(result.assessment.notes.culture).toHaveLength(2000);
  });

  it('accepts a byte-order mark at the start', () => {
    expect(parseImportText(`\uFEFF${buildAssessmentExport(current, now)}`).ok).toBe(true);
  });

  it('imports a schemaVersion 1 file through the storage migration', () => {
    const v1 = { answers: { 'x-1': 4 }, profile: { companyName: 'Alt AG' }, updatedAt: '2025-05-01T09:58:00.000Z' };
    const single = parseImportText(wrap({ schemaVersion: 1, kind: 'assessment', data: v1 }));
    expect(single).toMatchObject({
      ok: true,
      kind: 'assessment',
      assessment: { createdAt: '2025-05-01T09:58:00.000Z', answers: { 'x-1': 4 }, respondent: 'owner' },
    });
    const whole = parseImportText(wrap({ schemaVersion: 1, kind: 'workspace', data: v1 }));
    expect(whole).toMatchObject({ ok: true, kind: 'workspace', summary: { clients: 0, assessments: 1 } });
  });

  it('imports a schemaVersion 2 file (made before team rounds) with nothing lost', () => {
    const v2 = { current: makeAssessment('a-1', '2026-11-01T09:00:00.000Z'), clients: [] };
    const whole = parseImportText(wrap({ schemaVersion: 2, kind: 'workspace', data: v2 }));
    expect(whole).toEqual({
      ok: true,
      kind: 'workspace',
      workspace: { ...v2, rounds: [], participations: [] },
      summary: { kind: 'workspace', clients: 0, assessments: 1, dates: ['2026-11-01T09:00:00.000Z'], droppedAnswers: 0, rounds: 0, roundAnswers: 0 },
    });
    const single = parseImportText(wrap({ schemaVersion: 2, kind: 'assessment', data: v2.current }));
    expect(single).toMatchObject({ ok: true, kind: 'assessment', assessment: v2.current });
  });

  it('carries team rounds and participations through export and import, and merges them by round and person', () => {
    const round = {
      id: 'AAAAAAAAAAA',
      companyName: 'Bäckerei Müller AG',
      locale: 'de' as const,
      createdAt: '2026-12-01T09:00:00.000Z',
      status: 'closed' as const,
      responses: [
        { respondentId: 'BBBBBBBB', answeredAt: '2026-12-01T09:30:00.000Z', receivedAt: '2026-12-01T10:00:00.000Z', answers: { 'x-1': 4 as const }, role: 'Lernende' },
      ],
    };
    const participation = {
      roundId: 'CCCCCCCCCCA',
      respondentId: 'DDDDDDDD',
      companyName: 'Graf',
      locale: 'en' as const,
      joinedAt: '2026-12-01T09:00:00.000Z',
      assessment: makeAssessment('p-1', '2026-12-01T09:00:00.000Z'),
    };
    const ws: Workspace = { current: null, clients: [], rounds: [round], participations: [participation] };
    const back = parseImportText(buildWorkspaceExport(ws, now));
    expect(back).toMatchObject({ ok: true, kind: 'workspace', workspace: ws, summary: { rounds: 1, roundAnswers: 1 } });
    const second = { respondentId: 'EEEEEEEE', answeredAt: '2026-12-01T09:40:00.000Z', receivedAt: '2026-12-01T10:00:00.000Z', answers: {} };
    const merged = mergeWorkspaces(ws, { ...ws, rounds: [{ ...round, responses: [...round.responses, second] }] });
    expect(merged.rounds![0]!.responses.map((r) => r.respondentId)).toEqual(['BBBBBBBB', 'EEEEEEEE']);
    expect(merged.participations).toEqual([participation]);
    expect(mergeWorkspaces({ current: null, clients: [] }, { current: null, clients: [] })).toEqual({ current: null, clients: [] });
  });
});

describe('the import summary', () => {
  it('counts the team rounds a file holds and the answers collected in them', () => {
    const response = (id: string) => ({ respondentId: id, answeredAt: '2026-12-01T09:30:00.000Z', receivedAt: '2026-12-01T10:00:00.000Z', answers: {} });
    const round = (id: string, responses: ReturnType<typeof response>[]) => ({
      id,
      companyName: 'Bäckerei Müller AG',
      locale: 'de' as const,
      createdAt: '2026-12-01T09:00:00.000Z',
      status: 'open' as const,
      responses,
    });
    const count = (rounds: Workspace['rounds']) => {
      const result = parseImportText(buildWorkspaceExport({ current: null, clients: [], ...(rounds ? { rounds } : {}) }, now));
      return result.ok ? [result.summary.rounds, result.summary.roundAnswers] : null;
    };
    expect(count(undefined)).toEqual([0, 0]);
    expect(count([])).toEqual([0, 0]);
    expect(count([round('AAAAAAAAAAA', [])])).toEqual([1, 0]);
    expect(count([round('AAAAAAAAAAA', [response('BBBBBBBB'), response('CCCCCCCC')]), round('AAAAAAAAAAE', [response('DDDDDDDD')])])).toEqual([2, 3]);
    const single = parseImportText(buildAssessmentExport(current, now));
    expect(single.ok && [single.summary.rounds, single.summary.roundAnswers]).toEqual([0, 0]);
  });
});

describe('parseImportText on bad input', () => {
  it('refuses text over 1 MB, counted in UTF-8 bytes', () => {
    expectError('x'.repeat(MAX_IMPORT_BYTES + 1), 'too-large');
    // 400 000 umlauts are 800 000 bytes: under the cap in characters, over it in bytes with 200 001 more
    expectError(`"${'ü'.repeat(400_000)}${'ü'.repeat(100_001)}"`, 'too-large');
    expectError(`"${'🥐'.repeat(250_001)}"`, 'too-large');
  });

  it('refuses text that is not JSON', () => {
    for (const text of ['', '   ', 'hello', '{"format":', "{'single': 1}", '<html></html>', '{"a":1}}']) {
      expectError(text, 'not-json');
    }
    expectError(undefined as unknown as string, 'not-json');
  });

  it('refuses 10 000 levels of nesting without a RangeError', () => {
    expectError('['.repeat(10_000) + ']'.repeat(10_000), 'too-deep');
    expectError('{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000), 'too-deep');
    expectError('['.repeat(1_000_000), 'too-deep');
  });

  it('accepts nesting up to MAX_JSON_DEPTH and ignores brackets inside strings', () => {
    expectError('['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH), 'wrong-format');
    expectError('['.repeat(MAX_JSON_DEPTH + 1) + ']'.repeat(MAX_JSON_DEPTH + 1), 'too-deep');
    const bracey = { ...current, notes: { culture: '[[[[{{{{'.repeat(100) + '\\"[[[' } };
    expect(parseImportText(wrap({ kind: 'assessment', data: bracey })).ok).toBe(true);
  });

  it('refuses prototype keys anywhere, and nothing is polluted', () => {
    const attacks = [
      '{"__proto__": {"polluted": true}}',
      '{"constructor": {"prototype": {"polluted": true}}}',
      wrap({ kind: 'assessment', data: JSON.parse('{"__proto__": {"polluted": true}}') }),
      `{"format":"${EXPORT_FORMAT}","schemaVersion":2,"kind":"workspace","data":{"clients":[{"id":"c","__proto__":{"polluted":true}}]}}`,
      '[{"a":[{"b":{"__proto__":{"polluted":true}}}]}]',
      '{"a":{"prototype":1}}',
      '{"\\u005f_proto__": {"polluted": true}}',
    ];
    for (const text of attacks) {
      expectError(text, 'forbidden-key');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
  });

  it('refuses files of another format', () => {
    for (const text of [
      '42',
      'null',
      '[]',
      '{"kind":"assessment","data":{}}',
      JSON.stringify({ format: 'other-app', schemaVersion: 2, kind: 'assessment', data: {} }),
      wrap({ kind: 'client', data: {} }),
      wrap({ kind: 'assessment', schemaVersion: '2', data: {} }),
      wrap({ kind: 'assessment', schemaVersion: undefined, data: {} }),
    ]) {
      expectError(text, 'wrong-format');
    }
  });

  it('refuses an unknown schemaVersion', () => {
    for (const schemaVersion of [CURRENT_VERSION + 1, 0, -1, 1.5, 1e9]) {
      expectError(wrap({ schemaVersion, kind: 'workspace', data: workspace }), 'unknown-version');
    }
  });

  it('refuses data of the wrong shape', () => {
    expectError(wrap({ kind: 'assessment', data: {} }), 'wrong-shape');
    expectError(wrap({ kind: 'assessment', data: { ...current, answers: { 'x-1': 9 } } }), 'wrong-shape');
    expectError(wrap({ kind: 'assessment', data: { ...current, createdAt: 'yesterday' } }), 'wrong-shape');
    expectError(wrap({ kind: 'workspace', data: { clients: [{ id: 'c' }] } }), 'wrong-shape');
    expectError(wrap({ kind: 'workspace', data: null }), 'wrong-shape');
    expectError(wrap({ kind: 'assessment', schemaVersion: 1, data: 'old' }), 'wrong-shape');
  });

  it('never throws for random text or mutated exports (property)', () => {
    const valid = buildWorkspaceExport(workspace, now);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.json({ maxDepth: 6 }),
          fc.record({ at: fc.nat({ max: valid.length }), cut: fc.nat({ max: 20 }), insert: fc.string({ maxLength: 10 }) }).map(
            ({ at, cut, insert }) => valid.slice(0, at) + insert + valid.slice(at + cut),
          ),
        ),
        (text) => {
          const result = parseImportText(text);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('mergeWorkspaces', () => {
  it('adds new assessments to known clients, keeps existing ones, appends new clients', () => {
    const incoming: Workspace = {
      current: makeAssessment('a-other', '2026-11-25T10:00:00.000Z'),
      clients: [
        makeClient(
          'c-1',
          [
            makeAssessment('a-1', '2026-01-15T09:00:00.000Z', { answers: { 'x-1': 1 } }),
            makeAssessment('a-3', '2026-11-01T09:00:00.000Z'),
          ],
          { name: 'Umbenannt' },
        ),
        makeClient('c-3', [makeAssessment('a-9', '2026-02-01T09:00:00.000Z')]),
      ],
    };
    const merged = mergeWorkspaces(workspace, incoming);
    expect(merged.current).toBe(current);
    expect(merged.clients.map((c) => c.id)).toEqual(['c-1', 'c-2', 'c-3']);
    const c1 = merged.clients[0]!;
    expect(c1.name).toBe('Kunde c-1');
    expect(c1.assessments.map((a) => a.id)).toEqual(['a-2', 'a-1', 'a-3']);
    expect(c1.assessments[1]!.answers).toEqual({ 'x-1': 3 }); // existing wins
    expect(workspace.clients[0]!.assessments).toHaveLength(2); // inputs untouched
  });

  it('takes the incoming current assessment only when there is none', () => {
    const incoming: Workspace = { current, clients: [] };
    expect(mergeWorkspaces({ current: null, clients: [] }, incoming).current).toBe(current);
  });

  it('is idempotent and merges duplicate incoming clients', () => {
    expect(mergeWorkspaces(workspace, workspace)).toEqual(workspace);
    const twice: Workspace = {
      current: null,
      clients: [
        makeClient('n', [makeAssessment('a', '2026-01-01T00:00:00.000Z')]),
        makeClient('n', [makeAssessment('a', '2026-01-01T00:00:00.000Z'), makeAssessment('b', '2026-02-01T00:00:00.000Z')]),
      ],
    };
    const merged = mergeWorkspaces({ current: null, clients: [] }, twice);
    expect(merged.clients).toHaveLength(1);
    expect(merged.clients[0]!.assessments.map((a) => a.id)).toEqual(['a', 'b']);
  });

  it('stays within the schema caps so the merged workspace can be stored and loaded', () => {
    const many = (prefix: string, n: number) =>
      Array.from({ length: n }, (_, i) => makeAssessment(`${prefix}${i}`, '2026-01-01T00:00:00.000Z'));
    const existing: Workspace = {
      current: null,
      clients: [makeClient('big', many('e', 400)), ...Array.from({ length: 449 }, (_, i) => makeClient(`e${i}`, []))],
    };
    const incoming: Workspace = {
      current: null,
      clients: [makeClient('big', many('i', 300)), ...Array.from({ length: 100 }, (_, i) => makeClient(`i${i}`, []))],
    };
    const merged = mergeWorkspaces(existing, incoming);
    expect(merged.clients).toHaveLength(500);
    expect(merged.clients[0]!.assessments).toHaveLength(500);
    expect(v.safeParse(workspaceSchema, merged).success).toBe(true);
  });
});

describe('the coach letterhead in workspace files', () => {
  const letterhead = { name: 'Anna Coach', firm: 'Coaching AG', website: 'coaching.example.ch', logo: 'data:image/png;base64,iVBORw0KGgo=' };

  it('travels in a workspace export and imports back', () => {
    const result = parseImportText(buildWorkspaceExport({ ...workspace, coachProfile: letterhead }, now));
    expect(result.ok && result.kind === 'workspace' && result.workspace.coachProfile).toEqual(letterhead);
  });

  it('stays out of a single assessment export', () => {
    expect(buildAssessmentExport(current, now)).not.toContain('Coaching AG');
  });

  it('imports a schemaVersion 2 workspace file, which had no letterhead', () => {
    const text = JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: 2, exportedAt: now.toISOString(), kind: 'workspace', data: workspace });
    expect(parseImportText(text)).toMatchObject({ ok: true, kind: 'workspace', workspace });
  });

  it('refuses a file whose logo is not a PNG or JPEG data URL', () => {
    const bad = { ...workspace, coachProfile: { logo: 'data:image/svg+xml;base64,PHN2Zz4=' } };
    expectError(buildWorkspaceExport(bad, now), 'wrong-shape');
  });

  it('keeps the letterhead set up in this browser when merging, and takes the imported one when there is none', () => {
    const mine = { ...workspace, coachProfile: { name: 'Mine' } };
    expect(mergeWorkspaces(mine, { ...workspace, coachProfile: letterhead }).coachProfile).toEqual({ name: 'Mine' });
    expect(mergeWorkspaces(workspace, { ...workspace, coachProfile: letterhead }).coachProfile).toEqual(letterhead);
    expect(mergeWorkspaces({ ...workspace, coachProfile: {} }, { ...workspace, coachProfile: letterhead }).coachProfile).toEqual(letterhead);
    expect(mergeWorkspaces(workspace, workspace)).not.toHaveProperty('coachProfile');
  });
});
