/// <reference lib="webworker" />
import { NetworkFirst, NetworkOnly, Serwist, type PrecacheEntry, type SerwistGlobalConfig, type SerwistPlugin } from 'serwist';
import { guidancePath } from '@/lib/guidance';

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

// Injected at build time: every file under .next/static with its revision, so a new build is a new worker.
const manifest = self.__SW_MANIFEST ?? [];

/** A short, stable tag of this build, so each version keeps its pages beside the scripts they load. */
function tagOf(entries: readonly (PrecacheEntry | string)[]): string {
  let hash = 5381;
  for (const entry of entries) {
    const text = typeof entry === 'string' ? entry : `${entry.url}@${entry.revision ?? ''}`;
    for (let i = 0; i < text.length; i++) hash = ((hash * 33) ^ text.charCodeAt(i)) >>> 0;
  }
  return hash.toString(36);
}

const PAGES_PREFIX = 'smc-pages-';
const PAGES = `${PAGES_PREFIX}${tagOf(manifest)}`;
const ASSETS = 'smc-assets';
const locales = ['de', 'en'] as const;
const CLIENT_PAGE = '/coach/_';
/**
 * The pages one ordinary visit makes available offline, in both languages. A client's page reads the client from its
 * address in the browser, so one copy (`/coach/_`) serves every client, including those added offline.
 */
const offlinePages = locales.flatMap((locale) =>
  ['', '/check', '/results', '/methode', '/coach', CLIENT_PAGE].map((path) => `/${locale}${path}`),
);
/** The results' cards and channel texts: they belong to this build's pages, so they are kept beside them. */
const offlineData = locales.map((locale) => guidancePath(locale));
const offlineAssets = ['/manifest.webmanifest', '/favicon.ico', '/icon.svg', '/icons/icon-192.png', '/icons/icon-512.png'];

/** Pages are cached by path: the query (which client, which check) is read by the page in the browser. */
const byPath: SerwistPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => {
    const url = new URL(request.url);
    url.search = '';
    return url.href;
  },
  // Only complete pages of this origin: never an error page or a redirect.
  cacheWillUpdate: async ({ response }) => (response.status === 200 && !response.redirected ? response : null),
};

/** With no network and no copy of this exact page, the nearest page that works offline. */
const nearestPage: SerwistPlugin = {
  handlerDidError: async ({ request }) => {
    const { pathname } = new URL(request.url);
    // The start URL «/» is redirected by language online; offline the worker picks the language the same way.
    const preferred = self.navigator.language.toLowerCase().startsWith('en') ? 'en' : 'de';
    const locale = locales.find((l) => pathname === `/${l}` || pathname.startsWith(`/${l}/`)) ?? preferred;
    const cache = await caches.open(PAGES);
    const fallback = pathname.startsWith(`/${locale}/coach/`) ? `/${locale}${CLIENT_PAGE}` : `/${locale}`;
    return (await cache.match(new URL(fallback, self.location.origin).href)) ?? undefined;
  },
};

/**
 * The router's data requests get a plain, empty answer when the network is gone: Next.js then loads the page as a
 * whole document, which the page cache answers. No error reaches the page's console.
 */
const documentInstead: SerwistPlugin = {
  handlerDidError: async () => new Response('', { status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8' } }),
};

const serwist = new Serwist({
  precacheEntries: manifest,
  precacheOptions: { cleanupOutdatedCaches: true },
  // A new version waits until the page asks for it (the «reload» button), so it never swaps code under open answers.
  skipWaiting: false,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    {
      matcher: ({ request, sameOrigin }) => sameOrigin && request.headers.get('RSC') === '1',
      handler: new NetworkOnly({ plugins: [documentInstead] }),
    },
    {
      matcher: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
      // Online, every page comes fresh from the server with its own nonce and CSP header; the copy is the way back offline.
      handler: new NetworkFirst({ cacheName: PAGES, networkTimeoutSeconds: 5, plugins: [byPath, nearestPage] }),
    },
    {
      matcher: ({ request, sameOrigin, url }) => sameOrigin && request.method === 'GET' && offlineData.includes(url.pathname),
      handler: new NetworkFirst({ cacheName: PAGES, networkTimeoutSeconds: 5, plugins: [byPath] }),
    },
    {
      matcher: ({ request, sameOrigin, url }) => sameOrigin && request.method === 'GET' && !url.pathname.startsWith('/serwist/'),
      // Next links the icons with a cache-busting query; the copy fetched at install has none.
      handler: new NetworkFirst({ cacheName: ASSETS, networkTimeoutSeconds: 5, matchOptions: { ignoreSearch: true } }),
    },
  ],
});

/** Fetches the offline pages and icons into this version's caches; a page that fails now is cached on its next visit. */
async function warmCaches(): Promise<void> {
  const [pages, assets] = await Promise.all([caches.open(PAGES), caches.open(ASSETS)]);
  const put = async (cache: Cache, url: string) => {
    try {
      const response = await fetch(url, { credentials: 'same-origin', cache: 'no-store' });
      if (response.status === 200 && !response.redirected) await cache.put(new URL(url, self.location.origin).href, response);
    } catch {
      // Offline while installing: nothing to keep yet.
    }
  };
  await Promise.all([
    ...[...offlinePages, ...offlineData].map((url) => put(pages, url)),
    ...offlineAssets.map((url) => put(assets, url)),
  ]);
}

self.addEventListener('install', (event) => event.waitUntil(warmCaches()));
self.addEventListener('activate', (event) =>
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((key) => key.startsWith(PAGES_PREFIX) && key !== PAGES).map((key) => caches.delete(key)))),
  ),
);

serwist.addEventListeners();
