import * as v from 'valibot';
import { RETIRED_ITEM_IDS } from './item-history';
import { workspaceSchema, type Workspace } from './schemas';

export const STORAGE_KEY = 'smc:workspace';
export const BACKUP_KEY_PREFIX = 'smc:backup:';
/** Which backup holds the data under STORAGE_KEY, so that loading the same unreadable data again adds no copy. */
export const LAST_BACKUP_KEY = 'smc:last-backup';
export const CURRENT_VERSION = 6;

export type Envelope = { version: number; savedAt: string; data: unknown };
export type LoadResult =
  | { status: 'empty'; workspace: Workspace }
  | {
      status: 'ok';
      workspace: Workspace;
      migratedFrom?: number;
      /** Answers to items the check no longer asks, dropped by the migration. */
      droppedAnswers?: number;
    }
  | { status: 'corrupt'; workspace: Workspace /* clean */; raw: string; reason: 'not-json' | 'wrong-shape' | 'unknown-version' };
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
export type SaveResult = { ok: true } | { ok: false; reason: 'quota' | 'unavailable' };

/** Returns a workspace with no current assessment and no clients. */
export function createEmptyWorkspace(): Workspace {
  return { current: null, clients: [] };
}

/** Wraps a workspace in the current versioned envelope, as JSON. */
export function serializeWorkspace(workspace: Workspace, now: Date): string {
  const envelope: Envelope = { version: CURRENT_VERSION, savedAt: now.toISOString(), data: workspace };
  return JSON.stringify(envelope);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Migrates v1 data (the check before the coach workspace: `{ answers, profile, updatedAt }`) to a v2 workspace;
 * the id is derived from `updatedAt`, so migrating the same data twice gives the same assessment.
 */
export function migrateV1toV2(data: unknown): unknown {
  if (!isRecord(data)) return data; // left for the schema to reject
  const { answers, profile, updatedAt } = data;
  const ms = typeof updatedAt === 'string' ? Date.parse(updatedAt) : Number.NaN;
  return {
    current: {
      id: Number.isNaN(ms) ? 'v1' : `v1-${ms.toString(36)}`,
      createdAt: updatedAt,
      updatedAt,
      respondent: 'owner',
      coachMode: false,
      answers: answers ?? {},
      profile: profile ?? {},
      notes: {},
      actionPlan: { steps: {} },
    },
    clients: [],
  };
}

/**
 * Migrates a v2 workspace (before team rounds) to v3: it gains empty `rounds` and `participations`; everything else is
 * kept as it is, unknown fields included, for the schema to judge.
 */
export function migrateV2toV3TeamRounds(data: unknown): unknown {
  if (!isRecord(data)) return data; // left for the schema to reject
  return { ...data, rounds: data.rounds ?? [], participations: data.participations ?? [] };
}

/**
 * Migrates a v3 workspace to v4, which may hold the coach's letterhead (`coachProfile`, optional, so v3 data is
 * already valid v4 data). v3 had no such field: whatever sits under that name is not a letterhead and is dropped,
 * so it can never fail the whole workspace. Everything else is kept as it is.
 */
export function migrateV3toV4AddCoachProfile(data: unknown): unknown {
  if (!isRecord(data) || !('coachProfile' in data)) return data; // the schema rejects what is not a record
  const rest = { ...data };
  delete rest.coachProfile;
  return rest;
}

const retired = new Set(RETIRED_ITEM_IDS);

/** Drops the answers to retired items from one stored assessment; returns it and how many were dropped. */
function dropRetiredAnswers(assessment: unknown): { assessment: unknown; dropped: number } {
  if (!isRecord(assessment) || !isRecord(assessment.answers)) return { assessment, dropped: 0 };
  const answers: Record<string, unknown> = {};
  let dropped = 0;
  for (const [id, value] of Object.entries(assessment.answers)) {
    if (retired.has(id)) dropped += 1;
    else answers[id] = value;
  }
  return { assessment: { ...assessment, answers }, dropped };
}

/**
 * Migrates v4 data (the check before the need step) to v5: answers to the items this version retired are dropped,
 * in the owner's check and in every client's; the new items are simply unanswered. Returns the data and the count.
 */
export function migrateV4toV5RetiredItems(data: unknown): { data: unknown; droppedAnswers: number } {
  if (!isRecord(data)) return { data, droppedAnswers: 0 }; // left for the schema to reject
  let droppedAnswers = 0;
  const drop = (assessment: unknown) => {
    const result = dropRetiredAnswers(assessment);
    droppedAnswers += result.dropped;
    return result.assessment;
  };
  const current = data.current === undefined || data.current === null ? data.current : drop(data.current);
  const clients = Array.isArray(data.clients)
    ? data.clients.map((client: unknown) =>
        isRecord(client) && Array.isArray(client.assessments) ? { ...client, assessments: client.assessments.map(drop) } : client,
      )
    : data.clients;
  return { data: { ...data, current, clients }, droppedAnswers };
}

/** Applies `fn` to every stored assessment: the owner's own, every client's, and every team round this person answered. */
function mapAssessments(data: Record<string, unknown>, fn: (assessment: unknown) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = { ...data };
  if (data.current !== undefined && data.current !== null) out.current = fn(data.current);
  if (Array.isArray(data.clients)) {
    out.clients = data.clients.map((client: unknown) =>
      isRecord(client) && Array.isArray(client.assessments) ? { ...client, assessments: client.assessments.map(fn) } : client,
    );
  }
  if (Array.isArray(data.participations)) {
    out.participations = data.participations.map((p: unknown) => (isRecord(p) && 'assessment' in p ? { ...p, assessment: fn(p.assessment) } : p));
  }
  return out;
}

/**
 * Migrates v5 data to v6, whose assessments carry the channel answers (`channels`, defaulted, so v5 data is already
 * valid v6 data and its checks simply have no channel plan yet). v5 had no such field: whatever sits under that name is
 * not a channel answer and is dropped, so it can never fail the whole workspace. Everything else is kept as it is.
 */
export function migrateV5toV6AddChannels(data: unknown): unknown {
  if (!isRecord(data)) return data; // left for the schema to reject
  return mapAssessments(data, (assessment) => {
    if (!isRecord(assessment) || !('channels' in assessment)) return assessment;
    const rest = { ...assessment };
    delete rest.channels;
    return rest;
  });
}

/** One step from version N to N + 1, with the answers it dropped. */
export type MigrationStep = (data: unknown) => { data: unknown; droppedAnswers: number };

/** Steps from version N to N + 1. */
export const migrations: Record<number, MigrationStep> = {
  1: (data) => ({ data: migrateV1toV2(data), droppedAnswers: 0 }),
  2: (data) => ({ data: migrateV2toV3TeamRounds(data), droppedAnswers: 0 }),
  3: (data) => ({ data: migrateV3toV4AddCoachProfile(data), droppedAnswers: 0 }),
  4: migrateV4toV5RetiredItems,
  5: (data) => ({ data: migrateV5toV6AddChannels(data), droppedAnswers: 0 }),
};

/** Brings data stored as `version` up to CURRENT_VERSION, or returns null when no migration path exists. */
export function migrateToCurrent(data: unknown, version: number): { data: unknown; droppedAnswers: number } | null {
  if (!Number.isInteger(version) || version < 1 || version > CURRENT_VERSION) return null;
  let current = data;
  let droppedAnswers = 0;
  for (let from = version; from < CURRENT_VERSION; from++) {
    const step = migrations[from];
    if (!step) return null;
    const result = step(current);
    current = result.data;
    droppedAnswers += result.droppedAnswers;
  }
  return { data: current, droppedAnswers };
}

/** Reads a stored envelope: migrates old versions, validates with the schemas, and reports anything unreadable as corrupt with the raw text. */
export function parseStoredWorkspace(raw: string | null): LoadResult {
  if (raw === null || raw === '') return { status: 'empty', workspace: createEmptyWorkspace() };
  const corrupt = (reason: 'not-json' | 'wrong-shape' | 'unknown-version'): LoadResult => ({
    status: 'corrupt',
    workspace: createEmptyWorkspace(),
    raw,
    reason,
  });

  let envelope: unknown;
  try {
    envelope = JSON.parse(raw);
  } catch {
    return corrupt('not-json');
  }
  if (!isRecord(envelope) || typeof envelope.version !== 'number' || !Number.isInteger(envelope.version)) {
    return corrupt('wrong-shape');
  }
  const version = envelope.version;
  let migrated: { data: unknown; droppedAnswers: number } | null;
  try {
    migrated = migrateToCurrent(envelope.data, version);
  } catch {
    return corrupt('wrong-shape');
  }
  if (!migrated) return corrupt('unknown-version');
  const parsed = v.safeParse(workspaceSchema, migrated.data);
  if (!parsed.success) return corrupt('wrong-shape');
  if (version === CURRENT_VERSION) return { status: 'ok', workspace: parsed.output };
  return migrated.droppedAnswers > 0
    ? { status: 'ok', workspace: parsed.output, migratedFrom: version, droppedAnswers: migrated.droppedAnswers }
    : { status: 'ok', workspace: parsed.output, migratedFrom: version };
}

/** Tells a full storage apart from a missing or forbidden one, across browsers. */
function isQuotaError(error: unknown): boolean {
  if (!isRecord(error) && !(error instanceof Error)) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** Saves the workspace under STORAGE_KEY; a full, missing or forbidden storage gives a reason instead of an exception. */
export function saveWorkspace(storage: StorageLike | null, workspace: Workspace, now: Date): SaveResult {
  if (!storage) return { ok: false, reason: 'unavailable' };
  try {
    storage.setItem(STORAGE_KEY, serializeWorkspace(workspace, now));
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: isQuotaError(error) ? 'quota' : 'unavailable' };
  }
}

/**
 * Loads the workspace; corrupt or future-version data is copied to BACKUP_KEY_PREFIX + timestamp (best effort,
 * `backupKey` says where) and a clean workspace is returned. The corrupt entry itself stays until the app saves again,
 * so without a `backupKey` the UI should offer `raw` for download before saving. Never throws.
 */
export function loadWorkspace(storage: StorageLike | null): LoadResult & { backupKey?: string } {
  if (!storage) return { status: 'empty', workspace: createEmptyWorkspace() };
  let raw: string | null;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch {
    return { status: 'empty', workspace: createEmptyWorkspace() };
  }
  const result = parseStoredWorkspace(raw);
  if (result.status !== 'corrupt') return result;
  // The corrupt entry stays until the next save: every page load would otherwise add another full copy.
  try {
    const previous = storage.getItem(LAST_BACKUP_KEY);
    if (previous?.startsWith(BACKUP_KEY_PREFIX) && storage.getItem(previous) === result.raw) {
      return { ...result, backupKey: previous };
    }
  } catch {
    // Unreadable pointer: make a new backup.
  }
  const backupKey = `${BACKUP_KEY_PREFIX}${new Date().toISOString()}`;
  try {
    storage.setItem(backupKey, result.raw);
  } catch {
    return result;
  }
  try {
    storage.setItem(LAST_BACKUP_KEY, backupKey);
  } catch {
    // The backup is written; without the pointer a later load merely makes another one.
  }
  return { ...result, backupKey };
}
