'use client';

import { startTransition, useEffect, useState } from 'react';

/**
 * False until the page has rendered with `after` true and the browser has then painted a frame: for what the first
 * screen does not show, so that fetching it never competes with what the first screen needs.
 */
export function useAfterPaint(after: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!after || painted) return;
    let timer: number | undefined;
    // The frame callback runs before that frame's paint; a task queued from it runs after the paint.
    const frame = window.requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setPainted(true)));
    });
    return () => {
      window.cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [after, painted]);
  return painted;
}
