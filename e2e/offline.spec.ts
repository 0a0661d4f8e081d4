import { content } from '../content';
import { parseImportText } from '../lib/import-file';
import { expect, test } from './fixtures';
import { answerSetup, answerStep, completeCheck, expectedResult, fill, locales, messages, optionLabel, stepHeading, steps } from './helpers';
import { readWorkspace } from './support/workspace';
import { onPages, squash } from './support/pdf';
import { downloadText, printToPdf, visitOnce } from './support/offline';

test.describe('working without a network', () => {
  for (const locale of locales) {
    test(`after one visit, a whole check is taken, scored, printed and exported with the network off (${locale})`, async ({
      page,
      context,
    }, testInfo) => {
      const t = messages[locale];
      await visitOnce(page, `/${locale}`);
      await context.setOffline(true);
      // Whatever the page or the worker asks the network for from now on must fail: only the worker's caches answer.
      const reachedServer: string[] = [];
      context.on('requestfinished', async (request) => {
        const response = await request.response();
        if (response && !response.fromServiceWorker()) reachedServer.push(request.url());
      });

      // The landing page comes from the worker and says plainly that the app works offline and sends nothing.
      const landing = await page.goto(`/${locale}`);
      expect(landing?.fromServiceWorker()).toBe(true);
      // Some Chromium builds (150) give a document the worker served navigator.onLine true although the context is
      // offline; a real device without a network reports false. Setting the context offline anew tells this document too.
      await context.setOffline(false);
      await context.setOffline(true);
      await expect(page.getByRole('status').filter({ hasText: t.app.offline })).toBeVisible();

      const answers = await completeCheck(page, locale, (step, question) => optionLabel(locale, ((step + question) % 5) + 1 as 1 | 2 | 3 | 4 | 5));
      const expected = expectedResult(answers);
      await expect(page.getByTestId('overall-score')).toHaveText(String(expected.overall));

      // The summary on at most two pages, the channel plan (which shows once the results are on screen) on a page of its own after it.
      await expect(page.getByRole('region', { name: t.channels.title, exact: true })).toBeVisible();
      const pdf = await printToPdf(page, testInfo, `offline-${locale}`);
      const planPage = pdf.pageTexts.findIndex((text) => squash(text).includes(squash(t.channels.tableCaption))) + 1;
      expect(planPage, 'the channel plan is printed after the summary').toBeGreaterThan(1);
      expect(planPage - 1, 'pages of the summary').toBeLessThanOrEqual(2);
      expect(pdf.pages).toBeLessThanOrEqual(planPage + 1);
      expect(onPages(pdf, t.results.title, planPage - 1)).toBe(true);
      expect(onPages(pdf, t.print.sources, planPage - 1)).toBe(true);

      const exported = parseImportText(await downloadText(page, t.share.exportButton));
      expect(exported.ok && exported.kind === 'assessment' && exported.assessment.answers).toEqual(answers);

      // The other pages of the app open offline too.
      for (const [path, heading] of [
        ['/methode', null],
        ['/coach', t.coach.title],
      ] as const) {
        const response = await page.goto(`/${locale}${path}`);
        expect(response?.fromServiceWorker()).toBe(true);
        if (heading) await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
        else await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      }
      expect(Object.keys(answers).length).toBe(content.needItems.length + content.items.length);
      expect(reachedServer, 'requests answered by the server while offline').toEqual([]);
    });

    test(`a coach adds a client with the network off and opens the client's page, which was never loaded (${locale})`, async ({
      page,
      context,
    }) => {
      const t = messages[locale].coach;
      const name = locale === 'de' ? 'Offline Velo AG' : 'Offline Bikes Ltd';
      await visitOnce(page, `/${locale}/coach`);
      await context.setOffline(true);
      await page.reload();
      await page.getByLabel(t.clientName).fill(name);
      await page.getByRole('button', { name: t.create, exact: true }).click();
      await page.getByRole('link', { name: fill(t.openNamed, { name }), exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/coach/[^/?]+$`));
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
      await expect(page.getByText(t.noAssessments, { exact: true })).toBeVisible();
    });
  }

  test('a new version is announced, takes effect on reload and keeps the answers', async ({ page }) => {
    const t = messages.de;
    await visitOnce(page, '/de/check');
    await answerSetup(page, 'de');
    await answerStep(page, optionLabel('de', 4));
    await expect(page.getByRole('status').filter({ hasText: t.app.updateAvailable })).toHaveCount(0);

    // A new build is a new worker script. The browser installs a worker registered under another address of the same
    // script exactly as it installs new bytes at the same address (which a test cannot serve: the server is built).
    await page.evaluate(() => navigator.serviceWorker.register('/serwist/sw.js?next', { scope: '/', updateViaCache: 'none' }));
    const announcement = page.getByRole('status').filter({ hasText: `${t.app.updateAvailable} – ${t.app.reload}` });
    await expect(announcement).toBeVisible();
    await expect(announcement).toContainText(t.app.updateKeeps);
    const oldWorker = await page.evaluate(() => navigator.serviceWorker.controller !== null);
    expect(oldWorker).toBe(true);

    // Listening before the click: the new worker can take over and the page reload before a listener added after it.
    const reloaded = page.waitForEvent('load');
    await announcement.getByRole('button', { name: t.app.reload, exact: true }).click();
    await reloaded;
    // The new version runs, nothing waits any more, and the answers are where they were: the check goes on at step 2.
    await expect(stepHeading(page, 'de', 2)).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: t.app.updateAvailable })).toHaveCount(0);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/serwist\/sw\.js\?next$/);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration('/'))?.waiting ?? null)).toBeNull();
    const stored = await readWorkspace(page);
    for (const item of steps[0]!.items) expect(stored?.current?.answers[item.id]).toBe(4);
  });

  test('a new version the browser finds while the page is still loading is announced too', async ({ page }) => {
    const t = messages.de;
    await visitOnce(page, '/de/results');
    // The page looks at its worker only once it has loaded and the browser is idle; by then this one has mostly begun
    // to install (its updatefound is past) or waits already, as when the browser finds a new version on navigating.
    await page.goto('/de/results', { waitUntil: 'commit' });
    await page.evaluate(() => navigator.serviceWorker.register('/serwist/sw.js?next', { scope: '/', updateViaCache: 'none' }));
    await expect(page.getByRole('status').filter({ hasText: `${t.app.updateAvailable} – ${t.app.reload}` })).toBeVisible();
  });
});
