'use client';

import { startTransition, useEffect, useState } from 'react';
import { useHoldPrint, usePrintWanted } from './print-readiness';
import { useAfterIdle } from './use-after-idle';
import { whenIdle } from './when-idle';

/**
 * A module fetched once `when` is true, with a plain dynamic import (no loader component around it); null until it is
 * there, and for good if it cannot be fetched (offline before it ever was): the rest of the page works without it.
 * What it brings renders as a transition, which React splits into short slices instead of one long task.
 */
export function useModuleWhen<T>(when: boolean, load: () => Promise<T>): { module: T | null; failed: boolean } {
  const [state, setState] = useState<{ module: T | null; failed: boolean }>({ module: null, failed: false });
  const pending = state.module === null && !state.failed;
  useEffect(() => {
    if (!when || !pending) return;
    let current = true;
    const settle = (next: { module: T | null; failed: boolean }) => {
      if (current) startTransition(() => setState(next));
    };
    load().then(
      (module) => settle({ module, failed: false }),
      () => settle({ module: null, failed: true }),
    );
    return () => {
      current = false;
    };
    // `load` is a fresh arrow on every render; what it loads never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [when, pending]);
  return state;
}

/**
 * A module for a part below the first screen, fetched once the page around it has rendered with `needed` true and the
 * browser is idle (or at once when printing is asked for); null until then, and never while `needed` is false (nothing
 * on the page uses it yet). Printing waits for it: what is on paper is never left out because its code came late.
 */
export function useDeferredModule<T>(load: () => Promise<T>, { needed = true }: { needed?: boolean } = {}): T | null {
  const { module, failed } = useModuleWhen(useAfterIdle(needed) && needed, load);
  useHoldPrint(!needed || module !== null || failed);
  return module;
}

type Loaders = readonly (() => Promise<unknown>)[];
/** What `useDeferredModules` gives for `L`: each loader's module, or null. */
export type DeferredModules<L extends Loaders> = { -readonly [K in keyof L]: Awaited<ReturnType<L[K]>> | null };

/**
 * The modules of the parts below the first screen, in page order: the first is fetched once the page around them has
 * rendered with `needed` true and the browser is idle, and each next one once the one before it is on the page, so no
 * single task evaluates, renders and lays out all of them. A part never appears above one that is already there, so none
 * pushes another down. Each is null until it is there, and for good if it cannot be fetched. Printing fetches all that
 * are missing at once and waits for them. `loaders` must keep its identity (a module-level constant).
 */
export function useDeferredModules<L extends Loaders>(loaders: L, { needed = true }: { needed?: boolean } = {}): DeferredModules<L> {
  // What each loader gave, in order: a module, or null for one that failed; shorter than `loaders` until all settled.
  const [settled, setSettled] = useState<readonly unknown[]>([]);
  const wanted = usePrintWanted();
  const count = settled.length;
  useEffect(() => {
    if (!needed || count >= loaders.length) return;
    let current = true;
    const settle = (index: number, modules: unknown[]) => {
      if (current) startTransition(() => setSettled((old) => (old.length === index ? [...old, ...modules] : old)));
    };
    const load = (index: number) => loaders[index]!().then((module) => module, () => null);
    if (wanted) {
      void Promise.all(loaders.slice(count).map((_, i) => load(count + i))).then((modules) => settle(count, modules));
      return () => {
        current = false;
      };
    }
    const fetchNext = () => void load(count).then((module) => settle(count, [module]));
    const cancel = count === 0 ? whenIdle(fetchNext) : (fetchNext(), undefined);
    return () => {
      current = false;
      cancel?.();
    };
  }, [needed, count, wanted, loaders]);
  useHoldPrint(!needed || count >= loaders.length);
  return loaders.map((_, i) => settled[i] ?? null) as DeferredModules<L>;
}
