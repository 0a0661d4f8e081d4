'use client';

import { startTransition, useEffect, useState } from 'react';
import { usePrintWanted } from './print-readiness';
import { whenIdle } from './when-idle';

/**
 * False on the first render, true once the page around it has rendered with `after` true and the browser has then been
 * idle (at the latest IDLE_TIMEOUT_MS later), or at once when printing starts or is asked for: for parts below the first
 * screen that need not hold up the first one. `after` is what they come after (the results being on screen, say); the
 * wait for idle starts only then.
 */
export function useAfterIdle(after = true): boolean {
  const [ready, setReady] = useState(false);
  // Printing (the print buttons, Ctrl+P, the browser's own print) asks for every part of the page: no waiting for idle.
  const wanted = usePrintWanted();
  useEffect(() => {
    if (!after) return;
    return whenIdle(() => startTransition(() => setReady(true)));
  }, [after]);
  return ready || wanted;
}
