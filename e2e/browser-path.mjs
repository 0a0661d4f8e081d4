// Finds the Chromium that Playwright drives. Shared by playwright.config.ts and scripts/check-browser.mjs.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Flags for a headless Chromium on a closed network, as root, without a GPU. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const systemPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

function playwrightChromium() {
  const require = createRequire(import.meta.url);
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
 * Returns { path, source } for the browser to use, or { path: null, tried } when none is found.
 * Order: CHROMIUM_PATH (overrides), Playwright's own download, Debian's chromium.
 */
export function findChromium(env = process.env) {
  const tried = [];
  if (env.CHROMIUM_PATH) {
    // An explicit choice is honoured or reported, never silently replaced by another browser.
    if (existsSync(env.CHROMIUM_PATH)) return { path: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH', tried };
    tried.push(`${env.CHROMIUM_PATH} (CHROMIUM_PATH)`);
    return { path: null, source: null, tried };
  }
  const own = playwrightChromium();
  if (own && existsSync(own)) return { path: own, source: 'playwright', tried };
  if (own) tried.push(`${own} (npx playwright install chromium)`);
  for (const candidate of systemPaths) {
    if (existsSync(candidate)) return { path: candidate, source: 'system', tried };
    tried.push(candidate);
  }
  return { path: null, source: null, tried };
}
