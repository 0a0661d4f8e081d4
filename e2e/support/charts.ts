import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';

/**
 * Scrolls a chart into view, as a reader does, and waits for its drawing: a radar's drawing (recharts) is fetched only
 * when its frame nears the screen. Returns the chart.
 */
export async function drawnChart(chart: Locator): Promise<Locator> {
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator('.recharts-polar-angle-axis-tick').first()).toBeVisible();
  return chart;
}

/** Every chart on the page scrolled to and drawn; the page is scrolled back to its top afterwards. */
export async function showCharts(page: Page) {
  for (const chart of await page.locator('.radar[role="img"]').all()) await drawnChart(chart);
  await page.evaluate(() => window.scrollTo(0, 0));
}
