import type { BrowserContext, Page } from '@playwright/test';
import { content } from '../../content';
import type { DimensionId } from '../../lib/content-schema';
import type { AnswerValue, Answers, Assessment, Client, Notes, Profile, Workspace } from '../../lib/schemas';
import { BACKUP_KEY_PREFIX, STORAGE_KEY, parseStoredWorkspace, serializeWorkspace } from '../../lib/storage';

export { BACKUP_KEY_PREFIX, STORAGE_KEY };

type Statement = { id: string; dimension: DimensionId | 'need' };
const statements: Statement[] = [...content.needItems.map((i) => ({ id: i.id, dimension: 'need' as const })), ...content.items];

/** Answers to every statement of the check, the need step's included; `value` decides each one. */
export function answerAll(value: (item: Statement, index: number) => AnswerValue): Answers {
  return Object.fromEntries(statements.map((item, index) => [item.id, value(item, index)]));
}

/** Answers every item of a dimension with `byDimension[dimension]`, the rest with `otherwise`. */
export function answerByDimension(byDimension: Partial<Record<DimensionId, AnswerValue>>, otherwise: AnswerValue): Answers {
  return answerAll((item) => (item.dimension === 'need' ? undefined : byDimension[item.dimension]) ?? otherwise);
}

/** A stored assessment as the app keeps it (all optional parts filled with their defaults). */
export function makeAssessment(
  options: {
    id?: string;
    createdAt?: string;
    answers?: Answers;
    profile?: Profile;
    notes?: Notes;
    coachName?: string;
    respondent?: Assessment['respondent'];
  } = {},
): Assessment {
  const createdAt = options.createdAt ?? '2026-03-05T10:30:00.000Z';
  return {
    id: options.id ?? `a-${createdAt.slice(0, 10)}`,
    createdAt,
    updatedAt: createdAt,
    respondent: options.respondent ?? 'owner',
    coachMode: options.respondent === 'coach',
    ...(options.coachName ? { coachName: options.coachName } : {}),
    profile: options.profile ?? {},
    answers: options.answers ?? {},
    notes: options.notes ?? {},
    actionPlan: { steps: {} },
    channels: { goals: [], existing: {} },
  };
}

export function makeClient(options: { id: string; name: string; createdAt?: string; assessments?: Assessment[]; profile?: Profile }): Client {
  return {
    id: options.id,
    name: options.name,
    createdAt: options.createdAt ?? '2026-01-10T09:00:00.000Z',
    profile: options.profile ?? {},
    targets: {},
    assessments: options.assessments ?? [],
  };
}

/** The text the app stores under STORAGE_KEY for this workspace (the current versioned envelope). */
export function storedText(workspace: Workspace): string {
  return serializeWorkspace(workspace, new Date('2026-03-05T12:00:00.000Z'));
}

/**
 * Puts these entries into localStorage before the first page of each tab runs any script, once per tab
 * (a sessionStorage flag keeps reloads and later navigations from seeding again).
 */
export async function seedStorage(target: Page | BrowserContext, entries: Record<string, string>) {
  await target.addInitScript((seed: Record<string, string>) => {
    try {
      if (window.sessionStorage.getItem('e2e:seeded')) return;
      window.sessionStorage.setItem('e2e:seeded', '1');
      for (const [key, value] of Object.entries(seed)) window.localStorage.setItem(key, value);
    } catch {
      // about:blank and other opaque origins have no storage: nothing to seed there.
    }
  }, entries);
}

/** Seeds the app's own store with a workspace. */
export async function seedWorkspace(target: Page | BrowserContext, workspace: Workspace) {
  await seedStorage(target, { [STORAGE_KEY]: storedText(workspace) });
}

/** Every localStorage entry of the page's origin. */
export async function readStorage(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const entries: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      entries[key] = localStorage.getItem(key)!;
    }
    return entries;
  });
}

/** The workspace stored in the page's origin, read with the app's own parser (null when nothing is stored). */
export async function readWorkspace(page: Page): Promise<Workspace | null> {
  const raw = (await readStorage(page))[STORAGE_KEY] ?? null;
  const result = parseStoredWorkspace(raw);
  if (result.status === 'corrupt') throw new Error(`the stored workspace is unreadable (${result.reason})`);
  return result.status === 'empty' ? null : result.workspace;
}
