#!/usr/bin/env node
// Runs before `playwright test`: says which Chromium the end-to-end tests will use. With none on the machine it asks
// Playwright to fetch its own (that works where downloads do); only if that fails too does it say how to get one.
import { spawnSync } from 'node:child_process';
import { findChromium } from '../e2e/browser-path.cjs';

function report(found) {
  console.log(`End-to-end tests use Chromium at ${found.path} (${found.source}).`);
  process.exit(0);
}

let found = findChromium();
if (found.path) report(found);

let installNote = 'CHROMIUM_PATH is set, so no other browser was fetched.';
if (!process.env.CHROMIUM_PATH) {
  console.log('No Chromium on this machine: asking Playwright to download its own (npx playwright install chromium) …');
  const install = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit', timeout: 10 * 60_000 });
  found = findChromium();
  if (found.path) report(found);
  installNote = `The download did not work (exit ${install.status ?? install.error?.message ?? 'unknown'}): this machine may have no internet access.`;
}

const lines = [
  'No Chromium found for the end-to-end tests.',
  installNote,
  '',
  'Looked for:',
  ...found.tried.map((p) => `  - ${p}`),
  '',
  'Get one of these, then run the tests again:',
  '  - on Debian/Ubuntu:          sudo apt-get install -y chromium',
  '  - where downloads work:      npx playwright install chromium',
  '  - a Chromium you already have: CHROMIUM_PATH=/path/to/chromium npm test',
];
if (process.env.CHROMIUM_PATH) lines.splice(1, 0, `CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but no file is there.`);
console.error(lines.join('\n'));
process.exit(1);
