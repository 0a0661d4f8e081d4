import type { Locator, Page } from '@playwright/test';
import { content } from '../content';
import { pickGuidance } from '../lib/guidance';
import type { AnswerValue, Answers } from '../lib/schemas';
import { MIN_SCORED_DIMENSIONS } from '../lib/scoring';
import { expect, expectNoBrowserProblems, test, watchContext } from './fixtures';
import { drawnChart } from './support/charts';
import {
  answerSetup,
  DEFAULT_SETUP,
  setupGroups,
  answerStep,
  completeCheck,
  dimensionTitle,
  escapeRegExp,
  expectedResult,
  fill,
  groupCount,
  messages,
  option,
  optionLabel,
  pluralOther,
  questionGroup,
  questionGroups,
  stepHeading,
  steps,
  worded,
  type AnswerPattern,
  type Locale,
  channelGroups,
} from './helpers';

/** Different answers per step and question, so the dimensions get different scores. */
const varied =
  (locale: Locale): AnswerPattern =>
  (step, question) =>
    optionLabel(locale, (((step * 2 + question) % 5) + 1) as AnswerValue);

/** Asserts everything the results page must show for these answers; the expectations come from lib/ and content/. */
async function expectResults(page: Page, locale: Locale, answers: Answers) {
  const t = messages[locale].results;
  const expected = expectedResult(answers);
  expect(expected.overall, 'the chosen answers give an overall score').not.toBeNull();
  const band = content.bands.find((b) => b.id === expected.band)!;

  // Overall score, level and the verdict on need and readiness.
  await expect(page.getByTestId('overall-score')).toHaveText(String(expected.overall));
  const summary = page.getByRole('region', { name: t.overall });
  await expect(summary.getByText(t.level, { exact: true })).toBeVisible();
  // The level, once as the badge and once as the readiness axis of the verdict.
  await expect(summary.getByText(band.name[locale], { exact: true })).toHaveCount(2);
  await expect(summary.getByText(band.name[locale], { exact: true }).first()).toBeVisible();
  await expect(summary.getByRole('heading', { name: t.verdictTitle })).toBeVisible();
  const verdict = content.verdicts.find((v) => v.id === expected.verdict)!;
  await expect(summary.getByText(verdict.title[locale], { exact: true })).toBeVisible();
  await expect(summary.getByText(worded(verdict.body, locale), { exact: true })).toBeVisible();
  for (const step of verdict.steps) await expect(summary.getByRole('listitem').filter({ hasText: worded(step, locale) })).toBeVisible();

  // The chart: an image named by its text alternative, drawn as an SVG with a filled nine-cornered outline.
  const chart = page.getByRole('img', { name: new RegExp(`^${escapeRegExp(t.chartAlt)}`) });
  await expect(chart).toBeVisible();
  await drawnChart(chart);
  await expect(chart.locator('svg').first()).toBeVisible();
  const outline = chart.locator('.recharts-radar-polygon path.recharts-polygon').first();
  // Nine corners (recharts repeats the first one to close the outline).
  await expect(outline).toHaveAttribute('d', /^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){8,9}Z$/);
  for (const d of expected.dimensions) {
    const score = d.score === null ? t.notScored : String(d.score);
    await expect(chart).toHaveAccessibleName(new RegExp(`${escapeRegExp(dimensionTitle(locale, d.dimension))}: ${score}`));
  }

  // The table: one row per dimension with its score, or «zu wenige Antworten».
  const table = page.getByRole('table', { name: t.tableCaption });
  const rows = table.getByRole('row').filter({ has: page.getByRole('rowheader') });
  await expect(rows).toHaveCount(content.dimensions.length);
  for (const [index, d] of expected.dimensions.entries()) {
    const row = rows.nth(index);
    await expect(row.getByRole('rowheader')).toHaveText(dimensionTitle(locale, d.dimension));
    await expect(row.getByRole('cell').first()).toHaveText(d.score === null ? t.notScored : String(d.score));
  }

  // The three priorities: the weakest dimensions, each with its guidance card and next steps.
  const priorities = page.getByRole('region', { name: t.prioritiesTitle });
  await expect(priorities.getByRole('heading', { level: 2, name: t.prioritiesTitle })).toBeVisible();
  const cards = priorities.getByRole('article');
  await expect(cards).toHaveCount(3);
  const picks = pickGuidance(expected, content.guidance, content.gateGuidance, content.holdGuidance);
  for (const [index, id] of expected.priorities.entries()) {
    const card = cards.nth(index);
    const guidance = picks.find((p) => p.dimension === id)!.guidance!;
    await expect(card.getByRole('heading', { level: 3 })).toHaveText(
      new RegExp(`^${index + 1}\\.\\s*${escapeRegExp(dimensionTitle(locale, id))}$`),
    );
    await expect(card.getByRole('heading', { name: worded(guidance.title, locale), exact: true })).toBeVisible();
    await expect(card.getByRole('heading', { name: t.nextSteps })).toBeVisible();
    const nextSteps = card.getByRole('list').last().getByRole('listitem');
    await expect(nextSteps).toHaveText(guidance.steps.map((s) => worded(s, locale)));
  }
}

async function openStep(page: Page, locale: Locale, step: number) {
  await expect(stepHeading(page, locale, step)).toBeVisible();
  await expect(questionGroups(page)).toHaveCount(groupCount(step));
}

/** Checks that each of these answers is the one selected on the page. */
async function expectChecked(page: Page, locale: Locale, answers: Answers) {
  for (const [itemId, value] of Object.entries(answers)) {
    await expect(option(page, locale, itemId, value)).toBeChecked();
  }
}

async function expectNothingChecked(page: Page) {
  const groups = questionGroups(page);
  const count = await groups.count();
  expect(count).toBeGreaterThan(0);
  for (let q = 0; q < count; q++) {
    await expect(groups.nth(q).getByRole('radio', { checked: true })).toHaveCount(0);
  }
}

/** Answers a step question by question (mouse), returning the answers given. */
async function answerByValue(page: Page, locale: Locale, step: number, value: (question: number) => AnswerValue) {
  const answers: Answers = {};
  for (const [q, item] of steps[step - 1]!.items.entries()) {
    await option(page, locale, item.id, value(q)).check();
    answers[item.id] = value(q);
  }
  return answers;
}

/** Presses Tab until `target` has focus; fails if it never gets there. */
async function tabTo(page: Page, target: Locator, maxPresses = 40) {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

test.describe('the check', () => {
  test('an owner completes the check in German and sees the chart, the table, the score, the level, the verdict and three priorities', async ({
    page,
  }) => {
    const answers = await completeCheck(page, 'de', varied('de'));
    await expectResults(page, 'de', answers);
  });

  test('an owner completes the check in English and sees the same results in English', async ({ page }) => {
    const answers = await completeCheck(page, 'en', (step, question) =>
      optionLabel('en', (((step + question * 3) % 5) + 1) as AnswerValue),
    );
    await expectResults(page, 'en', answers);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('answers survive a reload', async ({ page }) => {
    const t = messages.de.check;
    await page.goto('/de/check');
    await openStep(page, 'de', 1);
    await answerSetup(page, 'de');
    const first = await answerByValue(page, 'de', 1, (q) => ([4, 'unknown', 2, 'na', 5] as AnswerValue[])[q % 5]!);
    await page.getByRole('button', { name: t.next, exact: true }).click();
    await openStep(page, 'de', 2);
    const [a, b] = steps[1]!.items;
    await option(page, 'de', a!.id, 3).check();
    await option(page, 'de', b!.id, 1).check();

    await page.reload();
    await openStep(page, 'de', 2);
    await expectChecked(page, 'de', { [a!.id]: 3, [b!.id]: 1 });
    await expect(questionGroup(page, 'de', steps[1]!.items[2]!.id).getByRole('radio', { checked: true })).toHaveCount(0);

    await page.getByRole('button', { name: t.back, exact: true }).click();
    await openStep(page, 'de', 1);
    await expectChecked(page, 'de', first);

    // A new visit to the check, without the step in the URL, resumes at the first open question.
    await page.goto('/de/check');
    await openStep(page, 'de', 2);
    await expectChecked(page, 'de', { [a!.id]: 3, [b!.id]: 1 });
  });

  test('the first step comes with the page, inert until the stored answers are read, and then shows them', async ({ page }) => {
    const t = messages.de.check;
    const runnerLegend = messages.de.need.setupTitle;
    // The server renders the owner's first step; every other address of the check waits for the stored answers.
    const markup = async (path: string) => (await (await page.request.get(path)).text()).replace(/<script[\s\S]*?<\/script>/g, '');
    const first = await markup('/de/check?step=1');
    expect(first.includes('<div class="check" inert="" aria-busy="true">'), 'inert first step').toBe(true);
    expect(first.includes(runnerLegend), 'setup questions').toBe(true);
    expect(first.match(/<fieldset /g)?.length).toBe(groupCount(1));
    expect(first.includes(t.loading), 'loading text').toBe(false);
    for (const other of ['/de/check', '/de/check?step=2', '/de/check?step=1&round=abc', '/de/check?step=1&client=a&assessment=b']) {
      const html = await markup(other);
      expect(html.includes(t.loading), `${other}: loading text`).toBe(true);
      expect(html.includes(runnerLegend), `${other}: setup questions`).toBe(false);
    }

    await page.goto('/de/check?step=1');
    await openStep(page, 'de', 1);
    await expect(page.locator('.check')).not.toHaveAttribute('inert');
    await answerSetup(page, 'de');
    const answers = await answerByValue(page, 'de', 1, (q) => ((q % 5) + 1) as AnswerValue);

    // A new load of the first step opens with the stored answers and choices.
    await page.goto('/de/check?step=1');
    await openStep(page, 'de', 1);
    await expectChecked(page, 'de', answers);
    const { runner, market } = setupGroups(page, 'de');
    await expect(runner.getByRole('radio', { checked: true })).toHaveAccessibleName(content.need.runner.options[DEFAULT_SETUP.runner].de);
    await expect(market.getByRole('radio', { checked: true })).toHaveAccessibleName(content.need.market.options[DEFAULT_SETUP.market].de);
    const item = steps[0]!.items[0]!;
    // And it takes answers again.
    await option(page, 'de', item.id, 5).check();
    await page.reload();
    await openStep(page, 'de', 1);
    await expectChecked(page, 'de', { ...answers, [item.id]: 5 });
  });

  test('back and forward keep the answers, with the buttons and with the browser', async ({ page }) => {
    const t = messages.de.check;
    await page.goto('/de/check');
    await openStep(page, 'de', 1);
    await answerSetup(page, 'de');
    const step1 = await answerByValue(page, 'de', 1, (q) => ((q % 5) + 1) as AnswerValue);
    await page.getByRole('button', { name: t.next, exact: true }).click();
    await openStep(page, 'de', 2);
    const step2 = await answerByValue(page, 'de', 2, (q) => (5 - (q % 5)) as AnswerValue);
    await page.getByRole('button', { name: t.next, exact: true }).click();
    await openStep(page, 'de', 3);

    // The app's own buttons.
    await page.getByRole('button', { name: t.back, exact: true }).click();
    await openStep(page, 'de', 2);
    await expectChecked(page, 'de', step2);
    await page.getByRole('button', { name: t.back, exact: true }).click();
    await openStep(page, 'de', 1);
    await expectChecked(page, 'de', step1);
    await page.getByRole('button', { name: t.next, exact: true }).click();
    await openStep(page, 'de', 2);
    await expectChecked(page, 'de', step2);

    // The browser's back and forward buttons.
    await page.goBack();
    await openStep(page, 'de', 1);
    await expectChecked(page, 'de', step1);
    await page.goForward();
    await openStep(page, 'de', 2);
    await expectChecked(page, 'de', step2);
    await page.goBack();
    await page.goBack();
    await openStep(page, 'de', 2);
    await expectChecked(page, 'de', step2);
  });

  test('an incomplete step shows the error summary, which leads to the unanswered question', async ({ page }) => {
    const t = messages.de.check;
    await page.goto('/de/check');
    await openStep(page, 'de', 1);
    const missing = steps[0]!.items[2]!;
    await answerSetup(page, 'de');
    for (const item of steps[0]!.items) {
      if (item.id !== missing.id) await option(page, 'de', item.id, 4).check();
    }
    await page.getByRole('button', { name: t.next, exact: true }).click();

    const summary = page.getByRole('alert', { name: t.errorSummaryTitle });
    await expect(summary).toBeVisible();
    await expect(summary).toBeFocused();
    await expect(stepHeading(page, 'de', 1)).toBeVisible();
    const links = summary.getByRole('link');
    await expect(links).toHaveCount(1);
    await expect(links).toHaveText(worded(missing.prompt, 'de'));
    await expect(questionGroup(page, 'de', missing.id)).toContainText(t.errorRequired);

    await links.click();
    await expect(questionGroup(page, 'de', missing.id).getByRole('radio').first()).toBeFocused();

    // Once answered, the step lets the owner go on.
    await option(page, 'de', missing.id, 2).check();
    await page.getByRole('button', { name: t.next, exact: true }).click();
    await openStep(page, 'de', 2);
  });

  test('the whole check can be completed with the keyboard alone', async ({ page }) => {
    test.slow();
    const t = messages.de.check;
    const answers: Answers = {};
    await page.goto('/de/check');
    for (const [s, step] of steps.entries()) {
      await openStep(page, 'de', s + 1);
      if (s === 0) {
        // The two choices: Space takes the first option, the arrow keys move on (employee, then «both about equally»).
        for (const [group, moves] of [[content.need.runner, 1], [content.need.market, 2]] as const) {
          const radios = page.getByRole('group', { name: group.legend.de, exact: true }).getByRole('radio');
          await tabTo(page, radios.first());
          await page.keyboard.press('Space');
          for (let i = 0; i < moves; i++) await page.keyboard.press('ArrowRight');
          await expect(radios.nth(moves)).toBeChecked();
          await expect(radios.nth(moves)).toBeFocused();
        }
      }
      for (const [q, item] of step.items.entries()) {
        const value = (((s + q) % 5) + 1) as 1 | 2 | 3 | 4 | 5;
        const radios = questionGroup(page, 'de', item.id).getByRole('radio');
        await tabTo(page, radios.first());
        await page.keyboard.press('Space');
        for (let i = 1; i < value; i++) await page.keyboard.press('ArrowRight');
        await expect(option(page, 'de', item.id, value)).toBeChecked();
        await expect(option(page, 'de', item.id, value)).toBeFocused();
        answers[item.id] = value;
      }
      await tabTo(page, page.getByRole('button', { name: t.next, exact: true }));
      await page.keyboard.press('Enter');
      await expect(stepHeading(page, 'de', s + 2)).toBeFocused();
    }
    // The channel step: radios by Space and arrows, checkboxes by Space, the channels there are by a select.
    const c = messages.de.channels;
    const groups = channelGroups(page, 'de');
    for (const [group, moves] of [[groups.reach, 1], [groups.hours, 3]] as const) {
      const radios = group.getByRole('radio');
      await tabTo(page, radios.first());
      await page.keyboard.press('Space');
      for (let i = 0; i < moves; i++) await page.keyboard.press('ArrowDown');
      await expect(radios.nth(moves)).toBeChecked();
    }
    for (const box of [groups.goals.getByRole('checkbox', { name: c.goals.enquiries }), groups.formats.getByRole('checkbox', { name: c.formats.text })]) {
      await tabTo(page, box);
      await page.keyboard.press('Space');
      await expect(box).toBeChecked();
    }
    await tabTo(page, page.getByRole('button', { name: t.finish, exact: true }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/de\/results$/);
    await expect(page.getByTestId('overall-score')).toHaveText(String(expectedResult(answers).overall));
  });

  test('«Neu beginnen» asks before it deletes the answers', async ({ page }) => {
    const t = messages.de.check;
    await page.goto('/de/check');
    await openStep(page, 'de', 1);
    await answerSetup(page, 'de');
    await answerStep(page, optionLabel('de', 4));
    const step1 = Object.fromEntries(steps[0]!.items.map((item) => [item.id, 4 as AnswerValue]));
    await page.getByRole('button', { name: t.next, exact: true }).click();
    await openStep(page, 'de', 2);
    const step2Item = steps[1]!.items[0]!;
    await option(page, 'de', step2Item.id, 5).check();

    const dialog = page.getByRole('dialog', { name: t.restartTitle });
    await page.getByRole('button', { name: t.restart, exact: true }).click();
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(t.restartBody);
    await dialog.getByRole('button', { name: t.restartCancel, exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(option(page, 'de', step2Item.id, 5)).toBeChecked();
    await page.reload();
    await openStep(page, 'de', 2);
    await expect(option(page, 'de', step2Item.id, 5)).toBeChecked();
    await page.getByRole('button', { name: t.back, exact: true }).click();
    await openStep(page, 'de', 1);
    await expectChecked(page, 'de', step1);

    await page.getByRole('button', { name: t.restart, exact: true }).click();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: t.restartConfirm, exact: true }).click();
    await expect(dialog).toBeHidden();
    await openStep(page, 'de', 1);
    await expectNothingChecked(page);

    await page.reload();
    await openStep(page, 'de', 1);
    await expectNothingChecked(page);
    await page.goto('/de/results');
    await expect(page.getByText(messages.de.results.empty, { exact: true })).toBeVisible();
  });
});

test.describe('languages', () => {
  for (const [browserLocale, expected] of [
    ['en-US', 'en'],
    ['de-CH', 'de'],
  ] as const) {
    test(`/ redirects a browser set to ${browserLocale} to /${expected}`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ locale: browserLocale, baseURL });
      const problems = await watchContext(context, baseURL!);
      const page = await context.newPage();
      await page.goto('/');
      await expect(page).toHaveURL(`${baseURL}/${expected}`);
      await expect(page.getByRole('heading', { level: 1, name: messages[expected].landing.title })).toBeVisible();
      await context.close();
      expectNoBrowserProblems(problems);
    });
  }

  test('the language switch on every page keeps the page', async ({ page }) => {
    const pages = [
      { path: '', title: (l: Locale) => messages[l].landing.title },
      { path: '/check', title: (l: Locale) => messages[l].check.title },
      { path: '/results', title: (l: Locale) => messages[l].results.title },
      { path: '/methode', title: (l: Locale) => messages[l].method.title },
      { path: '/coach', title: (l: Locale) => messages[l].coach.title },
    ];
    for (const { path, title } of pages) {
      await page.goto(`/de${path}`);
      await expect(page.getByRole('heading', { level: 1, name: title('de') })).toBeVisible();
      await page.getByRole('link', { name: messages.de.nav.switchToLabel }).click();
      await expect(page).toHaveURL(new RegExp(`/en${escapeRegExp(path)}$`));
      await expect(page.getByRole('heading', { level: 1, name: title('en') })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await page.getByRole('link', { name: messages.en.nav.switchToLabel }).click();
      await expect(page).toHaveURL(new RegExp(`/de${escapeRegExp(path)}$`));
      await expect(page.getByRole('heading', { level: 1, name: title('de') })).toBeVisible();
    }
  });
});

test.describe('method and results details', () => {
  test('the Methode page explains the score and lists the nine dimensions', async ({ page }) => {
    const t = messages.de.method;
    await page.goto('/de/methode');
    await expect(page.getByRole('heading', { level: 1, name: t.title })).toBeVisible();
    for (const heading of [messages.de.axes.title, t.scaleTitle, t.dimensionTitle, t.overallTitle, t.gatesTitle, t.prioritiesTitle]) {
      await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    }
    await expect(page.getByText(t.dimensionBody, { exact: true })).toBeVisible();
    await expect(page.getByText(fill(t.overallBody, { min: MIN_SCORED_DIMENSIONS }), { exact: true })).toBeVisible();
    for (const [index, point] of content.scale.points.entries()) {
      await expect(page.getByRole('listitem').filter({ hasText: `${point.de}: ${index * 25}` })).toHaveCount(1);
    }
    for (const band of content.bands) {
      await expect(page.getByText(band.meaning.de, { exact: true })).toBeVisible();
    }
    const origins = page.getByRole('region', { name: t.originsTitle });
    await expect(origins.getByRole('heading', { level: 3 })).toHaveText(content.dimensions.map((d) => d.title.de));
  });

  test('a low time gate caps the level, and the results say which gate did it', async ({ page }) => {
    const gate = content.items.find((i) => i.gate && i.dimension === 'time')!;
    const answers = await completeCheck(page, 'de', (s, q) =>
      optionLabel('de', steps[s]!.items[q]!.id === gate.id ? 1 : 5),
    );
    const expected = expectedResult(answers);
    expect(expected.cappedBy.map((g) => g.itemId)).toEqual([gate.id]);
    expect(expected.band).not.toBe(expected.uncappedBand);
    expect(expected.band).toBe(expected.levelCap);
    const t = messages.de.results;
    const capped = content.bands.find((b) => b.id === expected.band)!.name.de;

    await expect(page.getByTestId('overall-score')).toHaveText(String(expected.overall));
    // The capped level, as the badge and as the readiness axis of the verdict.
    await expect(page.getByRole('region', { name: t.overall }).getByText(capped, { exact: true })).toHaveCount(2);
    await expect(page.getByText(fill(t.gateCapped, { band: capped }), { exact: true })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: gate.gate!.reason.de })).toBeVisible();
    await expect(page.getByText(t.gateAdvice, { exact: true })).toBeVisible();
  });

  test('«Weiss nicht» answers are counted on the results', async ({ page }) => {
    // The first statement of the first three topics (step 0 is the need step, whose «Weiss nicht» is not a readiness gap).
    const answers = await completeCheck(page, 'de', (s, q) => optionLabel('de', q === 0 && s >= 1 && s <= 3 ? 'unknown' : 4));
    const expected = expectedResult(answers);
    expect(expected.unknownCount).toBe(3);
    await expect(page.getByText(pluralOther(messages.de.results.unknownCount, 3), { exact: true })).toBeVisible();
    await expect(page.getByTestId('overall-score')).toHaveText(String(expected.overall));
  });

  test('a dimension with too few answers shows «zu wenige Antworten», says what it lacks, and leaves no overall score to be raised', async ({
    page,
  }) => {
    const t = messages.de.results;
    const culture = steps.findIndex((s) => s.dimension.id === 'culture');
    // One answer on the scale and three «Weiss nicht»: fewer than two statements are answered on the scale.
    const answers = await completeCheck(page, 'de', (s, q) =>
      optionLabel('de', s === culture ? (q === 0 ? 5 : 'unknown') : 3),
    );
    const expected = expectedResult(answers);
    expect(expected.unscored).toEqual(['culture']);
    expect(expected.lacking).toEqual(['culture']);
    expect(expected.overall).toBeNull();

    const title = dimensionTitle('de', 'culture');
    const row = page
      .getByRole('table', { name: t.tableCaption })
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: title, exact: true }) });
    await expect(row.getByRole('cell').first()).toHaveText(t.notScored);
    await expect(row.getByRole('cell').first()).not.toHaveText(/\d/);
    await expect(page.getByText(`${t.unscored} ${title}.`)).toBeVisible();
    await expect(page.getByRole('img', { name: new RegExp(`${escapeRegExp(title)}: ${escapeRegExp(t.notScored)}`) })).toBeVisible();
    // What it lacks, in numbers: one answer on the scale of at least two.
    const culture_ = expected.dimensions.find((d) => d.dimension === 'culture')!;
    await expect(
      page.getByText(fill(messages.de.verdict.shortfallLine, { dimension: title, known: culture_.known, min: culture_.minKnown }), { exact: true }),
    ).toBeVisible();
    // Leaving a topic open never raises the overall score: there is none until the topic has its answers.
    await expect(page.getByTestId('overall-score')).toHaveCount(0);
    await expect(page.getByText(fill(t.notEnoughOverall, { min: MIN_SCORED_DIMENSIONS }), { exact: true })).toBeVisible();
  });
});
