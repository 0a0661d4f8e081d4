// Renders the app icons for the web app manifest from app/icon.svg with the Chromium the e2e tests use:
// `node scripts/make-icons.mjs` writes public/icons/*.png (committed, so the build needs no browser).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from '@playwright/test';

const require = createRequire(import.meta.url);
const { chromiumArgs, findChromium } = require('../e2e/browser-path.cjs');
const svg = readFileSync(new URL('../app/icon.svg', import.meta.url), 'utf8');
// Maskable: the background fills the square and the mark stays inside the central 80 % safe zone.
const maskable = svg
  .replace('<rect width="32" height="32" rx="7"', '<rect width="32" height="32"')
  .replace(/(<svg[^>]*>)/, '$1<g transform="translate(4 4) scale(0.75)">')
  .replace('</svg>', '</g></svg>')
  .replace('<g transform="translate(4 4) scale(0.75)"><rect width="32" height="32" fill="#1f5566"/>', '<rect width="32" height="32" fill="#1f5566"/><g transform="translate(4 4) scale(0.75)">');

const browser = await chromium.launch({ executablePath: findChromium().path ?? undefined, args: chromiumArgs });
const page = await browser.newPage();
for (const [name, size, source] of [
  ['icon-192.png', 192, svg],
  ['icon-512.png', 512, svg],
  ['icon-maskable-512.png', 512, maskable],
  ['apple-touch-icon.png', 180, maskable],
]) {
  await page.setViewportSize({ width: size, height: size });
  const sized = source.replace('<svg ', `<svg width="${size}" height="${size}" `);
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${sized}`);
  await page.locator('svg').screenshot({ path: `public/icons/${name}`, omitBackground: true });
  console.log(`public/icons/${name}`);
}
await browser.close();
