import { readFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { expect } from '../fixtures';
import { showCharts } from './charts';
import { readPdf, type PdfText } from './pdf';

/**
 * One ordinary visit: opens the page and waits until the service worker has installed (pages and scripts cached)
 * and controls the page.
 */
export async function visitOnce(page: Page, path: string) {
  await page.goto(path);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Lays out the page for paper, saves it as an A4 PDF (the browser's own print path) and reads it back. */
export async function printToPdf(page: Page, testInfo: TestInfo, name: string): Promise<PdfText> {
  // The reader has the page on screen, charts drawn; printing without scrolling to them goes through the print button.
  await showCharts(page);
  await page.emulateMedia({ media: 'print' });
  const path = testInfo.outputPath(`${name}.pdf`);
  await page.pdf({ path, format: 'A4', preferCSSPageSize: true, printBackground: true });
  await testInfo.attach(`${name}.pdf`, { path, contentType: 'application/pdf' });
  await page.emulateMedia({ media: 'screen' });
  return readPdf(path);
}

/** Clicks a button that downloads a file and returns the file's text. */
export async function downloadText(page: Page, button: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  const path = await (await download).path();
  expect(path).toBeTruthy();
  return readFileSync(path, 'utf8');
}
