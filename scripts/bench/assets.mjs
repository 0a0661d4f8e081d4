import { gzipSync, constants as zlib } from 'node:zlib';
import { chromium } from '@playwright/test';
import { BROWSER_ARGS } from './browser.mjs';
import { identifyChunk } from './identify.mjs';

/**
 * Loads each page in a fresh Playwright context, waits for the load event, network quiet and then `settleMs`, and lists every script and
 * stylesheet the browser fetched from the app's origin (so chunks requested right after load count too).
 * Each file is then fetched once more without compression and gzipped here at level 9, so the numbers do not depend
 * on how the server compresses; the server's own transfer size is kept beside it for reference.
 */
export async function measureAssets({ chromiumPath, origin, pages, seed, sourceIndex, settleMs = 1000 }) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: BROWSER_ARGS, headless: true });
  const results = {};
  const bodies = new Map();
  try {
    for (const page of pages) {
      results[page.id] = await measurePage({ browser, origin, page, seed, settleMs, bodies, sourceIndex });
    }
  } finally {
    await browser.close();
  }
  return results;
}

async function waitForQuiet(tab, inflight, lastStart, { quietMs = 500, maxMs = 20_000 } = {}) {
  const deadline = Date.now() + maxMs;
  while (Date.now() < deadline) {
    if (inflight.size === 0 && Date.now() - lastStart() >= quietMs) return;
    await tab.waitForTimeout(100);
  }
}

async function fetchBody(url, bodies) {
  if (!bodies.has(url)) {
    const response = await fetch(url, { headers: { 'accept-encoding': 'identity' }, signal: AbortSignal.timeout(20_000) });
    if (!response.ok) throw new Error(`${url} answered ${response.status} on the second fetch`);
    bodies.set(url, Buffer.from(await response.arrayBuffer()));
  }
  return bodies.get(url);
}

async function measurePage({ browser, origin, page: spec, seed, settleMs, bodies, sourceIndex }) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  if (spec.seed) {
    await context.addInitScript(
      ([key, value]) => {
        try {
          window.localStorage.setItem(key, value);
        } catch {
          // opaque origins (about:blank) have no storage
        }
      },
      [seed.key, seed.value],
    );
  }
  const tab = await context.newPage();
  const assets = new Map();
  const foreignHosts = new Set();
  const pending = [];
  // Playwright's 'networkidle' never comes when the router prefetches a route that answers 404 (the page leaves that
  // body unread), so quiet is judged here: no request started for 500 ms and no script, style or document in flight.
  const inflight = new Set();
  let lastStart = Date.now();
  tab.on('request', (request) => {
    lastStart = Date.now();
    if (['script', 'stylesheet', 'document'].includes(request.resourceType())) inflight.add(request);
  });
  tab.on('requestfinished', (request) => inflight.delete(request));
  tab.on('requestfailed', (request) => inflight.delete(request));
  tab.on('response', (response) => {
    const request = response.request();
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) {
      foreignHosts.add(url.host);
      return;
    }
    const type = request.resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    pending.push(
      request
        .sizes()
        .catch(() => null)
        .then((sizes) => {
          if (assets.has(request.url())) return;
          assets.set(request.url(), {
            url: request.url(),
            path: url.pathname + url.search,
            type: type === 'script' ? 'js' : 'css',
            status: response.status(),
            contentEncoding: response.headers()['content-encoding'] ?? 'none',
            transferredBody: sizes?.responseBodySize ?? null,
          });
        }),
    );
  });
  tab.on('requestfailed', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol.startsWith('http')) foreignHosts.add(url.host);
  });

  let status = null;
  let rendered = null;
  let error = null;
  try {
    const response = await tab.goto(origin + spec.path, { waitUntil: 'load', timeout: 60_000 });
    status = response?.status() ?? null;
    await waitForQuiet(tab, inflight, () => lastStart);
    await tab.waitForTimeout(settleMs);
    if (spec.expect && status === 200) {
      rendered = await tab
        .locator(spec.expect)
        .first()
        .waitFor({ state: 'visible', timeout: 10_000 })
        .then(() => true)
        .catch(() => false);
    }
    // When did each file start relative to the load event: before it, or fetched right after?
    const timing = await tab.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        loadEventEnd: nav?.loadEventEnd ?? 0,
        starts: performance.getEntriesByType('resource').map((entry) => [entry.name, entry.startTime]),
      };
    });
    await Promise.all(pending);
    const starts = new Map(timing.starts);
    for (const asset of assets.values()) {
      const start = starts.get(asset.url);
      asset.afterLoad = start !== undefined && timing.loadEventEnd > 0 && start >= timing.loadEventEnd;
    }
  } catch (cause) {
    error = String(cause?.message ?? cause).split('\n')[0];
  } finally {
    await context.close();
  }

  const files = [];
  for (const asset of assets.values()) {
    if (asset.status !== 200) continue;
    const body = await fetchBody(asset.url, bodies);
    const gzip = gzipSync(body, { level: zlib.Z_BEST_COMPRESSION }).length;
    const contains = asset.type === 'js' ? identifyChunk(body.toString('utf8'), sourceIndex) : [];
    files.push({ ...asset, raw: body.length, gzip, contains });
  }
  files.sort((a, b) => b.gzip - a.gzip);
  const html = status === 200 ? await measureDocument(origin + spec.path).catch((cause) => ({ error: String(cause?.message ?? cause) })) : null;
  const sum = (type, key) => files.filter((f) => f.type === type).reduce((total, f) => total + (f[key] ?? 0), 0);
  return {
    path: spec.path,
    status,
    rendered,
    error,
    foreignHosts: [...foreignHosts],
    js: { files: files.filter((f) => f.type === 'js').length, gzip: sum('js', 'gzip'), raw: sum('js', 'raw'), transferred: sum('js', 'transferredBody') },
    jsAfterLoad: files.filter((f) => f.type === 'js' && f.afterLoad).reduce((total, f) => total + f.gzip, 0),
    css: { files: files.filter((f) => f.type === 'css').length, gzip: sum('css', 'gzip'), raw: sum('css', 'raw'), transferred: sum('css', 'transferredBody') },
    html,
    files,
  };
}

/**
 * The document as served (fetched again without compression, as a browser asking for de-CH): its size raw and gzip,
 * and the part that is the RSC payload (the inline `self.__next_f.push(…)` scripts) raw and gzip.
 */
export async function measureDocument(url) {
  const response = await fetch(url, {
    headers: { 'accept-encoding': 'identity', accept: 'text/html', 'accept-language': 'de-CH,de;q=0.9' },
    signal: AbortSignal.timeout(20_000),
  });
  const body = Buffer.from(await response.arrayBuffer());
  const text = body.toString('utf8');
  const rsc = [...text.matchAll(/<script\b[^>]*>(self\.__next_f\.push\([\s\S]*?\))<\/script>/g)].map((m) => m[1]).join('\n');
  const gz = (buffer) => gzipSync(buffer, { level: zlib.Z_BEST_COMPRESSION }).length;
  return { raw: body.length, gzip: gz(body), rscRaw: Buffer.byteLength(rsc), rscGzip: rsc ? gz(Buffer.from(rsc)) : 0 };
}
