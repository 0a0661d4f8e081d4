import { gzipSync, constants as zlib } from 'node:zlib';
import { chromium } from '@playwright/test';
import { BROWSER_ARGS } from './browser.mjs';

/**
 * Interaction and render-order measures in headless Chromium under CPU slowdown (CDP Emulation.setCPUThrottlingRate):
 * - answer: a click on an answer radio of the check step until the next paint (Event Timing duration of the
 *   interaction, INP-style; a rAF + message-channel timing after the click when Chromium reports no entry);
 * - next: a click on «Weiter» until the next step's heading has focus (focusin on an h2 with another id), and until the
 *   frame after that focus is painted;
 * - results: on the seeded results page, when the overall score is in the DOM and laid out vs. when the radar's SVG is,
 *   and the gzip JavaScript whose response ended before the score vs. after it.
 * The step's load until hydration and the first results load are also profiled (V8 sampling profiler): self time per script.
 * Every loop has a sample count and a time limit; the browser only reaches the loopback origin.
 */

const quantile = (values, q) => {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
};

/** Median, p90, count and the raw samples. */
export function summarize(samples) {
  const values = samples.filter((v) => typeof v === 'number' && Number.isFinite(v));
  return { n: values.length, median: quantile(values, 0.5), p90: quantile(values, 0.9), samples: values.map((v) => Math.round(v * 10) / 10) };
}

// Runs in the page before any of its scripts: records event timing entries, clicks, heading focus, and when the
// results page's score and radar appear.
function pageProbe() {
  const probe = { events: [], clicks: [], focus: [], marks: {} };
  window.__benchProbe = probe;
  const afterNextPaint = (callback) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => callback(performance.now());
      channel.port2.postMessage(null);
    });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        probe.events.push({ name: entry.name, start: entry.startTime, duration: entry.duration, interactionId: entry.interactionId ?? 0 });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {
    // no Event Timing: the rAF timing below stands in
  }
  window.addEventListener(
    'click',
    (event) => {
      const record = { at: event.timeStamp, target: event.target?.tagName ?? '', painted: null };
      probe.clicks.push(record);
      afterNextPaint((now) => (record.painted = now - record.at));
    },
    true,
  );
  document.addEventListener(
    'focusin',
    (event) => {
      const target = event.target;
      if (!(target instanceof HTMLElement) || target.tagName !== 'H2') return;
      const record = { at: performance.now(), id: target.id, painted: null };
      probe.focus.push(record);
      afterNextPaint((now) => (record.painted = now));
    },
    true,
  );
  const visible = (selector) => {
    const element = document.querySelector(selector);
    if (!element) return false;
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && (element.tagName === 'svg' || element.textContent.trim() !== '');
  };
  const watch = () => {
    if (!window.__benchWatch) return;
    for (const [name, selector] of Object.entries(window.__benchWatch)) {
      if (probe.marks[name] === undefined && visible(selector)) {
        probe.marks[name] = performance.now();
        afterNextPaint((now) => (probe.marks[`${name}Painted`] = now));
      }
    }
  };
  // At most one look per frame, in the frame's own rAF: the layout it reads is the one the frame does anyway.
  let scheduled = false;
  new MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      watch();
    });
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

async function newThrottledPage(browser, { rate, seed, watch }) {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'de-CH', viewport: { width: 412, height: 823 }, isMobile: false });
  // Only loopback: anything else is aborted (and counted).
  const foreign = new Set();
  await context.route(/^(?!https?:\/\/127\.0\.0\.1[:/]).*/, (route) => {
    const url = route.request().url();
    if (!url.startsWith('data:') && !url.startsWith('blob:')) foreign.add(new URL(url).host);
    return route.abort();
  });
  if (seed) {
    await context.addInitScript(
      ([key, value]) => {
        try {
          window.localStorage.setItem(key, value);
        } catch {
          // opaque origins have no storage
        }
      },
      [seed.key, seed.value],
    );
  }
  if (watch) await context.addInitScript((selectors) => (window.__benchWatch = selectors), watch);
  await context.addInitScript(pageProbe);
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { context, tab, cdp, foreign };
}

// The functions of pageProbe (injected without a script URL): their time is the bench's own.
const PROBE_FUNCTIONS = new Set(['pageProbe', 'afterNextPaint', 'visible', 'watch']);

/** Starts the V8 sampling profiler of a page's CDP session. */
async function startProfile(cdp) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
}

/** Stops the profiler; self time per script file (under the slowdown), largest first, and the total of all samples. */
async function stopProfile(cdp, origin) {
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byScript = new Map();
  profile.samples.forEach((id, index) => {
    const frame = nodes.get(id)?.callFrame;
    const us = profile.timeDeltas[index + 1] ?? 0;
    const fn = frame?.functionName || 'native';
    if (fn === '(idle)') return;
    let name = frame?.url
      ? frame.url.replace(origin, '').replace(/^\/_next\/static\/chunks\//, '')
      : PROBE_FUNCTIONS.has(fn)
        ? '(bench probe)'
        : fn.startsWith('(')
          ? fn
          : `(${fn})`;
    if (/^https?:/.test(name)) name = '(other origin)';
    byScript.set(name, (byScript.get(name) ?? 0) + us / 1000);
  });
  const scripts = [...byScript].sort((x, y) => y[1] - x[1]).map(([script, ms]) => ({ script, ms: Math.round(ms) }));
  return { busyMs: Math.round(scripts.reduce((total, s) => total + s.ms, 0)), scripts: scripts.slice(0, 12) };
}

/** Waits until React has hydrated `selector` (its DOM node carries React's fiber key) and two frames have passed. */
async function waitForHydration(tab, selector, timeout) {
  await tab.waitForFunction(
    (sel) => {
      const element = document.querySelector(sel);
      return Boolean(element && Object.keys(element).some((key) => key.startsWith('__reactFiber')));
    },
    selector,
    { timeout },
  );
  await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

const probeState = (tab) => tab.evaluate(() => JSON.parse(JSON.stringify(window.__benchProbe)));

/** Click on an answer → next paint, `count` samples on one check step (cycling through questions and answers). */
async function measureAnswers({ browser, origin, path, rate, count, deadline }) {
  const { context, tab, cdp, foreign } = await newThrottledPage(browser, { rate });
  const samples = [];
  const rafSamples = [];
  const sources = { eventTiming: 0, raf: 0 };
  let profile = null;
  try {
    // The main thread from navigation to hydration, by script: what the step costs before it answers.
    await startProfile(cdp);
    await tab.goto(origin + path, { waitUntil: 'load', timeout: 60_000 });
    await waitForHydration(tab, 'form.step', 30_000);
    profile = await stopProfile(cdp, origin);
    const questions = tab.locator('fieldset.question');
    const questionCount = await questions.count();
    if (questionCount === 0) throw new Error('no question on the check step');
    for (let i = 0; i < count && Date.now() < deadline; i++) {
      const before = await probeState(tab);
      // Question i, its answers in turn, so every click changes a value (the need step's two choices have fewer than five).
      const labels = questions.nth(i % questionCount).locator('.option label');
      const label = labels.nth((i + Math.floor(i / questionCount)) % Math.min(5, await labels.count()));
      await label.click({ timeout: 10_000 });
      let after = await probeState(tab);
      const waitUntil = Date.now() + 5000;
      while (after.clicks.length === before.clicks.length || after.clicks.at(-1).painted === null) {
        if (Date.now() > waitUntil) break;
        await tab.waitForTimeout(50);
        after = await probeState(tab);
      }
      // Event Timing entries arrive after the paint; give them a moment.
      await tab.waitForTimeout(300);
      after = await probeState(tab);
      const click = after.clicks.at(-1);
      const interactions = after.events.slice(before.events.length).filter((e) => e.interactionId > 0);
      const eventDuration = interactions.length ? Math.max(...interactions.map((e) => e.duration)) : null;
      if (click?.painted != null) rafSamples.push(click.painted);
      if (eventDuration !== null) {
        samples.push(eventDuration);
        sources.eventTiming++;
      } else if (click?.painted != null) {
        samples.push(click.painted);
        sources.raf++;
      }
      await tab.waitForTimeout(200);
    }
  } finally {
    await context.close();
  }
  return { ...summarize(samples), raf: summarize(rafSamples), sources, profile, foreign: [...foreign] };
}

/** Click on «Weiter» on a fully answered step → focus on the next step's heading; a fresh load of the step per sample. */
async function measureNext({ browser, origin, path, rate, count, seed, deadline }) {
  const { context, tab, foreign } = await newThrottledPage(browser, { rate, seed });
  const focusSamples = [];
  const paintSamples = [];
  const errors = [];
  try {
    for (let i = 0; i < count && Date.now() < deadline; i++) {
      try {
        await tab.goto(origin + path, { waitUntil: 'load', timeout: 60_000 });
        await waitForHydration(tab, 'form.step', 30_000);
        const heading = await tab.locator('form.step h2').first().getAttribute('id');
        await tab.getByRole('button', { name: /^(Weiter|Next)$/ }).click({ timeout: 10_000 });
        await tab.waitForFunction(
          (id) => {
            const probe = window.__benchProbe;
            return probe.focus.some((f) => f.id !== id && f.painted !== null);
          },
          heading,
          { timeout: 10_000 },
        );
        const state = await probeState(tab);
        const click = state.clicks.at(-1);
        const focus = state.focus.find((f) => f.id !== heading);
        focusSamples.push(focus.at - click.at);
        paintSamples.push(focus.painted - click.at);
      } catch (cause) {
        errors.push(String(cause?.message ?? cause).split('\n')[0]);
        if (errors.length >= 3) break;
      }
    }
  } finally {
    await context.close();
  }
  return { ...summarize(focusSamples), painted: summarize(paintSamples), errors, foreign: [...foreign] };
}

/**
 * Seeded results page, cold cache per sample: when the score is painted, the JS that arrived before vs. after it, and the
 * radar: whether it was drawn before the reader scrolled to it, and how soon after scrolling to it it is painted.
 */
async function measureResults({ browser, origin, path, rate, count, seed, deadline, gzipOf, scoreSelector, chartSelector }) {
  const runs = [];
  const errors = [];
  let profile = null;
  for (let i = 0; i < count + 1 && Date.now() < deadline; i++) {
    const { context, tab, cdp, foreign } = await newThrottledPage(browser, { rate, seed, watch: { score: scoreSelector, chart: chartSelector } });
    try {
      // The first load is profiled too (the profiler's own overhead stays out of the timings of the others).
      if (i === 0) await startProfile(cdp);
      await tab.goto(origin + path, { waitUntil: 'load', timeout: 60_000 });
      await tab.waitForFunction(() => window.__benchProbe.marks.scorePainted !== undefined, null, { timeout: 30_000 });
      // The chart is drawn as the reader nears it: did it come without scrolling, and how soon after scrolling to it?
      await tab.waitForTimeout(500);
      const early = await tab.evaluate(() => window.__benchProbe.marks.chart !== undefined);
      const scrolledAt = await tab.evaluate(() => {
        document.querySelector('.radar[role="img"]')?.scrollIntoView({ block: 'center' });
        return performance.now();
      });
      await tab.waitForFunction(() => window.__benchProbe.marks.chartPainted !== undefined, null, { timeout: 30_000 });
      if (i === 0) {
        profile = await stopProfile(cdp, origin);
        continue;
      }
      const { marks, scripts } = await tab.evaluate(() => ({
        marks: window.__benchProbe.marks,
        scripts: performance
          .getEntriesByType('resource')
          .filter((e) => e.initiatorType === 'script' || /\.js(\?|$)/.test(e.name))
          .map((e) => ({ url: e.name, start: e.startTime, end: e.responseEnd })),
      }));
      let before = 0;
      let after = 0;
      const late = [];
      for (const script of scripts) {
        if (!script.url.startsWith(origin)) continue;
        const gzip = await gzipOf(script.url);
        if (script.end <= marks.score) before += gzip;
        else {
          after += gzip;
          late.push(new URL(script.url).pathname.replace(/^\/_next\/static\/chunks\//, ''));
        }
      }
      runs.push({
        score: marks.score,
        scorePainted: marks.scorePainted,
        early,
        chartAfterScroll: early ? null : marks.chartPainted - scrolledAt,
        jsBefore: before,
        jsAfter: after,
        late,
        foreign: [...foreign],
      });
    } catch (cause) {
      errors.push(String(cause?.message ?? cause).split('\n')[0]);
    } finally {
      await context.close();
    }
  }
  const pick = (key) => summarize(runs.map((r) => r[key]));
  return {
    score: pick('scorePainted'),
    chartAfterScroll: summarize(runs.map((r) => r.chartAfterScroll).filter((v) => v !== null)),
    chartWithoutScrolling: runs.filter((r) => r.early).length,
    jsBefore: quantile(runs.map((r) => r.jsBefore), 0.5),
    jsAfter: quantile(runs.map((r) => r.jsAfter), 0.5),
    late: runs[0]?.late ?? [],
    profile,
    runs,
    errors,
  };
}

/**
 * All interaction measures; `count` samples each (results: `resultsCount` cold loads), the whole at most `timeLimitMs`.
 * Returns what it got; a measure that yields no sample carries its errors.
 */
export async function measureInteractions({
  chromiumPath,
  origin,
  seed,
  rate = 4,
  count = 10,
  resultsCount = 5,
  timeLimitMs = 240_000,
  checkPath = '/de/check?step=1',
  resultsPath = '/de/results',
  scoreSelector = '[data-testid="overall-score"]',
  chartSelector = '.radar svg',
  log = () => {},
}) {
  const deadline = Date.now() + timeLimitMs;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: BROWSER_ARGS, headless: true });
  const gzipCache = new Map();
  const gzipOf = async (url) => {
    if (!gzipCache.has(url)) {
      const response = await fetch(url, { headers: { 'accept-encoding': 'identity' }, signal: AbortSignal.timeout(10_000) });
      gzipCache.set(url, gzipSync(Buffer.from(await response.arrayBuffer()), { level: zlib.Z_BEST_COMPRESSION }).length);
    }
    return gzipCache.get(url);
  };
  const out = { rate, count, resultsCount };
  const guard = async (name, run) => {
    try {
      out[name] = await run();
    } catch (cause) {
      out[name] = { n: 0, median: null, p90: null, samples: [], errors: [String(cause?.message ?? cause).split('\n')[0]] };
    }
  };
  try {
    log(`  interaction: answer click → next paint, ${count}× at ${rate}× CPU slowdown`);
    await guard('answer', () => measureAnswers({ browser, origin, path: checkPath, rate, count, deadline }));
    log(`  interaction: «Weiter» → next heading focused, ${count}×`);
    await guard('next', () => measureNext({ browser, origin, path: checkPath, rate, count, seed, deadline }));
    log(`  results: score vs. radar, ${resultsCount} cold loads`);
    await guard('results', () =>
      measureResults({ browser, origin, path: resultsPath, rate, count: resultsCount, seed, deadline, gzipOf, scoreSelector, chartSelector }),
    );
  } finally {
    await browser.close();
  }
  out.timedOut = Date.now() > deadline;
  return out;
}
