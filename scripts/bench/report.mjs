/** Markdown tables (padded so they read in a terminal too) and the BENCHMARKS.md text. */

const kB = (bytes) => (bytes === null || bytes === undefined ? '—' : `${(bytes / 1000).toFixed(1)} kB`);
const ms = (value) => (value === null || value === undefined ? '—' : value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`);
const cls = (value) => (value === null || value === undefined ? '—' : value === 0 ? '0' : value.toFixed(4));
const verdict = (ok) => (ok === null ? 'n/a' : ok ? 'pass' : 'FAIL');

function describeContents(contains) {
  if (contains.length === 0) return '?';
  const names = contains.map((name) => name.replace(/^app\/\[locale\]\//, ''));
  return names.length > 5 ? `${names.slice(0, 5).join(', ')} +${names.length - 5} more` : names.join(', ');
}

export function table(headers, rows, align = []) {
  const cells = [headers, ...rows].map((row) => row.map((cell) => String(cell ?? '—').replace(/\|/g, '\\|')));
  const widths = headers.map((_, i) => Math.max(3, ...cells.map((row) => row[i].length)));
  const pad = (text, i) => (align[i] === 'r' ? text.padStart(widths[i]) : text.padEnd(widths[i]));
  const line = (row) => `| ${row.map(pad).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (align[i] === 'r' ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}

/**
 * The budgets, judged against the framework-only reference measured in the same run where they are relative:
 * mobile score at most `mobileBehind` points under the reference's, mobile TBT at most `tbtRatio` × the reference's (pages
 * with `tbtBudget`), desktop 100, CLS 0, gzip JS per page (`budgetJs`), JS before the results' first render
 * (`budgetJsBeforeRender`), the check step's interaction medians, no errors under load. Without a reference in the run,
 * the mobile score falls back to `mobileScoreAbsolute` and the TBT budget is not judged.
 */
export const BUDGETS = {
  mobileBehind: 3,
  mobileScoreAbsolute: 98,
  tbtRatio: 1.5,
  desktopScore: 100,
  cls: 0,
  loadErrors: 0,
  answerToPaintMs: 100,
  nextToFocusMs: 200,
};

/**
 * The reference page's Lighthouse and bytes, when this run measured it. For a page (`pageId`) whose runs each had a
 * reference run beside them, its yardstick is those runs' medians; else (a report of an older run) the reference's own row.
 */
export function referenceOf(data, pageId = null) {
  const lh = data.lighthouse.reference;
  const paired = pageId ? data.lighthouse[pageId]?.reference : null;
  const a = data.assets.reference;
  const mobile = paired?.mobile?.score != null ? paired.mobile : lh?.mobile;
  return mobile?.score != null ? { score: mobile.score, tbt: mobile.tbt, js: a?.js?.gzip ?? null, paired: mobile !== lh?.mobile } : null;
}

/** Pass/fail per page and budget; null where the budget does not apply or nothing was measured. */
export function judge(page, data) {
  const assets = data.assets[page.id];
  const lh = data.lighthouse[page.id];
  const load = data.load[page.id];
  const ref = referenceOf(data, page.id);
  const measured = assets?.status === 200 && !page.reference;
  const js = measured && page.budgetJs ? assets.js.gzip <= page.budgetJs : null;
  const mobileFloor = ref ? ref.score - BUDGETS.mobileBehind : BUDGETS.mobileScoreAbsolute;
  const mobile = measured && lh?.mobile?.score != null ? lh.mobile.score >= mobileFloor : null;
  const tbt = measured && page.tbtBudget && ref?.tbt != null && lh?.mobile?.tbt != null ? lh.mobile.tbt <= BUDGETS.tbtRatio * Math.max(ref.tbt, 1) : null;
  const desktop = measured && lh?.desktop?.score != null ? lh.desktop.score >= BUDGETS.desktopScore : null;
  const clsValues = measured ? [lh?.mobile?.cls, lh?.desktop?.cls].filter((v) => v != null) : [];
  const clsOk = clsValues.length ? clsValues.every((v) => v <= BUDGETS.cls) : null;
  const loadOk = load ? load.errors + load.timeouts + load.non2xx <= BUDGETS.loadErrors : null;
  const interaction = data.interaction ?? {};
  const results = interaction.results;
  const jsBeforeRender =
    measured && page.budgetJsBeforeRender && results?.jsBefore != null ? results.jsBefore <= page.budgetJsBeforeRender : null;
  const answer = measured && page.interactions && interaction.answer?.median != null ? interaction.answer.median <= BUDGETS.answerToPaintMs : null;
  const next = measured && page.interactions && interaction.next?.median != null ? interaction.next.median <= BUDGETS.nextToFocusMs : null;
  return { js, jsBeforeRender, mobile, tbt, desktop, cls: clsOk, answer, next, load: loadOk };
}

const BUDGET_NAMES = {
  js: 'JS',
  jsBeforeRender: 'JS before first render',
  mobile: 'mobile score',
  tbt: 'mobile TBT',
  desktop: 'desktop 100',
  cls: 'CLS 0',
  answer: 'answer → paint',
  next: '«Weiter» → focus',
  load: 'load errors',
};

/** «mobile score, CLS 0» for the budgets a page misses; «none» or «n/a». */
export function missedBudgets(page, data) {
  const verdicts = Object.entries(judge(page, data));
  if (verdicts.every(([, ok]) => ok === null)) return 'n/a';
  const missed = verdicts.filter(([, ok]) => ok === false).map(([key]) => BUDGET_NAMES[key]);
  return missed.length ? missed.join(', ') : 'none';
}

export function renderReport({ meta, pages, data }) {
  const out = [];
  out.push('# Benchmarks', '');
  out.push(
    `Written by \`npm run bench\` (scripts/bench.mjs) on ${meta.date}; took ${meta.duration}. ` +
      'Numbers from one run on a shared 2-core machine: expect a few points of Lighthouse noise between runs.',
    '',
  );
  if (meta.busy) {
    out.push(
      `> **The machine was busy during this run** (load average ${meta.loadavg} on ${meta.cores} cores, from other work on it): ` +
        'the byte counts are exact, but Lighthouse timings and scores and the load test measure the contention as much as the app. ' +
        'Rerun `npm run bench` on a quiet machine before judging those budgets.',
      '',
    );
  }
  out.push(
    'Run it with `npm run bench` (options after `--`: `--no-reference` leaves out the framework-only reference page, `--skip-build`, `--runs=N`, ' +
      '`--duration=S`, `--connections=N`, `--pages=landing,results`, `--no-interaction`, `--interaction-runs=N` (default 10), ' +
      '`--results-runs=N` (default 5), `--cpu-slowdown=N` (default 4), `--time-limit=S` (default 1800: the whole bench stops itself after that), ' +
      '`--report-only` (writes this file again from .bench/last-run.json); ' +
      '`CHROMIUM_PATH` overrides /usr/bin/chromium). ' +
      `This run: \`npm run bench${meta.argv ? ` -- ${meta.argv}` : ''}\`.`,
    '',
  );
  out.push('## Machine and versions', '');
  out.push(
    table(
      ['What', 'Value'],
      [
        ['Commit measured', meta.revision],
        ['OS', meta.os],
        ['CPU', `${meta.cpu} × ${meta.cores}`],
        ['Memory', meta.memory],
        ['Load average (1 / 5 / 15 min) at start', meta.loadStart],
        ['Load average (1 / 5 / 15 min) at end', meta.loadEnd],
        ['Node', meta.versions.node],
        ['Next', meta.versions.next],
        ['React', meta.versions.react],
        ['Chromium', meta.versions.chromium],
        ['Lighthouse', meta.versions.lighthouse],
        ['Playwright', meta.versions.playwright],
        ['autocannon', meta.versions.autocannon],
      ],
    ),
    '',
  );

  const ref = referenceOf(data);
  const ratio = (value, base) => (value == null || base == null || base === 0 ? '—' : `${(value / base).toFixed(2)}×`);
  const points = (value, base) => (value == null || base == null ? '—' : value - base === 0 ? '±0' : `${value - base > 0 ? '+' : ''}${value - base}`);
  out.push('## At a glance: each page against the framework-only reference', '');
  out.push(
    (ref
      ? 'The reference is a page with no JavaScript of its own, built from the same Next and React and measured in the same run with the same browser flags: ' +
        'what the machine and the framework allow. ' +
        (pages.some((page) => referenceOf(data, page.id)?.paired)
          ? 'Every Lighthouse run of a page was followed by one of the reference, so each page is held against the reference runs of its own minutes ' +
            '("Reference beside it": their mobile median and TBT); the reference row is the median of all its runs. '
          : '') +
        'Δ is the mobile score difference in points; × is the ratio to the reference.'
      : 'No reference page in this run (`--no-reference`): the ratios are left out and the mobile score is judged against ' +
        `${BUDGETS.mobileScoreAbsolute}.`),
    '',
  );
  out.push(
    table(
      ['Page', 'Mobile', 'Reference beside it', 'Δ ref', 'TBT mobile', 'TBT × ref', 'LCP mobile', 'CLS', 'Desktop', 'JS gzip', 'JS × ref', 'HTML raw', 'HTML gzip', 'RSC in HTML raw / gzip', 'Budgets missed'],
      pages.map((page) => {
        const a = data.assets[page.id];
        const lh = data.lighthouse[page.id];
        const worstCls = lh ? Math.max(lh.mobile?.cls ?? 0, lh.desktop?.cls ?? 0) : null;
        const own = !page.reference;
        const pref = referenceOf(data, page.id);
        return [
          page.name,
          lh?.mobile?.score ?? '—',
          own && pref?.paired ? `${pref.score}, ${ms(pref.tbt)}` : '',
          own ? points(lh?.mobile?.score, pref?.score) : '',
          ms(lh?.mobile?.tbt),
          own ? ratio(lh?.mobile?.tbt, pref?.tbt) : '',
          ms(lh?.mobile?.lcp),
          cls(worstCls),
          lh?.desktop?.score ?? '—',
          kB(a?.js?.gzip),
          own ? ratio(a?.js?.gzip, ref?.js) : '',
          kB(a?.html?.raw),
          kB(a?.html?.gzip),
          a?.html?.raw != null ? `${kB(a.html.rscRaw)} / ${kB(a.html.rscGzip)}` : '—',
          own ? missedBudgets(page, data) : '(yardstick)',
        ];
      }),
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
    ),
    '',
  );
  out.push(
    `Mobile, TBT, LCP: Lighthouse mobile preset, median of ${meta.runs}; CLS: the larger of the mobile and desktop medians. ` +
      'JS gzip: every script the page fetched until the network was quiet, gzip level 9. HTML: the document as served to a de-CH browser ' +
      '(uncompressed, and gzip level 9); "RSC in HTML" is the part of it that is the inline RSC payload (`self.__next_f.push(…)` scripts).',
    '',
  );

  out.push('## Budgets', '');
  out.push(
    `Every page: Lighthouse mobile score at most ${BUDGETS.mobileBehind} points under the reference's (the runs beside it), desktop ${BUDGETS.desktopScore}, CLS 0 (both presets). ` +
      `Check step and results: mobile TBT at most ${BUDGETS.tbtRatio}× the reference's. ` +
      'Gzip JS: check step ≤ 180 kB, landing and Methode ≤ 140 kB (all it loads); results ≤ 180 kB fetched before the overall score renders. ' +
      `Check step under ${data.interaction?.rate ?? 4}× CPU slowdown: answer click → next paint median ≤ ${BUDGETS.answerToPaintMs} ms, ` +
      `«Weiter» → next heading focused median ≤ ${BUDGETS.nextToFocusMs} ms. Landing and results: zero errors, timeouts and non-2xx under load. ` +
      'The bench reports them and never fails on a missed one; it exits non-zero only when it could not measure.',
    '',
  );
  out.push(
    table(
      ['Page', 'JS', 'JS before render', 'Mobile', 'TBT mobile', 'Desktop', 'CLS', 'Answer → paint', '«Weiter» → focus', 'Load errors'],
      pages
        .filter((page) => !page.reference)
        .map((page) => {
          const v = judge(page, data);
          const pref = referenceOf(data, page.id);
          const a = data.assets[page.id];
          const lh = data.lighthouse[page.id];
          const load = data.load[page.id];
          const it = data.interaction ?? {};
          const withValue = (ok, value) => (ok === null ? 'n/a' : `${verdict(ok)} (${value})`);
          const worstCls = Math.max(lh?.mobile?.cls ?? 0, lh?.desktop?.cls ?? 0);
          return [
            page.name,
            withValue(v.js, kB(a?.js.gzip)),
            withValue(v.jsBeforeRender, kB(it.results?.jsBefore)),
            withValue(v.mobile, `${lh?.mobile?.score}${pref ? `, ${points(lh?.mobile?.score, pref.score)}` : ''}`),
            withValue(v.tbt, `${ms(lh?.mobile?.tbt)}, ${ratio(lh?.mobile?.tbt, pref?.tbt)}`),
            withValue(v.desktop, lh?.desktop?.score),
            withValue(v.cls, cls(worstCls)),
            withValue(v.answer, ms(it.answer?.median)),
            withValue(v.next, ms(it.next?.median)),
            withValue(v.load, load ? load.errors + load.timeouts + load.non2xx : ''),
          ];
        }),
    ),
    '',
  );

  const it = data.interaction;
  if (it) {
    out.push(`## Interaction on the check step (${it.rate}× CPU slowdown)`, '');
    const row = (name, m, budget, extra) => [name, m?.n ?? 0, ms(m?.median), ms(m?.p90), budget, extra];
    out.push(
      table(
        ['Measure', 'Samples', 'Median', 'p90', 'Budget (median)', 'Also'],
        [
          row(
            'Click on an answer → next paint',
            it.answer,
            `≤ ${BUDGETS.answerToPaintMs} ms`,
            it.answer?.raf ? `rAF timing: median ${ms(it.answer.raf.median)}, p90 ${ms(it.answer.raf.p90)}; ${it.answer.sources?.eventTiming ?? 0} from Event Timing` : '',
          ),
          row(
            'Click on «Weiter» → next step\'s h2 focused',
            it.next,
            `≤ ${BUDGETS.nextToFocusMs} ms`,
            it.next?.painted ? `to the frame after the focus: median ${ms(it.next.painted.median)}, p90 ${ms(it.next.painted.p90)}` : '',
          ),
        ],
        ['l', 'r', 'r', 'r', 'l', 'l'],
      ),
      '',
    );
    out.push(
      'Headless Chromium (Playwright, 412×823 viewport) with CDP `Emulation.setCPUThrottlingRate`, no network throttling, loopback only. ' +
        'Answer: one load of the step (fresh storage), after hydration; each sample clicks another question\'s answer label and takes the ' +
        'Event Timing duration of that interaction (INP-style: from the input to the next paint after its handlers; the rAF + message-channel ' +
        'time after the click stands in when Chromium reports no entry, i.e. under 16 ms). «Weiter»: with a complete assessment stored, ' +
        'a fresh load of step 1 per sample, after hydration; from the click event to `focusin` on the next step\'s h2.',
      '',
    );
    const r = it.results;
    if (r) {
      out.push(`## Results: the score first, the chart as the reader nears it (${it.rate}× CPU slowdown, ${r.score?.n ?? 0} cold loads)`, '');
      out.push(
        table(
          ['Measure', 'Median', 'p90'],
          [
            ['Overall score visible (painted) after navigation start', ms(r.score?.median), ms(r.score?.p90)],
            ['Radar chart painted after the reader scrolled to it', ms(r.chartAfterScroll?.median), ms(r.chartAfterScroll?.p90)],
            ['Loads where the chart was drawn before any scrolling', `${r.chartWithoutScrolling ?? 0} of ${r.score?.n ?? 0}`, ''],
            ['Gzip JS whose response ended before the score appeared', kB(r.jsBefore), ''],
            ['Gzip JS fetched after the score appeared', kB(r.jsAfter), ''],
          ],
          ['l', 'r', 'r'],
        ),
        '',
      );
      out.push(
        'Seeded with a complete assessment; a fresh browser context (cold cache) per load. The score counts as visible when ' +
          '`[data-testid="overall-score"]` has text and a box; the chart when `.radar svg` has a box; both then wait for the next frame. ' +
          'Half a second after the score, the chart\'s frame is scrolled to the middle of the screen, as a reader scrolls down to it. ' +
          (r.late?.length ? `Scripts fetched after the score: ${r.late.join(', ')}.` : 'No script was fetched after the score.'),
        '',
      );
      for (const error of r.errors ?? []) meta.problems.push(`results score/chart measure: ${error}`);
    }
    const profiles = [
      ['Check step: navigation → hydrated', 'check', it.answer?.profile],
      ['Results: navigation → score painted, then the chart scrolled to and painted', 'results', it.results?.profile],
    ].filter(([, , profile]) => profile?.scripts?.length);
    if (profiles.length) {
      out.push(`## Main thread by script (V8 sampling profiler, ${it.rate}× CPU slowdown)`, '');
      for (const [title, id, profile] of profiles) {
        const files = new Map((data.assets[id]?.files ?? []).map((f) => [f.path.replace(/^\/_next\/static\/chunks\//, ''), f]));
        out.push(`### ${title}: ${ms(profile.busyMs)} busy`, '');
        out.push(
          table(
            ['Script', 'Self time', 'gzip', 'Contains (heuristic)'],
            profile.scripts.map((x) => {
              const file = files.get(x.script);
              return [x.script, ms(x.ms), file ? kB(file.gzip) : '', file ? describeContents(file.contains) : ''];
            }),
            ['l', 'r', 'r', 'l'],
          ),
          '',
        );
      }
      out.push(
        'Self time of the functions of each script file while the page loads (one load, its own browser context), idle left out. ' +
          '"(program)" is the browser\'s own work outside JavaScript (parsing HTML, style, layout, paint); the Turbopack chunk loader\'s ' +
          'time is mostly the evaluation of module factories of other chunks; the page URL itself is its inline scripts (the RSC payload).',
        '',
      );
    }
    for (const error of [...(it.answer?.errors ?? []), ...(it.next?.errors ?? [])]) meta.problems.push(`interaction measure: ${error}`);
    if (it.timedOut) meta.problems.push('the interaction measures hit their time limit: fewer samples than asked for');
  }

  out.push('## Bytes the browser loads', '');
  out.push(
    table(
      ['Page', 'HTTP', 'JS gzip', 'JS budget', 'JS files', 'JS after load', 'JS raw', 'CSS gzip', 'CSS files', 'JS sent by server'],
      pages.map((page) => {
        const a = data.assets[page.id];
        if (!a) return [page.name, '—', '—', kB(page.budgetJs), '—', '—', '—', '—', '—', '—'];
        return [
          page.name + (a.rendered === false ? ' (did not render!)' : ''),
          a.status ?? a.error,
          kB(a.js.gzip),
          page.budgetJs ? kB(page.budgetJs) : 'none',
          a.js.files,
          kB(a.jsAfterLoad),
          kB(a.js.raw),
          kB(a.css.gzip),
          a.css.files,
          kB(a.js.transferred),
        ];
      }),
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
    '',
  );
  out.push(
    'Every script and stylesheet from the app\'s origin that Chromium fetched from navigation until the network was quiet after the load event ' +
      '(no new request for 0.5 s and no script, stylesheet or document in flight) plus 1 s, so chunks requested right after load are in; ' +
      'fetched again uncompressed and gzipped with zlib level 9; kB = 1000 bytes. "JS after load" is the part that started after the load event. ' +
      '"JS sent by server" is the transferred body size as `next start` compressed it (its default gzip level), for comparison.',
    '',
  );

  for (const preset of ['mobile', 'desktop']) {
    out.push(`## Lighthouse ${preset} (median of ${meta.runs})`, '');
    out.push(
      table(
        ['Page', 'Score', 'Runs', 'FCP', 'LCP', 'TBT', 'CLS', 'Budget', 'CPU index'],
        pages.map((page) => {
          const lh = data.lighthouse[page.id]?.[preset];
          const v = judge(page, data);
          if (!lh) return [page.name, `not run (HTTP ${data.assets[page.id]?.status ?? '—'})`, '—', '—', '—', '—', '—', 'n/a', '—'];
          const ok = page.reference ? null : preset === 'mobile' ? v.mobile : v.desktop;
          const runs = lh.runs.map((r) => (r.error ? 'err' : r.score)).join('/');
          const clsOk = lh.cls === null || page.reference ? null : lh.cls <= BUDGETS.cls;
          const both = ok === null || clsOk === null ? (ok ?? clsOk) : ok && clsOk;
          return [page.name, lh.score ?? '—', runs, ms(lh.fcp), ms(lh.lcp), ms(lh.tbt), cls(lh.cls), verdict(both), lh.benchmarkIndex === null ? '—' : Math.round(lh.benchmarkIndex)];
        }),
        ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'l', 'r'],
      ),
      '',
    );
  }
  out.push(
    'Lighthouse ' + meta.versions.lighthouse + ' Node API, performance category only, default (mobile, simulated throttling) and desktop presets, ' +
      'against a fresh headless Chromium per page. The results page is seeded with a complete assessment in localStorage before each run ' +
      '(HTTP cache, service worker and Cache Storage emptied again after the seeding, so the load is as cold as the reference\'s) ' +
      'and measured with disableStorageReset. "Budget" covers the score and CLS 0. ' +
      '"CPU index" is Lighthouse\'s benchmarkIndex (median): lower means a busier or slower machine during the run.',
    '',
  );

  out.push(`## Under load (autocannon, ${meta.load.connections} connections, ${meta.load.duration} s)`, '');
  out.push(
    table(
      ['Page', 'Req/s (avg)', 'p50', 'p99', 'Requests', 'Errors', 'Timeouts', 'Non-2xx', 'Budget'],
      pages
        .filter((page) => data.load[page.id])
        .map((page) => {
          const l = data.load[page.id];
          const latency = (value) => (l.requests > 0 ? `${value} ms` : '—');
          return [page.name, l.rps.toFixed(1), latency(l.latencyP50), latency(l.latencyP99), l.requests, l.errors, l.timeouts, l.non2xx, verdict(judge(page, data).load)];
        }),
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
    ),
    '',
  );
  out.push('Server and load generator share the same 2 cores; the HTML response is server-rendered per request (the pages are dynamic because of the CSP nonce).', '');

  out.push('## Largest JavaScript files per page', '');
  for (const page of pages) {
    const a = data.assets[page.id];
    if (!a || a.files.length === 0) continue;
    out.push(`### ${page.name} (${page.path})`, '');
    out.push(
      table(
        ['File', 'gzip', 'raw', 'After load', 'Contains (heuristic)'],
        a.files
          .filter((f) => f.type === 'js')
          .slice(0, 8)
          .map((f) => [f.path.replace(/^\/_next\/static\/chunks\//, ''), kB(f.gzip), kB(f.raw), f.afterLoad ? 'yes' : '', describeContents(f.contains)]),
        ['l', 'r', 'r', 'l', 'l'],
      ),
      '',
    );
  }
  out.push(
    '"Contains" is guessed from strings that survive minification (library markers, and string literals that occur in only one source file of app/, components/, lib/, content/, i18n/).',
    '',
  );

  const notes = [];
  for (const page of pages) {
    const a = data.assets[page.id];
    const lh = data.lighthouse[page.id];
    if (a?.error) notes.push(`${page.name}: ${a.error}`);
    if (a?.foreignHosts?.length) notes.push(`${page.name}: requests to other hosts: ${a.foreignHosts.join(', ')}`);
    if (a?.rendered === false) notes.push(`${page.name}: the seeded assessment did not render (${page.expect} not visible)`);
    if (lh?.rendered?.includes(false)) notes.push(`${page.name}: in a Lighthouse browser the seeded assessment did not render before a run`);
    for (const preset of ['mobile', 'desktop']) {
      for (const error of lh?.[preset]?.errors ?? []) notes.push(`${page.name} ${preset}: Lighthouse error: ${error}`);
      for (const warning of lh?.[preset]?.warnings ?? []) notes.push(`${page.name} ${preset}: Lighthouse warning: ${warning}`);
      const pref = referenceOf(data, page.id);
      const budget = preset === 'mobile' ? (pref ? pref.score - BUDGETS.mobileBehind : BUDGETS.mobileScoreAbsolute) : BUDGETS.desktopScore;
      if (lh?.[preset]?.score != null && lh[preset].score < budget && lh[preset].mainThread?.length) {
        const work = lh[preset].mainThread.map((w) => `${w.label} ${ms(w.ms)}`).join(', ');
        const scripts = lh[preset].scripts.map((x) => `${x.url.replace(/^https?:\/\/[^/]+/, '').replace(/^\/_next\/static\/chunks\//, '')} ${ms(x.ms)}`).join(', ');
        notes.push(`${page.name} ${preset} (score ${lh[preset].score}): main thread ${work}; costliest scripts ${scripts || 'not listed'}`);
      }
      if (lh?.[preset]?.cls > 0) {
        const shifts = lh[preset].shifts.map((s) => `\`${s.node.slice(0, 100)}\` (${(s.score ?? 0).toFixed(3)})`).join(', ');
        notes.push(`${page.name} ${preset}: CLS ${cls(lh[preset].cls)}; largest shifts: ${shifts || 'not listed'}`);
      }
    }
  }
  for (const problem of meta.problems) notes.push(problem);
  if (notes.length) {
    out.push('## Notes from this run', '');
    for (const note of notes) out.push(`- ${note.replace(/\s+/g, ' ')}`);
    out.push('');
  }
  return out.join('\n');
}
