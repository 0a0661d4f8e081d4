import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './e2e/browser-path.cjs';

// A port of its own, so a dev server on 3000 never answers for the production build under test.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// scripts/check-browser.mjs has already explained what to do when this is null; Playwright then reports its own error.
const executablePath = findChromium().path ?? undefined;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL,
    locale: 'de-CH',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath, args: chromiumArgs },
      },
    },
  ],
  webServer: {
    // The production build: `npm test` builds first; locally run `npm run build` before `npx playwright test`.
    command: 'npm run serve',
    env: { PORT: String(port) },
    url: `${baseURL}/de`,
    // Never in CI; locally only on request (E2E_REUSE_SERVER=1), so a run never tests another run's server by accident.
    reuseExistingServer: !process.env.CI && process.env.E2E_REUSE_SERVER === '1',
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
