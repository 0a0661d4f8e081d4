'use client';

import { useEffect, useSyncExternalStore } from 'react';
import type { Workspace } from '@/lib/schemas';
import { STORAGE_KEY, createEmptyWorkspace, loadWorkspace, saveWorkspace, type StorageLike } from '@/lib/storage';

/** What the user must know about where their data lives right now. */
export type StoreNotice =
  | { kind: 'corrupt'; raw: string; backupKey?: string }
  | { kind: 'quota' }
  | { kind: 'unavailable' }
  | { kind: 'migrated'; from: number; droppedAnswers: number }
  | { kind: 'synced' };

export type StoreState = {
  ready: boolean;
  workspace: Workspace;
  /** 'memory' when the browser refuses storage: the app keeps working, but only an export keeps the data. */
  persistence: 'local' | 'memory';
  notices: StoreNotice[];
  /** Counts adoptions of another tab's data, so open forms can take the new values. */
  revision: number;
};

const serverState: StoreState = { ready: false, workspace: createEmptyWorkspace(), persistence: 'local', notices: [], revision: 0 };
let state: StoreState = serverState;
let loaded = false;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

function browserStorage(): StorageLike | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function addNotice(notices: StoreNotice[], notice: StoreNotice): StoreNotice[] {
  return [...notices.filter((n) => n.kind !== notice.kind), notice];
}

function load(): StoreState {
  const storage = browserStorage();
  const result = loadWorkspace(storage);
  let notices: StoreNotice[] = [];
  if (result.status === 'corrupt') notices = [{ kind: 'corrupt', raw: result.raw, backupKey: result.backupKey }];
  if (result.status === 'ok' && result.migratedFrom !== undefined) {
    notices = [{ kind: 'migrated', from: result.migratedFrom, droppedAnswers: result.droppedAnswers ?? 0 }];
  }
  return {
    ready: true,
    revision: state.revision,
    workspace: result.workspace,
    persistence: storage ? 'local' : 'memory',
    notices: storage ? notices : addNotice(notices, { kind: 'unavailable' }),
  };
}

function onStorage(event: StorageEvent) {
  // Another tab saved: adopt its data so both tabs show the same answers.
  if (event.key !== STORAGE_KEY && event.key !== null) return;
  const next = load();
  state = { ...next, revision: state.revision + 1, notices: addNotice(state.notices, { kind: 'synced' }) };
  emit();
}

function ensureLoaded() {
  if (loaded) return;
  loaded = true;
  state = load();
  window.addEventListener('storage', onStorage);
  emit();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Changes the workspace and saves it; a refused save switches to memory with a notice, losing nothing on screen. */
export function updateWorkspace(change: (workspace: Workspace) => Workspace) {
  ensureLoaded();
  const workspace = change(state.workspace);
  const saved = saveWorkspace(browserStorage(), workspace, new Date());
  if (saved.ok) {
    state = { ...state, workspace, persistence: 'local' };
  } else {
    state = { ...state, workspace, persistence: 'memory', notices: addNotice(state.notices, { kind: saved.reason }) };
  }
  emit();
}

/** Replaces the whole workspace (import, start clean after a corrupt store). */
export function replaceWorkspace(workspace: Workspace) {
  updateWorkspace(() => workspace);
}

/** Hides a notice the user has read. */
export function dismissNotice(kind: StoreNotice['kind']) {
  state = { ...state, notices: state.notices.filter((n) => n.kind !== kind) };
  emit();
}

/**
 * Reads the stored workspace once the page is in the browser, for every part of it that uses the workspace. In a task
 * of its own: the effects of the page's first render run first, and reading, checking and rendering the stored data
 * follows, so neither makes the other one long task on a phone.
 */
export function useLoadWorkspace() {
  useEffect(() => {
    const timer = window.setTimeout(ensureLoaded, 0);
    return () => window.clearTimeout(timer);
  }, []);
}

/** The workspace kept in this browser; `ready` is false until it has been read (never on the server). */
export function useWorkspace(): StoreState {
  const snapshot = useSyncExternalStore(
    subscribe,
    () => state,
    () => serverState,
  );
  useLoadWorkspace();
  return snapshot;
}
