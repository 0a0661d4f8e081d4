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

export const BUDGETS = { mobileScore: 98, desktopScore: 100, cls: 0, loadErrors: 0 };

/** Pass/fail per page and budget; null where the budget does not apply or nothing was measured. */
export function judge(page, data) {
  const assets = data.assets[page.id];
  const lh = data.lighthouse[page.id];
  const load = data.load[page.id];
  const measured = assets?.status === 200 && !page.reference;
  const js = measured && page.budgetJs ? assets.js.gzip <= page.budgetJs : null;
  const mobile = measured && lh?.mobile?.score != null ? lh.mobile.score >= BUDGETS.mobileScore : null;
  const desktop = measured && lh?.desktop?.score != null ? lh.desktop.score >= BUDGETS.desktopScore : null;
  const clsValues = measured ? [lh?.mobile?.cls, lh?.desktop?.cls].filter((v) => v != null) : [];
  const clsOk = clsValues.length ? clsValues.every((v) => v <= BUDGETS.cls) : null;
  const loadOk = load ? load.errors + load.timeouts + load.non2xx <= BUDGETS.loadErrors : null;
  return { js, mobile, desktop, cls: clsOk, load: loadOk };
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
      '`--duration=S`, `--connections=N`, `--pages=landing,results`; `CHROMIUM_PATH` overrides /usr/bin/chromium). ' +
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
        ['Load average (1 min) at start / end', meta.loadavg],
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

  out.push('## Budgets (issue 6)', '');
  out.push(
    'JS: gzip JavaScript the page loads ≤ 140 kB (landing, Methode), ≤ 180 kB (check step), ≤ 240 kB (results); none is set for the coach page. ' +
      `Lighthouse performance ≥ ${BUDGETS.mobileScore} mobile and ${BUDGETS.desktopScore} desktop on every page; CLS 0 (both presets); zero errors, timeouts and non-2xx under load. ` +
      'The bench reports against them and does not fail on a missed one.' +
      (pages.some((p) => p.reference)
        ? ' The reference row is a page with no JavaScript of its own, built from the same Next and React and measured in the same run (left out with `--no-reference`): ' +
          'it shows what the machine allows, not a budget.'
        : ''),
    '',
  );
  out.push(
    table(
      ['Page', 'Path', 'HTTP', 'JS', 'LH mobile', 'LH desktop', 'CLS', 'Load errors'],
      pages.map((page) => {
        const v = judge(page, data);
        const a = data.assets[page.id];
        const lh = data.lighthouse[page.id];
        const load = data.load[page.id];
        const withValue = (ok, value) => (page.reference ? `(${value ?? '—'})` : ok === null ? verdict(ok) : `${verdict(ok)} (${value})`);
        const worstCls = Math.max(lh?.mobile?.cls ?? 0, lh?.desktop?.cls ?? 0);
        return [
          page.name,
          page.path,
          a?.status ?? '—',
          withValue(v.js, kB(a?.js.gzip)),
          withValue(v.mobile, lh?.mobile?.score),
          withValue(v.desktop, lh?.desktop?.score),
          withValue(v.cls, cls(worstCls)),
          page.reference ? 'n/a' : withValue(v.load, load ? load.errors + load.timeouts + load.non2xx : ''),
        ];
      }),
    ),
    '',
  );

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
      '(HTTP cache emptied again after the seeding) and measured with disableStorageReset. "Budget" covers the score and CLS 0. ' +
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
      const budget = preset === 'mobile' ? BUDGETS.mobileScore : BUDGETS.desktopScore;
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
