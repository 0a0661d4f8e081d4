import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { content } from '../../content';
import type { DimensionId, Locale } from '../../lib/content-schema';
import { formatDate } from '../../lib/dates';
import type { AnswerValue, Answers, Assessment } from '../../lib/schemas';
import { expect } from '../fixtures';
import { drawnChart, showCharts } from './charts';
import type { ChannelAnswers } from '../../lib/channel-schema';
import { CHANNEL_STEP, DEFAULT_CHANNELS, answerChannelStep, answerSetup, dimensionTitle, escapeRegExp, fill, groupCount, messages, questionGroup, questionGroups, stepHeading, steps, worded } from '../helpers';

export const coachLabels = (locale: Locale) => messages[locale].coach;

/** The URL of the coach page of one client. */
export const clientPath = (locale: Locale, clientId: string) => `/${locale}/coach/${encodeURIComponent(clientId)}`;

export function optionText(locale: Locale, value: AnswerValue): string {
  if (value === 'unknown') return content.scale.unknown[locale];
  if (value === 'na') return content.scale.notApplicable[locale];
  return content.scale.points[value - 1]![locale];
}

/**
 * Completes a check opened in coach mode (the page is on step 1): on every step asserts the coach's discussion prompts
 * and the notes field, answers the need step's choices with the default setup and each statement with
 * `answers[itemId]`, writes `notes[dimension]` when given, and moves on; the channel step is answered with `channels`
 * and leads to the client's results.
 */
export async function completeCoachCheck(
  page: Page,
  locale: Locale,
  answers: Answers,
  notes: Partial<Record<DimensionId | 'need', string>> = {},
  channels: ChannelAnswers = DEFAULT_CHANNELS,
) {
  const t = messages[locale].check;
  await expect(page.getByText(t.coachBanner, { exact: true })).toBeVisible();
  for (const [s, step] of steps.entries()) {
    const { dimension, items } = step;
    await expect(stepHeading(page, locale, s + 1)).toBeVisible();
    await expect(questionGroups(page)).toHaveCount(groupCount(s + 1));
    if (s === 0) await answerSetup(page, locale);

    const coachBox = page.getByRole('region', { name: t.coachPromptsTitle });
    await expect(coachBox.getByRole('heading', { level: 3, name: t.coachPromptsTitle })).toBeVisible();
    await expect(coachBox.getByRole('listitem')).toHaveText(dimension.coachPrompts.map((p) => worded(p, locale)));
    const notesField = page.getByLabel(fill(t.coachNotesLabel, { dimension: dimension.title[locale] }), { exact: true });
    await expect(notesField).toBeVisible();
    await expect(notesField).toHaveValue('');

    for (const item of items) {
      const value = answers[item.id];
      if (value === undefined) throw new Error(`no answer planned for ${item.id}`);
      await questionGroup(page, locale, item.id).getByRole('radio', { name: optionText(locale, value), exact: true }).check();
    }
    const note = notes[dimension.id];
    if (note !== undefined) {
      await notesField.fill(note);
      await expect(notesField).toHaveValue(note);
    }
    await page.getByRole('button', { name: t.next, exact: true }).click();
  }
  await expect(stepHeading(page, locale, CHANNEL_STEP)).toBeVisible();
  await answerChannelStep(page, locale, channels);
  await page.getByRole('button', { name: t.finish, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/results\\?client=[^&]+&assessment=[^&]+$`));
  await expect(page.getByRole('heading', { level: 1, name: messages[locale].results.title })).toBeVisible();
}

/** The label of an assessment in the comparison's pickers and legend: «27.11.2026 (Coach)». */
export function assessmentName(locale: Locale, createdAt: string, respondent: Assessment['respondent']): string {
  const t = coachLabels(locale);
  return `${formatDate(createdAt, locale)} (${respondent === 'coach' ? t.coach : t.owner})`;
}

/** The comparison section of a client page. */
export function compareSection(page: Page, locale: Locale): Locator {
  return page.getByRole('region', { name: coachLabels(locale).compareTitle, exact: true });
}

/** The radar outlines recharts drew (one path per series), with their geometry. */
export async function radarOutlines(chart: Locator): Promise<string[]> {
  // The chart is drawn as it nears the screen: scroll to it and wait until it is there with its axes.
  await expect(chart).toBeVisible();
  await drawnChart(chart);
  return chart.locator('.recharts-radar-polygon path').evaluateAll((paths) => paths.map((p) => p.getAttribute('d') ?? ''));
}

/** A path's `d` that actually draws an outline: a move and at least two lines to points that are not all the same. */
export function isDrawnOutline(d: string): boolean {
  if (!/^M/.test(d)) return false;
  const points = [...d.matchAll(/[ML]\s*(-?[\d.]+)[ ,]+(-?[\d.]+)/g)].map(([, x, y]) => `${Number(x).toFixed(1)},${Number(y).toFixed(1)}`);
  return points.length >= 3 && new Set(points).size >= 3;
}

/** Presses Tab (or Shift+Tab) until `target` has focus; fails if it never gets there. */
export async function tabTo(page: Page, target: Locator, maxPresses = 60, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Prints the page to an A4 PDF (print media) and returns its text, page by page, as pdftotext reads it. */
export async function printToText(page: Page, testInfo: TestInfo, name: string): Promise<{ text: string; pages: string[] }> {
  await showCharts(page);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  const file = testInfo.outputPath(`${name}.pdf`);
  writeFileSync(file, pdf);
  await testInfo.attach(name, { path: file, contentType: 'application/pdf' });
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  // pdftotext ends every page with a form feed.
  const pages = text.split('\f').slice(0, -1);
  return { text, pages };
}

/** The row of a table whose row header has exactly this text. */
export function rowNamed(table: Locator, page: Page, name: string): Locator {
  return table.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
}

export { dimensionTitle, escapeRegExp };
