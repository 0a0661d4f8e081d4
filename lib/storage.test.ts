import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { ITEMS_V1, RETIRED_ITEM_IDS } from './item-history';
import type { Assessment, Workspace } from './schemas';
import {
  BACKUP_KEY_PREFIX,
  CURRENT_VERSION,
  LAST_BACKUP_KEY,
  STORAGE_KEY,
  createEmptyWorkspace,
  loadWorkspace,
  migrateToCurrent,
  migrateV1toV2,
  migrateV2toV3TeamRounds,
  migrateV3toV4AddCoachProfile,
  migrateV4toV5RetiredItems,
  migrateV5toV6AddChannels,
  migrations,
  parseStoredWorkspace,
  saveWorkspace,
  serializeWorkspace,
  type StorageLike,
} from './storage';

const now = new Date('2026-11-27T14:05:00.000Z');

const assessment: Assessment = {
  id: 'a-1',
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-02T09:00:00.000Z',
  respondent: 'owner',
  coachMode: false,
  profile: { companyName: 'Bäckerei Müller AG', industry: 'Lebensmittel', size: '10-49', market: 'b2c' },
  answers: { 'x-1': 5, 'x-2': 'unknown', 'x-3': 'na' },
  notes: { strategy: '<script>alert(1)</script>' },
  actionPlan: { steps: { time: { step: 'Zwei Stunden pro Woche blocken', due: '30' } }, followUp: '2027-01-15' },
  channels: { reach: 'local', goals: ['regulars', 'findable'], hours: 1, formats: ['photo'], existing: { facebook: 'dormant' } },
};

const workspace: Workspace = {
  current: assessment,
  clients: [
    {
      id: 'c-1',
      name: 'Schreinerei Graf',
      createdAt: '2026-10-01T08:00:00.000Z',
      profile: {},
      targets: { strategy: 70 },
      assessments: [{ ...assessment, id: 'a-2', respondent: 'coach', coachMode: true }],
    },
  ],
};

/** The same owner's check as versions before 6 stored it: no channel answers. */
const withoutChannels = (a: Assessment): Omit<Assessment, 'channels'> => {
  const rest: Partial<Assessment> = { ...a };
  delete rest.channels;
  return rest as Omit<Assessment, 'channels'>;
};
const v5Assessment = withoutChannels(assessment);
const v5Workspace = { current: v5Assessment, clients: [] };
/** `workspace` as versions before 6 stored it, and as it opens today (no channel answers yet). */
const oldWorkspace = { ...workspace, current: v5Assessment, clients: workspace.clients.map((c) => ({ ...c, assessments: c.assessments.map(withoutChannels) })) };
const noChannels = { goals: [], existing: {} };
const oldReopened: Workspace = {
  ...workspace,
  current: { ...assessment, channels: noChannels },
  clients: workspace.clients.map((c) => ({ ...c, assessments: c.assessments.map((a) => ({ ...a, channels: noChannels })) })),
};

const v1Envelope = JSON.stringify({
  version: 1,
  savedAt: '2025-05-01T10:00:00.000Z',
  data: { answers: { 'x-1': 4, 'x-2': 'na' }, profile: { companyName: 'Alt AG', size: '1-9' }, updatedAt: '2025-05-01T09:58:00.000Z' },
});

/** An in-memory Storage whose methods can be made to throw. */
function createFakeStorage(initial: Record<string, string> = {}, fail: { get?: unknown; set?: unknown } = {}) {
  const items = new Map(Object.entries(initial));
  const storage: StorageLike = {
    getItem: (key) => {
      if (fail.get) throw fail.get;
      return items.get(key) ?? null;
    },
    setItem: (key, value) => {
      if (fail.set) throw fail.set;
      items.set(key, String(value));
    },
    removeItem: (key) => void items.delete(key),
  };
  return { storage, items };
}

describe('createEmptyWorkspace', () => {
  it('has no current assessment and no clients, and returns a fresh object each time', () => {
    expect(createEmptyWorkspace()).toEqual({ current: null, clients: [] });
    expect(createEmptyWorkspace()).not.toBe(createEmptyWorkspace());
  });
});

describe('serializeWorkspace / parseStoredWorkspace', () => {
  it('round-trips a workspace in a versioned envelope', () => {
    const raw = serializeWorkspace(workspace, now);
    expect(JSON.parse(raw)).toMatchObject({ version: CURRENT_VERSION, savedAt: '2026-11-27T14:05:00.000Z' });
    expect(parseStoredWorkspace(raw)).toEqual({ status: 'ok', workspace });
  });

  it('keeps HTML and script text as plain data', () => {
    const result = parseStoredWorkspace(serializeWorkspace(workspace, now));
    expect(result.status === 'ok' && result.workspace.current?.notes.strategy).toBe('<script>alert(1)</script>');
  });

  it('reports nothing stored as empty', () => {
    expect(parseStoredWorkspace(null)).toEqual({ status: 'empty', workspace: createEmptyWorkspace() });
    expect(parseStoredWorkspace('')).toEqual({ status: 'empty', workspace: createEmptyWorkspace() });
  });

  it('reports text that is not JSON as corrupt, keeping the raw text', () => {
    expect(parseStoredWorkspace('{"version": 2, ')).toEqual({
      status: 'corrupt',
      workspace: createEmptyWorkspace(),
      raw: '{"version": 2, ',
      reason: 'not-json',
    });
  });

  it('reports a wrong shape as corrupt', () => {
    for (const raw of [
      '42',
      'null',
      '[]',
      '{"data": {}}',
      '{"version": "2", "data": {}}',
      '{"version": 2.5, "data": {}}',
      '{"version": 2, "data": null}',
      '{"version": 2, "data": {"current": {"id": ""}}}',
      '{"version": 2, "data": {"clients": "none"}}',
      '{"version": 1, "data": {"answers": {"x-1": 9}, "updatedAt": "2025-05-01T09:58:00.000Z"}}',
      '{"version": 1, "data": "old"}',
    ]) {
      const result = parseStoredWorkspace(raw);
      expect(result).toMatchObject({ status: 'corrupt', reason: 'wrong-shape', raw });
      expect(result.workspace).toEqual(createEmptyWorkspace());
    }
  });

  it('reports a future or impossible version as unknown-version', () => {
    for (const version of [CURRENT_VERSION + 1, 99, 0, -1]) {
      const raw = JSON.stringify({ version, savedAt: now.toISOString(), data: workspace });
      expect(parseStoredWorkspace(raw)).toMatchObject({ status: 'corrupt', reason: 'unknown-version', raw });
    }
  });

  it('caps overlong text instead of rejecting the workspace', () => {
    const long = { ...workspace, current: { ...assessment, notes: { culture: 'x'.repeat(5000) } } };
    const result = parseStoredWorkspace(serializeWorkspace(long, now));
    expect(result.status === 'ok' && result.workspace.current?.notes.culture).toHaveLength(2000);
  });

  it('fills defaults for an older v2 workspace missing optional parts', () => {
    const raw = JSON.stringify({ version: 2, savedAt: now.toISOString(), data: {} });
    expect(parseStoredWorkspace(raw)).toEqual({
      status: 'ok',
      workspace: { ...createEmptyWorkspace(), rounds: [], participations: [] },
      migratedFrom: 2,
    });
  });

  it('fills defaults for a current workspace missing optional parts', () => {
    const raw = JSON.stringify({ version: CURRENT_VERSION, savedAt: now.toISOString(), data: {} });
    expect(parseStoredWorkspace(raw)).toEqual({ status: 'ok', workspace: createEmptyWorkspace() });
  });
});

describe('migrations', () => {
  it('has one step from every older version to the current one', () => {
    for (let v = 1; v < CURRENT_VERSION; v++) expect(typeof migrations[v]).toBe('function');
  });

  it('migrateV4toV5RetiredItems drops the answers to retired items everywhere, counts them, and keeps everything else', () => {
    const retired = RETIRED_ITEM_IDS[0]!;
    const data = {
      current: { ...assessment, answers: { ...assessment.answers, [retired]: 4, 'processes-replies': 2 } },
      clients: [
        { ...workspace.clients[0]!, assessments: [{ ...assessment, id: 'a-3', answers: { [retired]: 1, [RETIRED_ITEM_IDS[1]!]: 'na' } }] },
      ],
    };
    const result = migrateV4toV5RetiredItems(data);
    expect(result.droppedAnswers).toBe(3);
    const migrated = result.data as Workspace;
    expect(migrated.current?.answers).toEqual({ ...assessment.answers, 'processes-replies': 2 });
    expect(migrated.clients[0]?.assessments[0]?.answers).toEqual({});
    expect(migrated.clients[0]?.name).toBe(workspace.clients[0]!.name);
    expect(migrated.current?.notes).toEqual(assessment.notes);
    // Nothing to drop: the same data, counted 0.
    expect(migrateV4toV5RetiredItems(workspace)).toEqual({ data: workspace, droppedAnswers: 0 });
    expect(migrateV4toV5RetiredItems('old')).toEqual({ data: 'old', droppedAnswers: 0 });
  });

  it('opens a workspace stored by the version before the need step (a real sample): retired answers dropped, the rest kept', () => {
    const raw = readFileSync(fileURLToPath(new URL('./fixtures/workspace-v2.json', import.meta.url)), 'utf8').trim();
    const stored = JSON.parse(raw) as { version: number; data: Workspace };
    expect(stored.version).toBe(2);
    const result = parseStoredWorkspace(raw);
    if (result.status !== 'ok') throw new Error(`the old workspace no longer opens: ${result.status}`);
    const retiredIn = (a: Assessment | null | undefined) => Object.keys(a?.answers ?? {}).filter((id) => RETIRED_ITEM_IDS.includes(id));
    const expectedDrops = retiredIn(stored.data.current).length + stored.data.clients.flatMap((c) => c.assessments.flatMap(retiredIn)).length;
    expect(expectedDrops).toBeGreaterThan(0);
    expect(result).toMatchObject({ migratedFrom: 2, droppedAnswers: expectedDrops });
    const keep = (a: Assessment) => Object.fromEntries(Object.entries(a.answers).filter(([id]) => !RETIRED_ITEM_IDS.includes(id)));
    expect(result.workspace.current?.answers).toEqual(keep(stored.data.current!));
    expect(result.workspace.current?.actionPlan).toEqual(stored.data.current!.actionPlan);
    expect(result.workspace.current?.profile).toEqual(stored.data.current!.profile);
    expect(result.workspace.clients.map((c) => c.id)).toEqual(stored.data.clients.map((c) => c.id));
    expect(result.workspace.clients[0]?.assessments[0]?.answers).toEqual(keep(stored.data.clients[0]!.assessments[0]!));
    expect(result.workspace.clients[0]?.assessments[0]?.notes).toEqual(stored.data.clients[0]!.assessments[0]!.notes);
    expect(result.workspace.clients[0]?.targets).toEqual(stored.data.clients[0]!.targets);
    // Saved again, it is current and loads without a migration.
    expect(parseStoredWorkspace(serializeWorkspace(result.workspace, now))).toEqual({ status: 'ok', workspace: result.workspace });
    // Every answer in the sample was to an item of version 1.
    expect(Object.keys(stored.data.current!.answers).every((id) => ITEMS_V1.includes(id))).toBe(true);
  });

  it('migrateV1toV2 turns the first format into a workspace with the owner’s current assessment', () => {
    const data = {
      answers: { 'x-1': 4 },
      profile: { companyName: 'Alt AG' },
      updatedAt: '2025-05-01T09:58:00.000Z',
    };
    const migrated = migrateV1toV2(data);
    expect(migrated).toEqual({
      current: {
        id: expect.stringMatching(/^v1-/),
        createdAt: '2025-05-01T09:58:00.000Z',
        updatedAt: '2025-05-01T09:58:00.000Z',
        respondent: 'owner',
        coachMode: false,
        answers: { 'x-1': 4 },
        profile: { companyName: 'Alt AG' },
        notes: {},
        actionPlan: { steps: {} },
      },
      clients: [],
    });
    expect(migrateV1toV2(data)).toEqual(migrated); // same id every time: reloading before a save changes nothing
  });

  it('migrateV1toV2 fills missing answers and profile, and leaves non-objects for the schema to reject', () => {
    const migrated = migrateV1toV2({ updatedAt: '2025-05-01T09:58:00.000Z' }) as Workspace;
    expect(migrated.current).toMatchObject({ answers: {}, profile: {} });
    expect(migrateV1toV2('old')).toBe('old');
    expect(migrateV1toV2(null)).toBe(null);
  });

  it('migrateToCurrent refuses versions it has no path for', () => {
    expect(migrateToCurrent({}, CURRENT_VERSION)).toEqual({ data: {}, droppedAnswers: 0 });
    expect(migrateToCurrent({}, CURRENT_VERSION + 1)).toBeNull();
    expect(migrateToCurrent({}, 0)).toBeNull();
    expect(migrateToCurrent({}, 1.5)).toBeNull();
  });

  it('loads a v1 envelope as a current workspace and says it migrated', () => {
    const result = parseStoredWorkspace(v1Envelope);
    expect(result).toMatchObject({ status: 'ok', migratedFrom: 1 });
    expect(result.workspace).toEqual({
      current: {
        id: expect.stringMatching(/^v1-/),
        createdAt: '2025-05-01T09:58:00.000Z',
        updatedAt: '2025-05-01T09:58:00.000Z',
        respondent: 'owner',
        coachMode: false,
        answers: { 'x-1': 4, 'x-2': 'na' },
        profile: { companyName: 'Alt AG', size: '1-9' },
        notes: {},
        actionPlan: { steps: {} },
        channels: { goals: [], existing: {} },
      },
      clients: [],
      rounds: [],
      participations: [],
    });
  });

  it('migrateV2toV3TeamRounds adds empty rounds and keeps every v2 part as it was', () => {
    const v2 = JSON.parse(JSON.stringify(workspace)) as Record<string, unknown>;
    const migrated = migrateV2toV3TeamRounds(v2);
    expect(migrated).toEqual({ ...v2, rounds: [], participations: [] });
    expect(v2).not.toHaveProperty('rounds'); // the input is not changed
    expect(migrateV2toV3TeamRounds(migrated)).toEqual(migrated);
    expect(migrateV2toV3TeamRounds('old')).toBe('old');
    expect(migrateV2toV3TeamRounds(null)).toBe(null);
    expect(migrateV2toV3TeamRounds([1])).toEqual([1]);
  });

  it('loads a stored v2 envelope (the format before team rounds) with nothing lost', () => {
    const raw = JSON.stringify({ version: 2, savedAt: now.toISOString(), data: v5Workspace });
    expect(parseStoredWorkspace(raw)).toEqual({
      status: 'ok',
      workspace: { ...v5Workspace, current: { ...v5Workspace.current, channels: { goals: [], existing: {} } }, rounds: [], participations: [] },
      migratedFrom: 2,
    });
  });

  it('migrateV5toV6AddChannels drops whatever sits under `channels` in v5 data, everywhere, and keeps the rest', () => {
    const stray = { ...v5Workspace.current, channels: 'not a channel answer' };
    const data = {
      ...v5Workspace,
      current: stray,
      clients: [{ ...workspace.clients[0]!, assessments: [{ ...stray, id: 'a-3' }, v5Workspace.current] }],
      participations: [{ roundId: 'r', assessment: stray }],
    };
    const migrated = migrateV5toV6AddChannels(data) as Record<string, unknown>;
    expect(migrated).toEqual({
      ...v5Workspace,
      clients: [{ ...workspace.clients[0]!, assessments: [{ ...v5Workspace.current, id: 'a-3' }, v5Workspace.current] }],
      participations: [{ roundId: 'r', assessment: v5Workspace.current }],
    });
    expect(data.current).toHaveProperty('channels'); // the input is not changed
    expect(migrateV5toV6AddChannels(v5Workspace)).toEqual(v5Workspace);
    expect(migrateV5toV6AddChannels('old')).toBe('old');
    expect(migrateV5toV6AddChannels({ current: null, clients: [7] })).toEqual({ current: null, clients: [7] });
  });

  it('opens a v5 workspace (before the channel plan) with every check kept and no channel answers yet', () => {
    const raw = JSON.stringify({ version: 5, savedAt: now.toISOString(), data: { ...v5Workspace, current: { ...v5Workspace.current, channels: [1, 2] } } });
    const result = parseStoredWorkspace(raw);
    expect(result).toEqual({
      status: 'ok',
      workspace: { ...v5Workspace, current: { ...v5Workspace.current, channels: { goals: [], existing: {} } } },
      migratedFrom: 5,
    });
    // Saved again, it is current, and the channel answers given later are kept.
    if (result.status !== 'ok') throw new Error('not ok');
    const later = { ...result.workspace, current: { ...result.workspace.current!, channels: assessment.channels } };
    expect(parseStoredWorkspace(serializeWorkspace(later, now))).toEqual({ status: 'ok', workspace: later });
  });
});

describe('saveWorkspace', () => {
  it('saves the envelope under STORAGE_KEY', () => {
    const { storage, items } = createFakeStorage();
    expect(saveWorkspace(storage, workspace, now)).toEqual({ ok: true });
    expect(items.get(STORAGE_KEY)).toBe(serializeWorkspace(workspace, now));
    expect(loadWorkspace(storage)).toEqual({ status: 'ok', workspace });
  });

  it('reports a full storage as quota', () => {
    const { storage } = createFakeStorage({}, { set: new DOMException('full', 'QuotaExceededError') });
    expect(saveWorkspace(storage, workspace, now)).toEqual({ ok: false, reason: 'quota' });
    const firefox = createFakeStorage({}, { set: new DOMException('full', 'NS_ERROR_DOM_QUOTA_REACHED') });
    expect(saveWorkspace(firefox.storage, workspace, now)).toEqual({ ok: false, reason: 'quota' });
  });

  it('reports a forbidden, missing or otherwise failing storage as unavailable', () => {
    const blocked = createFakeStorage({}, { set: new DOMException('denied', 'SecurityError') });
    expect(saveWorkspace(blocked.storage, workspace, now)).toEqual({ ok: false, reason: 'unavailable' });
    const odd = createFakeStorage({}, { set: 'a thrown string' });
    expect(saveWorkspace(odd.storage, workspace, now)).toEqual({ ok: false, reason: 'unavailable' });
    expect(saveWorkspace(null, workspace, now)).toEqual({ ok: false, reason: 'unavailable' });
  });
});

describe('loadWorkspace', () => {
  it('returns an empty workspace when nothing is stored or storage is missing', () => {
    expect(loadWorkspace(createFakeStorage().storage)).toEqual({ status: 'empty', workspace: createEmptyWorkspace() });
    expect(loadWorkspace(null)).toEqual({ status: 'empty', workspace: createEmptyWorkspace() });
  });

  it('still gives the app a workspace when getItem throws', () => {
    const { storage } = createFakeStorage({}, { get: new DOMException('denied', 'SecurityError') });
    expect(loadWorkspace(storage)).toEqual({ status: 'empty', workspace: createEmptyWorkspace() });
  });

  it('migrates a stored v1 envelope', () => {
    const { storage } = createFakeStorage({ [STORAGE_KEY]: v1Envelope });
    expect(loadWorkspace(storage)).toMatchObject({ status: 'ok', migratedFrom: 1 });
  });

  it('keeps corrupt data as a backup and leaves the original in place', () => {
    const raw = '{"version": 2, "data": {"clients": 7}';
    const { storage, items } = createFakeStorage({ [STORAGE_KEY]: raw });
    const result = loadWorkspace(storage);
    expect(result).toMatchObject({ status: 'corrupt', reason: 'not-json', raw, workspace: createEmptyWorkspace() });
    expect(result.backupKey).toMatch(new RegExp(`^${BACKUP_KEY_PREFIX}\\d{4}-\\d{2}-\\d{2}T`));
    expect(items.get(result.backupKey!)).toBe(raw);
    expect(items.get(STORAGE_KEY)).toBe(raw);
  });

  it('keeps one backup however often the same unreadable data is loaded', () => {
    const { storage, items } = createFakeStorage({ [STORAGE_KEY]: '{not json' });
    const first = loadWorkspace(storage);
    expect(loadWorkspace(storage).backupKey).toBe(first.backupKey);
    expect(items.get(LAST_BACKUP_KEY)).toBe(first.backupKey);
    expect([...items.keys()].filter((key) => key.startsWith(BACKUP_KEY_PREFIX))).toEqual([first.backupKey]);

    // Different unreadable data, later, gets a backup of its own.
    items.set(STORAGE_KEY, '{"version": 99, "data": {}}');
    vi.useFakeTimers({ now: Date.now() + 60_000 });
    const other = loadWorkspace(storage);
    vi.useRealTimers();
    expect(other.backupKey).not.toBe(first.backupKey);
    expect(items.get(other.backupKey!)).toBe('{"version": 99, "data": {}}');
    expect(items.get(first.backupKey!)).toBe('{not json');
  });

  it('keeps data from a newer version as a backup instead of overwriting it', () => {
    const raw = JSON.stringify({ version: CURRENT_VERSION + 1, savedAt: now.toISOString(), data: { future: true } });
    const { storage, items } = createFakeStorage({ [STORAGE_KEY]: raw });
    const result = loadWorkspace(storage);
    expect(result).toMatchObject({ status: 'corrupt', reason: 'unknown-version' });
    expect(items.get(result.backupKey!)).toBe(raw);
  });

  it('still returns a clean workspace when the backup cannot be written', () => {
    const { storage } = createFakeStorage({ [STORAGE_KEY]: 'garbage' }, { set: new DOMException('full', 'QuotaExceededError') });
    const result = loadWorkspace(storage);
    expect(result).toEqual({ status: 'corrupt', reason: 'not-json', raw: 'garbage', workspace: createEmptyWorkspace() });
    expect(result.backupKey).toBeUndefined();
  });

  it('survives deeply nested stored JSON', () => {
    const raw = `{"version":2,"data":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    expect(loadWorkspace(createFakeStorage({ [STORAGE_KEY]: raw }).storage)).toMatchObject({
      status: 'corrupt',
      reason: 'wrong-shape',
    });
  });
});

describe('migrateV3toV4AddCoachProfile', () => {
  it('keeps a v3 workspace as it is: it has no letterhead, and v4 reads a missing one as empty', () => {
    const v3 = { current: null, clients: [], rounds: [], participations: [] };
    expect(migrateV3toV4AddCoachProfile(v3)).toBe(v3);
    const raw = JSON.stringify({ version: 3, savedAt: now.toISOString(), data: oldWorkspace });
    expect(parseStoredWorkspace(raw)).toEqual({ status: 'ok', workspace: oldReopened, migratedFrom: 3 });
    const older = JSON.stringify({ version: 2, savedAt: now.toISOString(), data: oldWorkspace });
    expect(parseStoredWorkspace(older)).toEqual({ status: 'ok', workspace: { ...oldReopened, rounds: [], participations: [] }, migratedFrom: 2 });
  });

  it('drops anything an older workspace held under the new name, so it cannot break the load', () => {
    expect(migrateV3toV4AddCoachProfile({ current: null, clients: [], coachProfile: 'junk' })).toEqual({ current: null, clients: [] });
    const raw = JSON.stringify({ version: 3, savedAt: now.toISOString(), data: { ...oldWorkspace, coachProfile: { logo: 'data:image/svg+xml,<svg/>' } } });
    expect(parseStoredWorkspace(raw)).toEqual({ status: 'ok', workspace: oldReopened, migratedFrom: 3 });
    expect(migrateV3toV4AddCoachProfile(null)).toBe(null);
  });

  it('round-trips a v4 workspace with a letterhead', () => {
    const withLetterhead: Workspace = {
      ...workspace,
      coachProfile: { name: 'Anna Coach', firm: 'Coaching AG', email: 'anna@example.ch', logo: 'data:image/png;base64,iVBORw0KGgo=' },
    };
    expect(parseStoredWorkspace(serializeWorkspace(withLetterhead, now))).toEqual({ status: 'ok', workspace: withLetterhead });
  });
});
