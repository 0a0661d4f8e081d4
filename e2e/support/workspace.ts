import type { Page } from '@playwright/test';
import type { Workspace } from '../../lib/schemas';
import { BACKUP_KEY_PREFIX, STORAGE_KEY, parseStoredWorkspace } from '../../lib/storage';

export { BACKUP_KEY_PREFIX, STORAGE_KEY };

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
