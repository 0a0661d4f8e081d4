#!/usr/bin/env node
// Runs before `playwright test`: says which Chromium the end-to-end tests will use, or exactly how to get one.
import { findChromium } from '../e2e/browser-path.cjs';

const found = findChromium();

if (found.path) {
  console.log(`End-to-end tests use Chromium at ${found.path} (${found.source}).`);
  process.exit(0);
}

const lines = [
  'No Chromium found for the end-to-end tests.',
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
