import type { Locator, Page } from '@playwright/test';
import { content } from '../content';
import type { DimensionId, Locale } from '../lib/content-schema';
import { pickPriorities } from '../lib/guidance';
import type { AnswerValue, Answers } from '../lib/schemas';
import { scoreAssessment, type AssessmentResult } from '../lib/scoring';
import de from '../messages/de.json';
import en from '../messages/en.json';
import { expect, test } from './fixtures';

export type { Locale };
export const locales: Locale[] = ['de', 'en'];

/** The UI texts, straight from the message files the app renders. */
export const messages = { de, en } as const;

/** Fills `{name}` placeholders the way the app's simple messages do. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The «other» branch of an ICU plural message, with `#` replaced (enough for counts of 2 and more). */
export function pluralOther(message: string, count: number): string {
  const match = /other \{([^{}]*)\}\}\s*$/.exec(message);
  if (!match) throw new Error(`no plural «other» branch in: ${message}`);
  return match[1]!.replace(/#/g, String(count));
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The nine steps in the order the check shows them, each with its items in order. */
export const steps = content.dimensions.map((dimension) => ({
  dimension,
  items: content.items.filter((item) => item.dimension === dimension.id),
}));

export function dimensionTitle(locale: Locale, id: DimensionId): string {
  return content.dimensions.find((d) => d.id === id)!.title[locale];
}

const answerValues: AnswerValue[] = [1, 2, 3, 4, 5, 'unknown', 'na'];

/** The accessible label of an answer option, from content/scale.ts. */
export function optionLabel(locale: Locale, value: AnswerValue): string {
  if (value === 'unknown') return content.scale.unknown[locale];
  if (value === 'na') return content.scale.notApplicable[locale];
  return content.scale.points[value - 1]![locale];
}

/** The answer an option label stands for. */
export function answerFor(locale: Locale, label: string): AnswerValue {
  const value = answerValues.find((v) => optionLabel(locale, v) === label);
  if (value === undefined) throw new Error(`«${label}» is not an answer option in ${locale}`);
  return value;
}

/** The scores the app must show for these answers, computed by lib/ from the content data. */
export function expectedResult(answers: Answers): AssessmentResult & { priorities: DimensionId[] } {
  const result = scoreAssessment(answers, content);
  return { ...result, priorities: pickPriorities(result) };
}

export function stepLabel(locale: Locale, step: number): string {
  return fill(messages[locale].check.stepOf, { current: step, total: steps.length });
}

/** The heading of step `step` (1-based): «Schritt 3 von 9» followed by the dimension title. */
export function stepHeading(page: Page, locale: Locale, step: number): Locator {
  const title = steps[step - 1]!.dimension.title[locale];
  return page.getByRole('heading', {
    level: 2,
    name: new RegExp(`^${escapeRegExp(stepLabel(locale, step))}\\s*${escapeRegExp(title)}$`),
  });
}

/** The question group (fieldset) of one item, found by its legend. */
export function questionGroup(page: Page, locale: Locale, itemId: string): Locator {
  const item = content.items.find((i) => i.id === itemId)!;
  return page.getByRole('group', { name: item.prompt[locale], exact: true });
}

/** The radio of one answer in one question. */
export function option(page: Page, locale: Locale, itemId: string, value: AnswerValue): Locator {
  return questionGroup(page, locale, itemId).getByRole('radio', { name: optionLabel(locale, value), exact: true });
}

/** Every question group on the page (fieldsets holding answer options). */
export function questionGroups(page: Page): Locator {
  return page.getByRole('group').filter({ has: page.getByRole('radio') });
}

/**
 * Answers every question on the current step: checks, in each question group, the radio with the given
 * accessible label (or the label the function returns for that question's index).
 */
export async function answerStep(page: Page, label: string | ((question: number) => string)) {
  const groups = questionGroups(page);
  await expect(groups.first()).toBeVisible();
  const count = await groups.count();
  for (let q = 0; q < count; q++) {
    const name = typeof label === 'string' ? label : label(q);
    await groups.nth(q).getByRole('radio', { name, exact: true }).check();
  }
}

export type AnswerPattern = (step: number, question: number) => string;

/** A pattern that gives every question the same answer. */
export const everywhere =
  (label: string): AnswerPattern =>
  () =>
    label;

/**
 * Completes the whole check from step 1: answers each question with the label `pattern(step, question)`
 * (both 0-based), clicks «Weiter» on each step and «Auswertung anzeigen» on the last, waits for the results,
 * and returns the answers given, keyed by item id, for computing what the results must show.
 */
export async function completeCheck(page: Page, locale: Locale, pattern: AnswerPattern): Promise<Answers> {
  // 38 answers and nine steps: allow for a loaded machine (triples the test's timeout).
  test.slow();
  const t = messages[locale].check;
  const answers: Answers = {};
  await page.goto(`/${locale}/check`);
  for (const [s, step] of steps.entries()) {
    await expect(stepHeading(page, locale, s + 1)).toBeVisible();
    await expect(questionGroups(page)).toHaveCount(step.items.length);
    for (const [q, item] of step.items.entries()) {
      const label = pattern(s, q);
      await questionGroup(page, locale, item.id).getByRole('radio', { name: label, exact: true }).check();
      answers[item.id] = answerFor(locale, label);
    }
    const last = s === steps.length - 1;
    await page.getByRole('button', { name: last ? t.finish : t.next, exact: true }).click();
  }
  await expect(page).toHaveURL(new RegExp(`/${locale}/results$`));
  await expect(page.getByRole('heading', { level: 1, name: messages[locale].results.title })).toBeVisible();
  return answers;
}
