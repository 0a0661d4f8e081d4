import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { assessmentHref } from '../lib/workspace';
import { expect, test, watchContext, expectNoBrowserProblems } from './fixtures';
import { expectedResult, locales, messages } from './helpers';
import { printToPdf } from './support/offline';
import { onPages } from './support/pdf';
import { readQrCode } from './support/qr';
import { answerAll, makeAssessment, makeClient } from './support/factory';
import { readWorkspace } from './support/workspace';

const pngLogo = join(__dirname, '..', 'public', 'icons', 'icon-192.png');
const letterhead = {
  name: 'Andrea Beispiel',
  firm: 'Beispiel Coaching GmbH',
  phone: '+41 44 123 45 67',
  email: 'andrea@beispiel-coaching.ch',
  website: 'beispiel-coaching.ch',
};
const answers = answerAll((item, index) => ((index % 5) + 1) as 1 | 2 | 3 | 4 | 5);

function letterheadGroup(page: Page, locale: 'de' | 'en') {
  return page.getByRole('group', { name: messages[locale].letterhead.label, exact: true });
}

test.describe('the coach letterhead', () => {
  for (const locale of locales) {
    test(`a coach sets up a letterhead with a logo; it heads the results and the printout of a coach-mode check, never a shared link (${locale})`, async ({
      page,
      browser,
      baseURL,
      seed,
    }, testInfo) => {
      const t = messages[locale];
      const coachCheck = makeAssessment({ id: 'a-coach', answers, respondent: 'coach', coachMode: true });
      await seed.workspace({
        current: makeAssessment({ id: 'a-own', answers }),
        clients: [makeClient({ id: 'c-1', name: 'Velo Huber', assessments: [coachCheck] })],
      });
      await page.goto(`/${locale}/coach`);
      const form = page.getByRole('region', { name: t.letterhead.title });
      for (const [field, value] of Object.entries(letterhead)) {
        await form.getByLabel(t.letterhead[field as keyof typeof letterhead], { exact: true }).fill(value);
      }

      // A user's SVG is never taken, whatever it is called.
      const logo = form.getByLabel(t.letterhead.logo, { exact: true });
      await logo.setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>') });
      await expect(form.getByRole('alert')).toHaveText(t.letterhead.errors['wrong-type']);
      await logo.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') });
      await expect(form.getByRole('alert')).toHaveText(t.letterhead.errors['wrong-type']);
      await logo.setInputFiles({ name: 'big.png', mimeType: 'image/png', buffer: Buffer.alloc(200_001) });
      await expect(form.getByRole('alert')).toHaveText(t.letterhead.errors['too-large']);
      await logo.setInputFiles(pngLogo);
      await expect(form.getByRole('img', { name: t.letterhead.logoPreview })).toBeVisible();
      await expect(form.getByRole('alert')).toHaveCount(0);
      await form.getByRole('button', { name: t.letterhead.save, exact: true }).click();
      await expect(form.getByRole('status')).toHaveText(t.letterhead.saved);

      const stored = (await readWorkspace(page))!.coachProfile!;
      expect(stored).toMatchObject(letterhead);
      // Re-encoded through a canvas: a fresh PNG, not the file's bytes.
      expect(stored.logo).toMatch(/^data:image\/png;base64,/);

      // The coach-mode check: letterhead on screen and on paper.
      await page.goto(`/${locale}${assessmentHref('results', { kind: 'client', clientId: 'c-1', assessmentId: 'a-coach' })}`);
      await expect(page.getByTestId('overall-score')).toHaveText(String(expectedResult(answers).overall));
      const head = letterheadGroup(page, locale);
      await expect(head).toContainText(letterhead.name);
      await expect(head).toContainText(letterhead.firm);
      await expect(head).toContainText(`${letterhead.phone} · ${letterhead.email} · ${letterhead.website}`);
      await expect(head.getByRole('img', { name: letterhead.firm })).toBeVisible();
      const pdf = await printToPdf(page, testInfo, `letterhead-${locale}`);
      expect(pdf.pages).toBeLessThanOrEqual(2);
      for (const text of [letterhead.name, letterhead.firm, letterhead.email, letterhead.website]) {
        expect(onPages(pdf, text, 1), `«${text}» on page 1`).toBe(true);
      }

      // The owner's own check is not the coach's work: no letterhead.
      await page.goto(`/${locale}/results`);
      await expect(page.getByTestId('overall-score')).toBeVisible();
      await expect(letterheadGroup(page, locale)).toHaveCount(0);

      // A shared link of the coach-mode check carries no letterhead.
      await page.goto(`/${locale}${assessmentHref('results', { kind: 'client', clientId: 'c-1', assessmentId: 'a-coach' })}`);
      await page.getByRole('button', { name: t.share.copy, exact: true }).click();
      const link = await page.getByLabel(t.share.linkLabel, { exact: true }).inputValue();
      const other = await browser.newContext({ baseURL, locale: 'de-CH' });
      const problems = await watchContext(other, baseURL!);
      const reader = await other.newPage();
      await reader.goto(link);
      await expect(reader.getByTestId('overall-score')).toHaveText(String(expectedResult(answers).overall));
      await expect(letterheadGroup(reader, locale)).toHaveCount(0);
      await expect(reader.getByText(letterhead.firm)).toHaveCount(0);
      await other.close();
      expectNoBrowserProblems(problems);
    });
  }

  test('the QR code on the printed summary decodes to the «Link kopieren» link, which opens the same results in a fresh browser', async ({
    page,
    browser,
    baseURL,
    seed,
  }, testInfo) => {
    const t = messages.de;
    await seed.workspace({
      current: makeAssessment({ answers, notes: { strategy: 'Vertraulich: nur für den Coach' }, profile: { companyName: 'Velo Huber AG' } }),
      clients: [],
    });
    await page.goto('/de/results');
    const expected = expectedResult(answers);
    await expect(page.getByTestId('overall-score')).toHaveText(String(expected.overall));
    await page.getByRole('button', { name: t.share.copy, exact: true }).click();
    const link = await page.getByLabel(t.share.linkLabel, { exact: true }).inputValue();
    // On paper only: not drawn on screen at all, and drawn as soon as the page is laid out for paper.
    const qr = page.getByRole('img', { name: t.print.qrLabel, includeHidden: true });
    await expect(page.getByRole('button', { name: t.print.button, exact: true })).toBeVisible();
    await expect(qr).toHaveCount(0);
    await page.emulateMedia({ media: 'print' });
    await expect(qr).toBeVisible();
    // Back on screen, where the reader scrolls to the chart before printing (in print media a chart not yet drawn is hidden).
    await page.emulateMedia({ media: 'screen' });
    await expect(qr).toHaveCount(0);

    // Coach notes print after the summary, so this printout may run longer than the two summary pages.
    const pdf = await printToPdf(page, testInfo, 'qr');
    expect(onPages(pdf, t.print.qrCaption, 1), 'the QR caption on page 1').toBe(true);
    const decoded = readQrCode(pdf.path, 1);
    expect(decoded, 'the QR code on page 1 decodes').toBe(link);

    const other = await browser.newContext({ baseURL, locale: 'de-CH' });
    const problems = await watchContext(other, baseURL!);
    const reader = await other.newPage();
    await reader.goto(decoded!);
    await expect(reader.getByTestId('overall-score')).toHaveText(String(expected.overall));
    await expect(reader.getByText('Velo Huber AG', { exact: true })).toBeVisible();
    // Without notes, as the link copied without ticking the box.
    await expect(reader.getByText('Vertraulich: nur für den Coach')).toHaveCount(0);
    await other.close();
    expectNoBrowserProblems(problems);
  });
});
