'use client';

import { startTransition, useEffect, useState } from 'react';
import { usePrintWanted } from './print-readiness';

/**
 * False on the first render, true once the page around it has rendered and the browser is idle (at the latest after
 * `timeout` ms), or at once when printing starts or is asked for: for parts below the first screen that need not hold up the first one.
 */
export function useAfterIdle(timeout = 1500): boolean {
  const [ready, setReady] = useState(false);
  const wanted = usePrintWanted();
  useEffect(() => {
    const reveal = () => startTransition(() => setReady(true));
    const idle = window.requestIdleCallback ? window.requestIdleCallback(reveal, { timeout }) : window.setTimeout(reveal, 200);
    window.addEventListener('beforeprint', reveal);
    return () => {
      if (window.cancelIdleCallback) window.cancelIdleCallback(idle);
      else window.clearTimeout(idle);
      window.removeEventListener('beforeprint', reveal);
    };
  }, [timeout]);
  // Printing asked for every part of the page: no waiting for idle time.
  return ready || wanted;
}
