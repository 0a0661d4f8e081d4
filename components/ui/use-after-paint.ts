'use client';

import { startTransition, useEffect, useState } from 'react';

/**
 * Calls `callback` once the browser has painted its next frame: the frame callback runs before that frame's paint, a
 * task queued from it runs after. Returns what cancels it.
 */
export function afterNextPaint(callback: () => void): () => void {
  let timer: number | undefined;
  const frame = window.requestAnimationFrame(() => {
    timer = window.setTimeout(callback, 0);
  });
  return () => {
    window.cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}

/**
 * False until the page has rendered with `after` true and the browser has then painted a frame: for what the first
 * screen does not show, so that fetching it never competes with what the first screen needs.
 */
export function useAfterPaint(after: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!after || painted) return;
    return afterNextPaint(() => startTransition(() => setPainted(true)));
  }, [after, painted]);
  return painted;
}
