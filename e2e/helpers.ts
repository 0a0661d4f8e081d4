import type { Locator, Page } from '@playwright/test';
import { content } from '../content';
import type { DimensionId, Locale, Market, RunnerId, Varied } from '../lib/content-schema';
import { evaluateAssessment, type Evaluation } from '../lib/evaluate';
import type { NeedResult } from '../lib/need';
import { channels as channelCatalogue } from '../content/channels';
import type { ChannelAnswers } from '../lib/channel-schema';
import type { AnswerValue, Answers } from '../lib/schemas';
import type { AssessmentResult } from '../lib/scoring';
import { contextOf, pickVaried, type TextContext } from '../lib/variants';
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

/** The «other» branch of an ICU plural message, with its count filled in (enough for counts of 2 and more). */
export function pluralOther(message: string, count: number): string {
  const match = /\{(\w+), plural,.*other \{((?:[^{}]|\{\w+\})*)\}\}\s*$/.exec(message);
  if (!match) throw new Error(`no plural «other» branch in: ${message}`);
  return fill(match[2]!, { [match[1]!]: count });
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Who runs the channels and whom the firm sells to, as the first step of the check asks them. */
export type Setup = { runner: RunnerId; market: Market };
/** The answers `completeCheck` gives unless told otherwise: the neutral wording and the base weights. */
export const DEFAULT_SETUP: Setup = { runner: 'employee', market: 'mixed' };

/** A step of the check as the tests walk it: the need step first (its `id` is 'need'), then the nine dimensions. */
export type CheckStepData = {
  dimension: { id: DimensionId | 'need'; title: { de: string; en: string }; coachPrompts: Varied[] };
  items: { id: string; prompt: Varied }[];
  /** Question groups before the statements: the two choices of the need step. */
  choices: number;
};

/** The ten steps in the order the check shows them, each with its statements in order. */
export const steps: CheckStepData[] = [
  { dimension: { id: 'need', title: content.need.title, coachPrompts: content.need.coachPrompts }, items: content.needItems, choices: 2 },
  ...content.dimensions.map((dimension) => ({
    dimension,
    items: content.items.filter((item) => item.dimension === dimension.id),
    choices: 0,
  })),
];

/** How many steps the owner's and the coach's check has: the ten above, then the channel questions (a team round skips those). */
export const CHECK_STEP_COUNT = steps.length + 1;
/** The number of the channel step. */
export const CHANNEL_STEP = CHECK_STEP_COUNT;

/** Every statement of the check, need step first. */
export const statements: { id: string; prompt: Varied }[] = steps.flatMap((s) => s.items);

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

/** The scores, need and verdict the app must show for these answers and this setup, computed by lib/ from the content. */
export function expectedResult(
  answers: Answers,
  setup: Partial<Setup> | null = DEFAULT_SETUP,
): AssessmentResult & { priorities: DimensionId[]; need: NeedResult; verdict: Evaluation['verdict']; context: TextContext } {
  const evaluation = evaluateAssessment(answers, setup, content);
  return { ...evaluation.result, priorities: evaluation.priorities, need: evaluation.need, verdict: evaluation.verdict, context: evaluation.context };
}

/** A text of the content worded for a setup (the neutral wording by default). */
export function worded(text: Varied, locale: Locale, setup: Partial<Setup> | null = DEFAULT_SETUP): string {
  return pickVaried(text, locale, contextOf(setup));
}

/** «Schritt 3 von 11»; a team round's check has `steps.length` steps. */
export function stepLabel(locale: Locale, step: number, total = CHECK_STEP_COUNT): string {
  return fill(messages[locale].check.stepOf, { current: step, total });
}

/** The heading of step `step` (1-based): «Schritt 3 von 11» followed by the dimension title (or «Ihre Kanäle»). */
export function stepHeading(page: Page, locale: Locale, step: number): Locator {
  const title = step === CHANNEL_STEP ? messages[locale].channels.stepTitle : steps[step - 1]!.dimension.title[locale];
  return page.getByRole('heading', {
    level: 2,
    name: new RegExp(`^${escapeRegExp(stepLabel(locale, step))}\\s*${escapeRegExp(title)}$`),
  });
}

/** The question group (fieldset) of one statement, found by its legend as worded for the setup. */
export function questionGroup(page: Page, locale: Locale, itemId: string, setup: Partial<Setup> | null = DEFAULT_SETUP): Locator {
  const item = statements.find((i) => i.id === itemId)!;
  return page.getByRole('group', { name: worded(item.prompt, locale, setup), exact: true });
}

/** The radio of one answer in one question. */
export function option(
  page: Page,
  locale: Locale,
  itemId: string,
  value: AnswerValue,
  setup: Partial<Setup> | null = DEFAULT_SETUP,
): Locator {
  return questionGroup(page, locale, itemId, setup).getByRole('radio', { name: optionLabel(locale, value), exact: true });
}

/** The two choices of the need step: who runs the channels, whom the firm sells to. */
export function setupGroups(page: Page, locale: Locale) {
  return {
    runner: page.getByRole('group', { name: content.need.runner.legend[locale], exact: true }),
    market: page.getByRole('group', { name: content.need.market.legend[locale], exact: true }),
  };
}

/** Answers the two choices of the need step. */
export async function answerSetup(page: Page, locale: Locale, setup: Setup = DEFAULT_SETUP) {
  const groups = setupGroups(page, locale);
  await groups.runner.getByRole('radio', { name: content.need.runner.options[setup.runner][locale], exact: true }).check();
  await groups.market.getByRole('radio', { name: content.need.market.options[setup.market][locale], exact: true }).check();
}

/** How many question groups step `step` (1-based) shows: its statements, and the two choices on the need step. */
export function groupCount(step: number): number {
  const data = steps[step - 1]!;
  return data.items.length + data.choices;
}

/** Every question group on the page (fieldsets holding answer options). */
export function questionGroups(page: Page): Locator {
  return page.getByRole('group').filter({ has: page.getByRole('radio') });
}

/**
 * Answers every statement on the current step: checks, in each question group that offers it, the radio with the
 * given accessible label (or the label the function returns for that statement's index). The two choices of the
 * need step offer no scale: answer them with `answerSetup`.
 */
export async function answerStep(page: Page, label: string | ((question: number) => string)) {
  const groups = questionGroups(page);
  await expect(groups.first()).toBeVisible();
  const count = await groups.count();
  let q = 0;
  for (let g = 0; g < count; g++) {
    const name = typeof label === 'string' ? label : label(q);
    const radio = groups.nth(g).getByRole('radio', { name, exact: true });
    if ((await radio.count()) === 0) continue;
    await radio.check();
    q += 1;
  }
}

/** The channel answers `completeCheck` gives unless told otherwise. */
export const DEFAULT_CHANNELS: ChannelAnswers = { reach: 'regional', goals: ['enquiries'], hours: 2, formats: ['text'], existing: {} };

/** The label of an hours option as the channel step shows it. */
export function hoursLabel(locale: Locale, hours: number): string {
  const t = messages[locale].channels;
  if (hours === 0) return /=0 \{([^{}]*)\}/.exec(t.hoursOption)![1]!;
  if (hours === 0.5) return t.hoursHalf;
  return pluralOther(t.hoursOption, hours);
}

/** The channel step's question groups, by their legends. */
export function channelGroups(page: Page, locale: Locale) {
  const t = messages[locale].channels;
  return {
    reach: page.getByRole('group', { name: t.reachLegend, exact: true }),
    goals: page.getByRole('group', { name: t.goalsLegend, exact: true }),
    hours: page.getByRole('group', { name: t.hoursLabel, exact: true }),
    formats: page.getByRole('group', { name: t.formatsLegend, exact: true }),
    existing: page.getByRole('group', { name: t.existingLegend, exact: true }),
  };
}

/** Answers the channel step by label: where the customers are, the goals, the hours, what the person likes to make, the channels there are. */
export async function answerChannelStep(page: Page, locale: Locale, answers: ChannelAnswers) {
  const t = messages[locale].channels;
  const groups = channelGroups(page, locale);
  if (answers.reach) await groups.reach.getByRole('radio', { name: t.reach[answers.reach], exact: true }).check();
  for (const goal of answers.goals) await groups.goals.getByRole('checkbox', { name: t.goals[goal], exact: true }).check();
  if (answers.hours !== undefined) await groups.hours.getByRole('radio', { name: hoursLabel(locale, answers.hours), exact: true }).check();
  if (answers.formats?.length === 0) await groups.formats.getByRole('checkbox', { name: t.formatsNone, exact: true }).check();
  for (const format of answers.formats ?? []) await groups.formats.getByRole('checkbox', { name: t.formats[format], exact: true }).check();
  for (const [id, state] of Object.entries(answers.existing)) {
    const name = channelCatalogue.find((c) => c.id === id)!.name[locale];
    await groups.existing.getByRole('combobox', { name, exact: true }).selectOption({ label: t.states[state] });
  }
}

export type AnswerPattern = (step: number, question: number) => string;

/** A pattern that gives every question the same answer. */
export const everywhere =
  (label: string): AnswerPattern =>
  () =>
    label;

/**
 * Completes the whole check from step 1: answers the need step's two choices with `setup`, each statement with the
 * label `pattern(step, question)` (both 0-based; step 0 is the need step), clicks «Weiter» on each step, answers the
 * channel step with `channels`, clicks «Auswertung anzeigen», waits for the results, and returns the answers given,
 * keyed by item id.
 */
export async function completeCheck(
  page: Page,
  locale: Locale,
  pattern: AnswerPattern,
  setup: Setup = DEFAULT_SETUP,
  channels: ChannelAnswers = DEFAULT_CHANNELS,
): Promise<Answers> {
  // 39 answers, two choices and ten steps: allow for a loaded machine (triples the test's timeout).
  test.slow();
  const t = messages[locale].check;
  const answers: Answers = {};
  await page.goto(`/${locale}/check`);
  for (const [s, step] of steps.entries()) {
    await expect(stepHeading(page, locale, s + 1)).toBeVisible();
    await expect(questionGroups(page)).toHaveCount(groupCount(s + 1));
    if (s === 0) await answerSetup(page, locale, setup);
    for (const [q, item] of step.items.entries()) {
      const label = pattern(s, q);
      await questionGroup(page, locale, item.id, setup).getByRole('radio', { name: label, exact: true }).check();
      answers[item.id] = answerFor(locale, label);
    }
    await page.getByRole('button', { name: t.next, exact: true }).click();
  }
  await expect(stepHeading(page, locale, CHANNEL_STEP)).toBeVisible();
  await answerChannelStep(page, locale, channels);
  await page.getByRole('button', { name: t.finish, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/results$`));
  await expect(page.getByRole('heading', { level: 1, name: messages[locale].results.title })).toBeVisible();
  return answers;
}
