/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS module, loaded by both Playwright and plain Node */
// Finds the Chromium that Playwright drives; shared by playwright.config.ts and scripts/check-browser.mjs.
// CommonJS, because Playwright loads its config as CommonJS and plain Node runs the check script.
const { existsSync } = require('node:fs');

/** Flags for a headless Chromium on a closed network, as root, without a GPU. */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const systemPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Where Playwright's own Chromium would be (`npx playwright install chromium`), whether or not it is there. */
function playwrightChromium() {
  for (const name of ['@playwright/test', 'playwright-core']) {
    try {
      return require(name).chromium.executablePath();
    } catch {
      // Not installed under this name: try the next one.
    }
  }
  return null;
}

/**
 * Returns { path, source, tried } for the browser to use; path is null when none is found.
 * Order: CHROMIUM_PATH (overrides), Playwright's own download, Debian's chromium.
 */
function findChromium(env = process.env) {
  const tried = [];
  if (env.CHROMIUM_PATH) {
    // An explicit choice is used or reported, never silently replaced by another browser.
    if (existsSync(env.CHROMIUM_PATH)) return { path: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH', tried };
    tried.push(`${env.CHROMIUM_PATH} (CHROMIUM_PATH)`);
    return { path: null, source: null, tried };
  }
  const own = playwrightChromium();
  if (own && existsSync(own)) return { path: own, source: 'playwright', tried };
  if (own) tried.push(`${own} (Playwright's own Chromium)`);
  for (const candidate of systemPaths) {
    if (existsSync(candidate)) return { path: candidate, source: 'system', tried };
    tried.push(candidate);
  }
  return { path: null, source: null, tried };
}

module.exports = { chromiumArgs, findChromium };
