/** At the latest after this long, idle or not. */
const IDLE_TIMEOUT_MS = 1500;

/** Calls `callback` once the browser is idle (at the latest IDLE_TIMEOUT_MS later); returns what cancels it. */
export function whenIdle(callback: () => void): () => void {
  if (!window.requestIdleCallback) {
    const timer = window.setTimeout(callback, 200);
    return () => window.clearTimeout(timer);
  }
  const idle = window.requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS });
  return () => window.cancelIdleCallback(idle);
}
