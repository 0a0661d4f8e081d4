import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium } from '@playwright/test';
import { launchDebuggableChromium } from './browser.mjs';

export const PRESETS = ['mobile', 'desktop'];
const RUN_LIMIT_MS = 120_000;
const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
};

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const medianRun = (runs) => [...runs].sort((a, b) => a.score - b.score)[Math.floor((runs.length - 1) / 2)];

/**
 * Writes the seed into localStorage of the app's origin in the browser Lighthouse will use, checks once (`verify`) that
 * the page then renders its marker, and leaves everything else as cold as Lighthouse's own reset does for the other
 * pages and the reference: HTTP cache emptied, and no service worker or Cache Storage from an earlier run or the check.
 * (A service worker kept from the previous run would serve the page and its scripts from its precache; Chromium then
 * compiles those scripts on the main thread instead of streaming them, which no other page of the bench pays.)
 */
async function seedBrowser({ port, origin, page, seed, verify }) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const context = browser.contexts()[0];
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await tab.goto(`${origin}/icon.svg`);
    await tab.evaluate(([key, value]) => window.localStorage.setItem(key, value), [seed.key, seed.value]);
    let rendered = null;
    if (verify && page.expect) {
      await tab.goto(origin + page.path, { waitUntil: 'load' });
      rendered = await tab
        .locator(page.expect)
        .first()
        .waitFor({ state: 'visible', timeout: 15_000 })
        .then(() => true)
        .catch(() => false);
    }
    await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'service_workers,cache_storage' });
    await cdp.send('Network.clearBrowserCache');
    await tab.close();
    return rendered;
  } finally {
    // Over CDP this only disconnects: the browser and its default profile stay for Lighthouse.
    await browser.close();
  }
}

/** One Lighthouse navigation against the already running chromium; returns the metrics or the error. */
async function runOnce({ port, url, preset, keepStorage }) {
  const flags = {
    port,
    hostname: '127.0.0.1',
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
    disableStorageReset: keepStorage,
    maxWaitForLoad: 45_000,
    // Neither counts toward the performance score; both cost seconds per run.
    disableFullPageScreenshot: true,
    skipAudits: ['bf-cache'],
  };
  const result = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
  const lhr = result?.lhr;
  if (!lhr) return { error: 'no result' };
  if (lhr.runtimeError) return { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` };
  const score = lhr.categories.performance?.score;
  const run = { score: typeof score === 'number' ? Math.round(score * 100) : null, warnings: lhr.runWarnings ?? [] };
  for (const [key, audit] of Object.entries(METRICS)) run[key] = lhr.audits[audit]?.numericValue ?? null;
  run.lcpElement = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? null;
  run.shifts = (lhr.audits['layout-shifts']?.details?.items ?? [])
    .slice(0, 3)
    .map((item) => ({ score: item.score, node: item.node?.snippet ?? item.node?.selector ?? '?' }));
  run.benchmarkIndex = lhr.environment?.benchmarkIndex ?? null;
  // Where the main thread went: by kind of work, and by script (what TBT is made of).
  run.mainThread = (lhr.audits['mainthread-work-breakdown']?.details?.items ?? [])
    .slice(0, 3)
    .map((item) => ({ label: item.groupLabel ?? item.group, ms: Math.round(item.duration) }));
  run.scripts = (lhr.audits['bootup-time']?.details?.items ?? [])
    .filter((item) => typeof item.url === 'string')
    .slice(0, 3)
    .map((item) => ({ url: item.url, ms: Math.round(item.total), scriptingMs: Math.round(item.scripting) }));
  // The longest main-thread tasks, in the order they ran: which script blocked, and when.
  run.longTasks = (lhr.audits['long-tasks']?.details?.items ?? [])
    .slice()
    .sort((a, b) => b.duration - a.duration)
    .slice(0, 6)
    .sort((a, b) => a.startTime - b.startTime)
    .map((item) => ({ url: item.url, start: Math.round(item.startTime), ms: Math.round(item.duration) }));
  if (run.score === null) run.error = 'no performance score';
  return run;
}

/** One Lighthouse run of `page` with `preset` in an open chromium; a run that fails for Lighthouse's own reasons gets one more try. */
async function runPreset({ chrome, origin, page, seed, preset, index, runs, rendered, log }) {
  let run;
  // Lighthouse's own failures (NO_NAVSTART and the like) come from a busy machine, not from the page.
  for (let attempt = 1; attempt <= 2; attempt++) {
    try {
      if (page.seed) {
        const seen = await seedBrowser({ port: chrome.port, origin, page, seed, verify: rendered.length === 0 });
        if (seen !== null) rendered.push(seen);
      }
      // Lighthouse bounds the page load itself; this bounds everything else a run could hang on.
      let timer;
      const limit = new Promise((resolve) => {
        timer = setTimeout(() => resolve({ error: `no result within ${RUN_LIMIT_MS / 1000} s` }), RUN_LIMIT_MS);
      });
      run = await Promise.race([runOnce({ port: chrome.port, url: origin + page.path, preset, keepStorage: Boolean(page.seed) }), limit]);
      clearTimeout(timer);
    } catch (cause) {
      run = { error: String(cause?.message ?? cause).split('\n')[0] };
    }
    if (!run.error) break;
    if (attempt === 1) log(`  lighthouse ${preset} ${page.path} run ${index + 1}: ${run.error}; trying again`);
  }
  log(
    `  lighthouse ${preset} ${page.path} run ${index + 1}/${runs}: ` +
      (run.error ? `error ${run.error}` : `score ${run.score}, LCP ${Math.round(run.lcp)} ms, TBT ${Math.round(run.tbt)} ms, CLS ${run.cls}`),
  );
  return run;
}

/** The medians of one preset's runs, with the breakdown of the run whose score is the median. */
export function summarizeRuns(all) {
  const ok = all.filter((run) => !run.error);
  return {
    runs: all,
    ok: ok.length,
    score: median(ok.map((r) => r.score)),
    fcp: median(ok.map((r) => r.fcp)),
    lcp: median(ok.map((r) => r.lcp)),
    tbt: median(ok.map((r) => r.tbt)),
    cls: median(ok.map((r) => r.cls)),
    errors: [...new Set(all.filter((r) => r.error).map((r) => r.error))],
    warnings: [...new Set(ok.flatMap((r) => r.warnings))],
    lcpElement: ok[0]?.lcpElement ?? null,
    shifts: ok.find((r) => r.shifts.length > 0)?.shifts ?? [],
    // The breakdown of the run whose score is the median, so it explains the number in the table.
    mainThread: medianRun(ok)?.mainThread ?? [],
    scripts: medianRun(ok)?.scripts ?? [],
    longTasks: medianRun(ok)?.longTasks ?? [],
    benchmarkIndex: median(ok.map((r) => r.benchmarkIndex)),
  };
}

/**
 * Lighthouse (Node API) for one page, each preset `runs` times, in one fresh headless chromium whose DevTools port
 * Lighthouse attaches to. Pages that need stored data are seeded before every run and measured with
 * disableStorageReset, the others get Lighthouse's usual storage and cache reset.
 *
 * With `reference` ({ origin, page }), every run of the page is followed by a run of the reference page, in a chromium
 * of its own: each page gets a yardstick measured in the same minutes, so a machine that gets busier or quieter during
 * the bench moves both alike. The reference's runs come back as `reference` beside the page's presets.
 */
export async function lighthousePage({ chromiumPath, origin, page, seed, runs, log, reference = null }) {
  const chrome = await launchDebuggableChromium(chromiumPath);
  let refChrome = null;
  const out = { rendered: page.seed ? [] : null };
  const paired = reference ? { rendered: reference.page.seed ? [] : null } : null;
  try {
    if (reference) refChrome = await launchDebuggableChromium(chromiumPath);
    for (const preset of PRESETS) {
      const all = [];
      const refAll = [];
      for (let i = 0; i < runs; i++) {
        all.push(await runPreset({ chrome, origin, page, seed, preset, index: i, runs, rendered: out.rendered, log }));
        if (reference) {
          refAll.push(
            await runPreset({ chrome: refChrome, origin: reference.origin, page: reference.page, seed, preset, index: i, runs, rendered: paired.rendered, log }),
          );
        }
      }
      out[preset] = summarizeRuns(all);
      if (paired) paired[preset] = summarizeRuns(refAll);
    }
  } finally {
    await chrome.stop();
    await refChrome?.stop();
  }
  if (paired) out.reference = paired;
  return out;
}
