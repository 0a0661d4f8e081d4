'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import { whenIdle } from '@/components/ui/when-idle';

const SW_URL = '/serwist/sw.js';

function subscribeToNetwork(onChange: () => void) {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** The status texts, translated on the server. */
export type AppStatusTexts = { updateAvailable: string; reload: string; updateKeeps: string; offline: string };

/**
 * Registers the service worker and tells the user what it means: a new version waits until they reload (answers are
 * saved with every click, so nothing is lost), and without a network the app still works and sends nothing.
 */
export function AppStatus({ texts: t }: { texts: AppStatusTexts }) {
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);
  const online = useSyncExternalStore(subscribeToNetwork, () => navigator.onLine, () => true);

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    let cancelled = false;
    const offerIfWaiting = (registration: ServiceWorkerRegistration) => {
      // Only an update waits: the very first worker takes over at once, as there is nothing to replace.
      if (!cancelled && registration.waiting && navigator.serviceWorker.controller) setWaiting(registration.waiting);
    };
    const start = () => {
      // A worker already installed is asked to look for a new version; only a first visit registers one.
      const registered = navigator.serviceWorker.getRegistration('/').then(async (existing) => {
        if (existing?.active && new URL(existing.active.scriptURL).pathname === SW_URL) {
          void existing.update().catch(() => undefined);
          return existing;
        }
        return navigator.serviceWorker.register(SW_URL, { scope: '/', updateViaCache: 'none' });
      });
      registered
        .then((registration) => {
          const watch = (installing: ServiceWorker | null) => {
            installing?.addEventListener('statechange', () => {
              if (installing.state === 'installed') offerIfWaiting(registration);
            });
          };
          // The browser looks for a new version on every navigation, so by the time this runs one may be waiting
          // already, or still installing (its updatefound has fired then): both are offered too.
          offerIfWaiting(registration);
          watch(registration.installing);
          registration.addEventListener('updatefound', () => watch(registration.installing));
        })
        .catch(() => {
          // No worker (private mode, blocked by policy): the app works online as before.
        });
    };
    // Once the page has loaded and the browser is idle: a first install fetches every file of the build and the offline
    // pages, which must not compete with the page's own scripts and first render for the network and the processor.
    let cancelIdle: (() => void) | undefined;
    const afterLoad = () => {
      if (!cancelled) cancelIdle = whenIdle(start);
    };
    if (document.readyState === 'complete') afterLoad();
    else window.addEventListener('load', afterLoad, { once: true });
    return () => {
      cancelled = true;
      window.removeEventListener('load', afterLoad);
      cancelIdle?.();
    };
  }, []);

  const reload = () => {
    if (!waiting) return;
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  };

  return (
    <div className="app-status no-print" aria-live="polite">
      {waiting && (
        <p className="notice app-status__update" role="status">
          {t.updateAvailable} –{' '}
          <button type="button" className="button button--small" onClick={reload}>
            {t.reload}
          </button>{' '}
          <span className="muted">{t.updateKeeps}</span>
        </p>
      )}
      {!online && (
        <p className="notice app-status__offline" role="status">
          {t.offline}
        </p>
      )}
    </div>
  );
}
