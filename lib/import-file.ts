import * as v from 'valibot';
import { assessmentWithPlanSchema, workspaceSchema, type Assessment, type Client, type CoachProfile, type Workspace } from './schemas';
import { CURRENT_VERSION, migrateToCurrent } from './storage';
import { mergeRounds, roundsOf } from './team-round';

export const MAX_IMPORT_BYTES = 1_000_000;
export const MAX_JSON_DEPTH = 40;
export const EXPORT_FORMAT = 'social-media-check';

export type ExportFile = {
  format: typeof EXPORT_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  kind: 'assessment' | 'workspace';
  data: unknown;
};
export type ImportError =
  | 'too-large'
  | 'not-json'
  | 'too-deep'
  | 'forbidden-key'
  | 'wrong-format'
  | 'unknown-version'
  | 'wrong-shape';
export type ImportSummary = {
  kind: 'assessment' | 'workspace';
  clients: number;
  assessments: number;
  dates: string[] /* ISO createdAt of every assessment, sorted */;
  /** Answers to items the check no longer asks, dropped while reading a file of an earlier version. */
  droppedAnswers: number;
  /** Team rounds the file holds (none in a single check or a file from before team rounds), and their answers. */
  rounds: number;
  roundAnswers: number;
};
export type ImportResult =
  | { ok: true; kind: 'assessment'; assessment: Assessment; summary: ImportSummary }
  | { ok: true; kind: 'workspace'; workspace: Workspace; summary: ImportSummary }
  | { ok: false; error: ImportError };

/** Same caps as workspaceSchema and clientSchema in lib/schemas.ts: a merge must never produce a workspace they reject. */
const MAX_CLIENTS = 500;
const MAX_ASSESSMENTS_PER_CLIENT = 500;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Checks a file's size before it is read; returns 'too-large' above MAX_IMPORT_BYTES, else null. */
export function checkImportSize(bytes: number): ImportError | null {
  return bytes <= MAX_IMPORT_BYTES ? null : 'too-large';
}

/** Parses an exported file defensively (size, depth, prototype keys, format, version, schema); never throws. */
export function parseImportText(text: string): ImportResult {
  try {
    return parseUnsafe(text);
  } catch {
    return { ok: false, error: 'wrong-shape' }; // unreachable by design; a file must never crash the app
  }
}

function parseUnsafe(text: string): ImportResult {
  if (typeof text !== 'string') return fail('not-json');
  // UTF-8 never takes fewer bytes than UTF-16 code units, so the cheap check comes first.
  if (text.length > MAX_IMPORT_BYTES || checkImportSize(measureUtf8(text))) return fail('too-large');
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // editors on Windows add a BOM

  // Depth is measured on the text, so no parser (some are recursive) ever sees deep input.
  if (measureJsonDepth(source) > MAX_JSON_DEPTH) return fail('too-deep');
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch {
    return fail('not-json');
  }
  if (containsForbiddenKey(parsed)) return fail('forbidden-key');

  if (!isRecord(parsed) || parsed.format !== EXPORT_FORMAT) return fail('wrong-format');
  const { kind, schemaVersion, data } = parsed;
  if (kind !== 'assessment' && kind !== 'workspace') return fail('wrong-format');
  if (typeof schemaVersion !== 'number') return fail('wrong-format');
  const migrated = migrateExport(kind, data, schemaVersion);
  if (!migrated) return fail('unknown-version');

  if (kind === 'assessment') {
    const result = v.safeParse(assessmentWithPlanSchema, migrated.data);
    if (!result.success) return fail('wrong-shape');
    const assessment = result.output;
    return {
      ok: true,
      kind,
      assessment,
      summary: { kind, clients: 0, assessments: 1, dates: [assessment.createdAt], droppedAnswers: migrated.droppedAnswers, rounds: 0, roundAnswers: 0 },
    };
  }
  const result = v.safeParse(workspaceSchema, migrated.data);
  if (!result.success) return fail('wrong-shape');
  const workspace = result.output;
  const all = [...(workspace.current ? [workspace.current] : []), ...workspace.clients.flatMap((c) => c.assessments)];
  const rounds = roundsOf(workspace);
  return {
    ok: true,
    kind,
    workspace,
    summary: {
      kind,
      clients: workspace.clients.length,
      assessments: all.length,
      dates: sortIsoDates(all.map((a) => a.createdAt)),
      droppedAnswers: migrated.droppedAnswers,
      rounds: rounds.length,
      roundAnswers: rounds.reduce((sum, round) => sum + round.responses.length, 0),
    },
  };
}

/** Brings exported data of an older schemaVersion up to date with the storage migrations, or null for an unknown version. */
function migrateExport(
  kind: 'assessment' | 'workspace',
  data: unknown,
  version: number,
): { data: unknown; droppedAnswers: number } | null {
  if (kind === 'workspace') return migrateToCurrent(data, version);
  // Migrations work on whole workspaces: v1 data was the owner's single assessment, later ones are wrapped.
  const wrapped = version === 1 ? data : { current: data, clients: [] };
  const migrated = migrateToCurrent(wrapped, version);
  if (!migrated) return null;
  return { data: isRecord(migrated.data) ? migrated.data.current : undefined, droppedAnswers: migrated.droppedAnswers };
}

/** Builds the JSON file for one assessment (compact, to stay far below MAX_IMPORT_BYTES). */
export function buildAssessmentExport(assessment: Assessment, now: Date): string {
  return buildExport('assessment', assessment, now);
}

/** Builds the JSON file for the whole workspace; a file over MAX_IMPORT_BYTES could not be imported again, so the UI should warn. */
export function buildWorkspaceExport(workspace: Workspace, now: Date): string {
  return buildExport('workspace', workspace, now);
}

function buildExport(kind: ExportFile['kind'], data: unknown, now: Date): string {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    schemaVersion: CURRENT_VERSION,
    exportedAt: now.toISOString(),
    kind,
    data,
  };
  return JSON.stringify(file);
}

/**
 * Merges an imported workspace into the existing one: clients matched by id get the incoming assessments whose ids
 * are new (existing ones and the client's own fields are kept), unknown clients are appended, and `current` stays
 * the existing one unless that is null, as does a letterhead already set up; team rounds merge the same way (by round, then by
 * person). Anything beyond the schemas' caps (500 clients, 500 assessments each) is left out.
 */
export function mergeWorkspaces(existing: Workspace, incoming: Workspace): Workspace {
  const clients: Client[] = existing.clients.map((client) => ({ ...client, assessments: [...client.assessments] }));
  const byId = new Map(clients.map((client) => [client.id, client]));
  for (const client of incoming.clients) {
    const known = byId.get(client.id);
    if (known) {
      const ids = new Set(known.assessments.map((a) => a.id));
      for (const assessment of client.assessments) {
        if (ids.has(assessment.id) || known.assessments.length >= MAX_ASSESSMENTS_PER_CLIENT) continue;
        ids.add(assessment.id);
        known.assessments.push(assessment);
      }
    } else if (clients.length < MAX_CLIENTS) {
      const added = { ...client, assessments: dedupeById(client.assessments).slice(0, MAX_ASSESSMENTS_PER_CLIENT) };
      clients.push(added);
      byId.set(added.id, added);
    }
  }
  const merged: Workspace = { current: existing.current ?? incoming.current, clients };
  // Team rounds: known rounds gain the answers of people they lack; files from before team rounds have none.
  const teams = mergeRounds(existing, incoming);
  if (existing.rounds || incoming.rounds) merged.rounds = teams.rounds;
  if (existing.participations || incoming.participations) merged.participations = teams.participations;
  const coachProfile = pickCoachProfile(existing.coachProfile, incoming.coachProfile);
  if (coachProfile) merged.coachProfile = coachProfile;
  return merged;
}

/** The letterhead already set up in this browser wins; an empty one takes the imported letterhead. */
function pickCoachProfile(existing: CoachProfile | undefined, incoming: CoachProfile | undefined): CoachProfile | undefined {
  return existing && Object.values(existing).some((value) => value !== undefined) ? existing : incoming;
}

function dedupeById<T extends { id: string }>(list: readonly T[]): T[] {
  const seen = new Set<string>();
  return list.filter((entry) => !seen.has(entry.id) && seen.add(entry.id));
}

function fail(error: ImportError): ImportResult {
  return { ok: false, error };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function measureUtf8(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Deepest nesting of [ and { outside strings; one pass, no recursion. */
function measureJsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > max) max = depth;
      if (max > MAX_JSON_DEPTH) return max;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
}

/** Walks parsed JSON with an explicit stack, looking for keys that could reach Object.prototype in a careless merge. */
function containsForbiddenKey(root: unknown): boolean {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (const entry of value) stack.push(entry);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return true;
      stack.push((value as Record<string, unknown>)[key]);
    }
  }
  return false;
}

function sortIsoDates(dates: string[]): string[] {
  return [...dates].sort((a, b) => Date.parse(a) - Date.parse(b) || (a < b ? -1 : a > b ? 1 : 0));
}
