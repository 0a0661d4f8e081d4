#!/usr/bin/env node
// npm run bench [-- --skip-build] [--no-reference] [--runs=3] [--duration=10] [--connections=50] [--pages=landing,results]
//                 [--no-interaction] [--interaction-runs=10] [--results-runs=5] [--cpu-slowdown=4] [--time-limit=1800]
// Builds, serves on loopback, measures bytes, HTML, Lighthouse, check-step interactions, results render order and load per
// page, prints the tables and writes BENCHMARKS.md. Reports against the budgets (relative to a framework-only reference
// page built in the same run, whose Lighthouse runs alternate with each page's) without failing on them; exits non-zero
// only when it could not measure.
// Every loop has a count and a time limit, and the whole run stops itself after --time-limit seconds.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureAssets } from './bench/assets.mjs';
import { chromiumVersion, resolveChromium } from './bench/browser.mjs';
import { indexSourceLiterals } from './bench/identify.mjs';
import { measureInteractions } from './bench/interaction.mjs';
import { PRESETS, lighthousePage, summarizeRuns } from './bench/lighthouse.mjs';
import { REFERENCE_PAGE, buildReference } from './bench/reference.mjs';
import { loadTest } from './bench/load.mjs';
import { installCleanupHandlers, killAllGroups } from './bench/processes.mjs';
import { judge, renderReport } from './bench/report.mjs';
import { STORAGE_KEY, buildSeedEnvelope, checkStorageContract, loadItemIds } from './bench/seed.mjs';
import { buildApp, startServer } from './bench/server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const PAGES = [
  { id: 'landing', name: 'Landing', path: '/de', budgetJs: 140_000 },
  { id: 'check', name: 'Check step', path: '/de/check?step=1', budgetJs: 180_000, tbtBudget: true, interactions: true },
  {
    id: 'results',
    name: 'Results',
    path: '/de/results',
    budgetJs: null,
    budgetJsBeforeRender: 180_000,
    tbtBudget: true,
    seed: true,
    expect: '[data-testid="overall-score"]',
  },
  { id: 'coach', name: 'Coach', path: '/de/coach', budgetJs: null },
  { id: 'methode', name: 'Methode', path: '/de/methode', budgetJs: 140_000 },
];
const LOAD_PAGES = ['landing', 'results'];

function parseArgs(argv) {
  const args = {
    skipBuild: false,
    reference: true,
    runs: 3,
    duration: 10,
    connections: 50,
    pages: null,
    interaction: true,
    interactionRuns: 10,
    resultsRuns: 5,
    cpuSlowdown: 4,
    timeLimit: 1800,
  };
  const count = (value, max) => Math.min(max, Math.max(1, Math.round(Number(value)) || 1));
  for (const arg of argv) {
    const [key, value] = arg.replace(/^--/, '').split('=');
    if (key === 'skip-build') args.skipBuild = true;
    else if (key === 'reference') args.reference = true;
    else if (key === 'no-reference') args.reference = false;
    else if (key === 'runs') args.runs = count(value, 15);
    else if (key === 'duration') args.duration = count(value, 120);
    else if (key === 'connections') args.connections = count(value, 500);
    else if (key === 'no-interaction') args.interaction = false;
    else if (key === 'interaction-runs') args.interactionRuns = count(value, 50);
    else if (key === 'results-runs') args.resultsRuns = count(value, 20);
    else if (key === 'cpu-slowdown') args.cpuSlowdown = count(value, 20);
    else if (key === 'time-limit') args.timeLimit = count(value, 7200);
    else if (key === 'pages') args.pages = value.split(',');
    else throw new Error(`unknown option ${arg}`);
  }
  return args;
}

const started = Date.now();
const loadAtStart = os.loadavg();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const log = (message) => console.log(`[bench ${elapsed().padStart(5)}] ${message}`);

function installedVersion(name) {
  try {
    return JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return 'not installed';
  }
}

/** The commit measured, marked when app sources differ from it. */
function gitRevision() {
  try {
    const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const sources = ['app', 'components', 'lib', 'content', 'messages', 'i18n', 'proxy.ts', 'next.config.js', 'package-lock.json'];
    const head = git('rev-parse', '--short', 'HEAD');
    // The last commit that changed what is built: a branch that only touched the bench measures the same app as that commit.
    const app = git('log', '-1', '--format=%h', '--', ...sources);
    const dirty = git('status', '--porcelain', '--', ...sources);
    return `${head}${app && app !== head ? ` (app sources as of ${app})` : ''}${dirty ? ' + uncommitted changes' : ''}`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

/** --report-only: BENCHMARKS.md again from .bench/last-run.json, nothing measured. */
function reportOnly() {
  const { meta, pages, data } = JSON.parse(readFileSync(path.join(root, '.bench', 'last-run.json'), 'utf8'));
  writeFileSync(path.join(root, 'BENCHMARKS.md'), renderReport({ meta, pages, data }));
  log('wrote BENCHMARKS.md from .bench/last-run.json');
}

async function main() {
  installCleanupHandlers();
  if (process.argv.includes('--report-only')) return reportOnly();
  const args = parseArgs(process.argv.slice(2));
  const pages = args.pages ? PAGES.filter((p) => args.pages.includes(p.id)) : [...PAGES];
  const chromiumPath = resolveChromium();
  // The bench stops itself: past the limit, every server and browser it started is killed and it exits non-zero.
  const watchdog = setTimeout(() => {
    console.error(`bench: time limit of ${args.timeLimit} s reached; stopping the server and browsers`);
    killAllGroups();
    process.exit(2);
  }, args.timeLimit * 1000);
  watchdog.unref();
  if (loadAtStart[0] > os.cpus().length) {
    log(`warning: load average ${loadAtStart[0].toFixed(1)} on ${os.cpus().length} cores: timings will reflect the other work on this machine`);
  }
  const problems = [];

  const itemIds = await loadItemIds(root);
  problems.push(...(await checkStorageContract(root)));
  const seed = { key: STORAGE_KEY, value: buildSeedEnvelope(itemIds) };
  log(`seed: a complete v2 assessment with ${itemIds.length} answers under '${STORAGE_KEY}'`);

  let buildTime = 'skipped';
  if (args.skipBuild) log('skipping the build (--skip-build): measuring the existing .next');
  else {
    log('npm run build');
    const buildStart = Date.now();
    await buildApp(root);
    buildTime = `${((Date.now() - buildStart) / 1000).toFixed(0)} s`;
  }

  let referenceDir = null;
  if (args.reference) {
    log('building the framework-only reference app in .bench/reference');
    referenceDir = await buildReference(root);
  }

  const server = await startServer(root);
  log(`next start answers on ${server.origin}`);
  // Same browser flags, same Lighthouse settings, same machine minutes: how far is the app from a framework-only page?
  let reference = null;
  if (referenceDir) {
    reference = await startServer(root, { appDir: referenceDir, probePath: '/' }).catch(async (error) => {
      await server.stop();
      throw error;
    });
    log(`reference: next start answers on ${reference.origin}`);
  }
  const data = { assets: {}, lighthouse: {}, load: {}, interaction: null };
  let measurementFailed = false;
  try {
    log('bytes: loading each page in Playwright');
    data.assets = await measureAssets({ chromiumPath, origin: server.origin, pages, seed, sourceIndex: indexSourceLiterals(root) });
    for (const page of pages) {
      const a = data.assets[page.id];
      log(`  ${page.path}: HTTP ${a.status ?? a.error}, JS ${(a.js.gzip / 1000).toFixed(1)} kB gzip in ${a.js.files} files, CSS ${(a.css.gzip / 1000).toFixed(1)} kB`);
    }

    for (const page of pages) {
      const status = data.assets[page.id]?.status;
      if (status !== 200) {
        log(`lighthouse: skipping ${page.path} (HTTP ${status ?? 'none'})`);
        continue;
      }
      log(`lighthouse: ${page.path}${reference ? ', each run followed by one of the reference' : ''}`);
      const yardstick = reference ? { origin: reference.origin, page: REFERENCE_PAGE } : null;
      data.lighthouse[page.id] = await lighthousePage({ chromiumPath, origin: server.origin, page, seed, runs: args.runs, log, reference: yardstick });
    }
    if (reference) {
      // The reference's own row: every run it had beside the pages, so its medians stand on the whole bench's minutes.
      const paired = pages.map((page) => data.lighthouse[page.id]?.reference).filter(Boolean);
      data.lighthouse.reference = { rendered: null };
      for (const preset of PRESETS) data.lighthouse.reference[preset] = summarizeRuns(paired.flatMap((p) => p[preset].runs));
      const measured = await measureAssets({ chromiumPath, origin: reference.origin, pages: [REFERENCE_PAGE], seed });
      data.assets.reference = measured.reference;
      log(`  reference: JS ${(measured.reference.js.gzip / 1000).toFixed(1)} kB gzip in ${measured.reference.js.files} files`);
      await reference.stop();
      reference = null;
      pages.push(REFERENCE_PAGE);
    }

    if (args.interaction && pages.some((p) => p.id === 'check') && pages.some((p) => p.id === 'results')) {
      log(`interaction: check step and results under ${args.cpuSlowdown}× CPU slowdown`);
      const check = pages.find((p) => p.id === 'check');
      const results = pages.find((p) => p.id === 'results');
      data.interaction = await measureInteractions({
        chromiumPath,
        origin: server.origin,
        seed,
        rate: args.cpuSlowdown,
        count: args.interactionRuns,
        resultsCount: args.resultsRuns,
        checkPath: check.path,
        resultsPath: results.path,
        scoreSelector: results.expect,
        log,
      });
      const it = data.interaction;
      const r = (v) => (v == null ? '—' : `${Math.round(v)} ms`);
      log(`  answer → paint: median ${r(it.answer?.median)}, p90 ${r(it.answer?.p90)} (${it.answer?.n} samples)`);
      log(`  «Weiter» → heading focus: median ${r(it.next?.median)}, p90 ${r(it.next?.p90)} (${it.next?.n} samples)`);
      log(
        `  results: score ${r(it.results?.score?.median)}, chart ${r(it.results?.chartAfterScroll?.median)} after scrolling to it, JS before score ` +
          `${((it.results?.jsBefore ?? 0) / 1000).toFixed(1)} kB, after ${((it.results?.jsAfter ?? 0) / 1000).toFixed(1)} kB`,
      );
      if (!it.answer?.n || !it.next?.n || !it.results?.score?.n) {
        measurementFailed = true;
        problems.push('an interaction measure got no sample (see the notes)');
      }
    }

    for (const id of LOAD_PAGES) {
      const page = pages.find((p) => p.id === id);
      if (!page) continue;
      log(`autocannon: ${page.path}, ${args.connections} connections, ${args.duration} s`);
      data.load[id] = await loadTest(server.origin + page.path, { connections: args.connections, duration: args.duration });
      const l = data.load[id];
      log(`  ${l.rps.toFixed(1)} req/s, p99 ${l.latencyP99} ms, errors ${l.errors}, timeouts ${l.timeouts}, non-2xx ${l.non2xx}`);
    }
  } finally {
    await reference?.stop();
    await server.stop();
    log('server stopped');
  }

  // Could every reachable page be measured?
  for (const page of pages) {
    const a = data.assets[page.id];
    if (!a || a.status === null) {
      measurementFailed = true;
      if (!a?.error) problems.push(`${page.name}: the page could not be loaded`);
      continue;
    }
    if (a.status !== 200) continue;
    if (a.rendered === false || data.lighthouse[page.id]?.rendered?.includes(false)) measurementFailed = true;
    for (const preset of ['mobile', 'desktop']) {
      if (!data.lighthouse[page.id]?.[preset]?.ok) {
        measurementFailed = true;
        problems.push(`${page.name} ${preset}: no Lighthouse run succeeded`);
      }
    }
  }

  const cpus = os.cpus();
  const meta = {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    revision: gitRevision(),
    duration: `${elapsed()} (of which npm run build ${buildTime})`,
    os: `${os.type()} ${os.release()} (${os.platform()}/${os.arch()})`,
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    loadavg: `${loadAtStart[0].toFixed(2)} / ${os.loadavg()[0].toFixed(2)}`,
    loadStart: loadAtStart.map((v) => v.toFixed(2)).join(' / '),
    loadEnd: os.loadavg().map((v) => v.toFixed(2)).join(' / '),
    busy: Math.max(loadAtStart[0], os.loadavg()[0]) > cpus.length,
    versions: {
      node: process.version,
      next: installedVersion('next'),
      react: installedVersion('react'),
      chromium: chromiumVersion(chromiumPath),
      lighthouse: installedVersion('lighthouse'),
      playwright: installedVersion('@playwright/test'),
      autocannon: installedVersion('autocannon'),
    },
    runs: args.runs,
    interaction: args.interaction ? { runs: args.interactionRuns, resultsRuns: args.resultsRuns, cpuSlowdown: args.cpuSlowdown } : null,
    argv: process.argv.slice(2).join(' '),
    load: { connections: args.connections, duration: args.duration },
    problems,
  };
  // The raw data first, so a report that fails to render can be written again with --report-only.
  mkdirSync(path.join(root, '.bench'), { recursive: true });
  writeFileSync(path.join(root, '.bench', 'last-run.json'), JSON.stringify({ meta, pages, data }, null, 2));
  const report = renderReport({ meta, pages, data });
  console.log(`\n${report}`);
  writeFileSync(path.join(root, 'BENCHMARKS.md'), report);

  const missed = pages.flatMap((page) =>
    Object.entries(judge(page, data))
      .filter(([, ok]) => ok === false)
      .map(([budget]) => `${page.name}: ${budget}`),
  );
  log(`wrote BENCHMARKS.md (raw data in .bench/last-run.json); budgets missed: ${missed.length ? missed.join('; ') : 'none'}`);
  if (measurementFailed) {
    console.error('bench: some pages could not be measured (see the notes above)');
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(`bench: could not measure: ${error?.stack ?? error}`);
  process.exit(1);
});
