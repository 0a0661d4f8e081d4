'use client';

import { useSyncExternalStore } from 'react';

const never = () => () => {};

/** The page's origin in the browser; '' while rendering on the server. */
export function useOrigin(): string {
  return useSyncExternalStore(never, () => window.location.origin, () => '');
}

function subscribeToHash(listener: () => void) {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

/** The URL fragment in the browser; null while rendering on the server. */
export function useHash(): string | null {
  return useSyncExternalStore(subscribeToHash, () => window.location.hash, () => null);
}
