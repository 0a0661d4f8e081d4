'use client';

import { startTransition, useEffect, useState } from 'react';
import { useHoldPrint } from './print-readiness';
import { useAfterIdle } from './use-after-idle';

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
