import type { Browser } from '@playwright/test';
import { content } from '../content';
import { channels } from '../content/channels';
import { guidancePath } from '../lib/guidance';
import { expect, test, watchContext, expectNoBrowserProblems } from './fixtures';
import { locales, messages } from './helpers';
import { answerAll, makeAssessment, storedText } from './support/factory';
import { STORAGE_KEY } from './support/workspace';
import { expectNoAxeViolations } from './support/axe';

/** A browser without the service worker (as on a first visit), watched, whose storage holds a complete assessment. */
async function storedResultsContext(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const problems = await watchContext(context, baseURL);
  const stored = storedText({ current: makeAssessment({ answers: answerAll(() => 4) }), clients: [] });
  await context.addInitScript(
    ([key, value]) => {
      try {
        if (!window.localStorage.getItem(key)) window.localStorage.setItem(key, value);
      } catch {
        // about:blank has no storage.
      }
    },
    [STORAGE_KEY, stored] as const,
  );
  return { context, problems, stored };
}

test('the favicon Chromium asks for is served, so it never logs a 404', async ({ request }) => {
  const response = await request.get('/favicon.ico');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
  expect((await response.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
});

for (const locale of locales) {
  const t = messages[locale];

  test(`an unknown page says so in ${locale}, with a 404, inside the app's layout and with a way back`, async ({ browser, baseURL }) => {
    const context = await browser.newContext();
    const problems = await watchContext(context, baseURL!);
    const page = await context.newPage();
    const path = `/${locale}/gibt-es-nicht/auch-nicht`;

    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: t.errors.notFoundTitle })).toBeVisible();
    await expect(page.getByText(t.errors.notFoundBody)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', locale === 'de' ? 'de-CH' : 'en');
    await expect(page.getByRole('navigation', { name: t.nav.label })).toBeVisible();
    await expect(page.getByRole('link', { name: t.nav.switchToLabel })).toBeVisible();

    await page.getByRole('link', { name: t.errors.check, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/check$`));
    await page.goBack();
    await page.getByRole('link', { name: t.errors.home, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: t.landing.title })).toBeVisible();

    // The one expected problem: Chromium reports the 404 of the page asked for. Nothing else may go wrong.
    const notFound = problems.consoleErrors.filter((line) => line.includes('404') && line.includes(path));
    expect(notFound.length).toBeLessThanOrEqual(1);
    expectNoBrowserProblems({ ...problems, consoleErrors: problems.consoleErrors.filter((line) => !notFound.includes(line)) });
    await context.close();
  });

  test(`a page that fails while rendering says the saved answers are safe, in ${locale}, and recovers`, async ({ browser, baseURL }) => {
    // Without the service worker, as on a first visit: once installed, it serves every script from its cache.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const problems = await watchContext(context, baseURL!);
    const page = await context.newPage();
    await page.goto(`/${locale}/check`);
    await expect(page.getByRole('heading', { level: 1, name: t.check.title })).toBeVisible();

    // The profile form is loaded when it is opened; a script that cannot be fetched then makes the page fail.
    await page.route('**/_next/static/chunks/**', (route) => route.abort('failed'));
    await page.getByText(t.check.profileTitle, { exact: true }).click();

    const heading = page.getByRole('heading', { level: 1, name: t.errors.errorTitle });
    await expect(heading).toBeVisible();
    await expect(heading).toBeFocused();
    await expect(page.getByText(t.errors.errorBody)).toBeVisible();
    await expect(page.getByRole('navigation', { name: t.nav.label })).toBeVisible();

    await page.unroute('**/_next/static/chunks/**');
    await page.getByRole('link', { name: t.errors.home, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: t.landing.title })).toBeVisible();

    // Expected: the blocked script and the error it caused. No CSP violation, no foreign request, nothing else.
    const expected = (line: string) => /_next\/static\/chunks|ChunkLoadError|Loading chunk|Failed to load|net::ERR_FAILED/i.test(line);
    expectNoBrowserProblems({
      ...problems,
      pageErrors: problems.pageErrors.filter((line) => !expected(line)),
      consoleErrors: problems.consoleErrors.filter((line) => !expected(line)),
    });
    await context.close();
  });

  test(`sharing and exporting say so when their code cannot be fetched, and change nothing stored, in ${locale}`, async ({ browser, baseURL }) => {
    // Without the service worker, as on a first visit, and with the script that holds the link and file encoders out of
    // reach (it is the one that knows the import file's error names).
    const { context, problems, stored } = await storedResultsContext(browser, baseURL!);
    const page = await context.newPage();
    const blocked: string[] = [];
    await page.route('**/_next/static/chunks/**', async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (body.includes('"forbidden-key"') && body.includes('"too-deep"')) {
        blocked.push(route.request().url());
        await route.abort('failed');
      } else await route.fulfill({ response });
    });
    await page.goto(`/${locale}/results`);
    await expect(page.getByTestId('overall-score')).toBeVisible();
    const tools = page.getByRole('region', { name: t.share.title });
    const status = tools.getByRole('status');

    await tools.getByRole('button', { name: t.share.copy, exact: true }).click();
    await expect(status).toHaveText(t.share.unavailable);
    await expect(tools.getByRole('textbox', { name: t.share.linkLabel })).toHaveCount(0);
    await tools.getByRole('button', { name: t.share.exportButton, exact: true }).click();
    await expect(status).toHaveText(t.share.unavailable);
    expect(blocked.length, 'the encoders were asked for').toBeGreaterThan(0);
    expect(await page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY)).toBe(stored);
    await expectNoAxeViolations(page, `results without their encoders (${locale})`);

    // Once the script can be had, the link is there.
    await page.unroute('**/_next/static/chunks/**');
    await page.reload();
    await tools.getByRole('button', { name: t.share.copy, exact: true }).click();
    await expect(tools.getByRole('textbox', { name: t.share.linkLabel })).toHaveValue(new RegExp(`/${locale}/results#r=`));

    const expected = (line: string) => blocked.some((url) => line.includes(url)) || /ChunkLoadError|Loading chunk|Failed to load|net::ERR_FAILED/i.test(line);
    expectNoBrowserProblems({
      ...problems,
      pageErrors: problems.pageErrors.filter((line) => !expected(line)),
      consoleErrors: problems.consoleErrors.filter((line) => !expected(line)),
    });
    await context.close();
  });

  test(`the results carry no cards or channel texts in their HTML, and say so when their file cannot be fetched, in ${locale}`, async ({ browser, baseURL }) => {
    // The HTML leaves the 36 guidance cards, the gate and hold cards and the channels' texts to their own file; the page
    // shows the few that fit.
    const texts = [
      ...[...content.guidance, ...content.gateGuidance, ...content.holdGuidance].map((card) => card.body[locale]),
      ...channels.map((channel) => channel.offline[locale]),
    ];
    const html = await (await browser.newContext()).request.get(`${baseURL}/${locale}/results`);
    const markup = await html.text();
    expect(texts.filter((text) => markup.includes(JSON.stringify(text).slice(1, -1))), 'card and channel texts in the HTML').toEqual([]);
    const file = await (await browser.newContext()).request.get(`${baseURL}${guidancePath(locale)}`);
    expect(file.ok()).toBe(true);
    const cards = (await file.json()) as Record<'guidance' | 'gateGuidance' | 'holdGuidance' | 'channels', unknown[]>;
    expect([cards.guidance.length, cards.gateGuidance.length, cards.holdGuidance.length, cards.channels.length]).toEqual([
      content.guidance.length,
      content.gateGuidance.length,
      content.holdGuidance.length,
      channels.length,
    ]);

    // Without the service worker, as on a first visit, and with the file out of reach.
    const { context, problems } = await storedResultsContext(browser, baseURL!);
    const page = await context.newPage();
    await page.route(`**${guidancePath(locale)}`, (route) => route.abort('failed'));
    await page.goto(`/${locale}/results`);
    await expect(page.getByTestId('overall-score')).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: t.results.guidanceFailed })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: t.results.prioritiesTitle })).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2, name: t.channels.title })).toHaveCount(0);
    // The chart's table is there all the same, and the page stays accessible and fits a phone.
    await expect(page.getByRole('table').first()).toBeVisible();
    await expectNoAxeViolations(page, `results without guidance (${locale})`);
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    // Once the file can be had, a reload shows the priorities with their cards.
    await page.unroute(`**${guidancePath(locale)}`);
    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: t.results.prioritiesTitle })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: t.channels.title })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: t.results.guidanceFailed })).toHaveCount(0);

    const expected = (line: string) => line.includes(guidancePath(locale)) || /Failed to load resource|net::ERR_FAILED/i.test(line);
    expectNoBrowserProblems({
      ...problems,
      pageErrors: problems.pageErrors.filter((line) => !expected(line)),
      consoleErrors: problems.consoleErrors.filter((line) => !expected(line)),
    });
    await context.close();
  });
}
