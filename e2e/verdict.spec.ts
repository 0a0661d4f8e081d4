import type { Page } from '@playwright/test';
import { content } from '../content';
import { pickGuidance } from '../lib/guidance';
import { VERDICT_MATRIX } from '../lib/verdict';
import { expect, test } from './fixtures';
import {
  completeCheck,
  dimensionTitle,
  expectedResult,
  fill,
  locales,
  messages,
  optionLabel,
  questionGroups,
  stepHeading,
  steps,
  worded,
  type Locale,
} from './helpers';
import { highNeedNoGroundwork, notNowForGoodReasons, ownerAlone, type Persona } from './support/personas';

/** Completes the check as the persona answers it and returns what lib/ says the results must show. */
async function answerAs(page: Page, locale: Locale, persona: Persona) {
  await completeCheck(
    page,
    locale,
    (s, q) => optionLabel(locale, persona.answers[steps[s]!.items[q]!.id]!),
    persona.setup,
  );
  const expected = expectedResult(persona.answers, persona.setup);
  const verdict = content.verdicts.find((v) => v.id === expected.verdict)!;
  return { expected, verdict };
}

/** Asserts the verdict as a person reads it: the answer, both axes, the text and its steps; returns the text read. */
async function expectVerdict(page: Page, locale: Locale, persona: Persona) {
  const t = messages[locale];
  const { expected, verdict } = await answerAs(page, locale, persona);
  const summary = page.getByRole('region', { name: t.results.overall });
  await expect(summary.getByRole('heading', { name: t.results.verdictTitle })).toBeVisible();
  await expect(summary.getByText(verdict.title[locale], { exact: true })).toBeVisible();
  await expect(summary.getByText(worded(verdict.body, locale, persona.setup), { exact: true })).toBeVisible();
  await expect(summary.getByText(verdict.stepsTitle[locale], { exact: true })).toBeVisible();
  for (const step of verdict.steps) {
    await expect(summary.getByRole('listitem').filter({ hasText: worded(step, locale, persona.setup) })).toBeVisible();
  }
  // Both axes, by name.
  const level = content.needLevels.find((l) => l.id === expected.need.level)!;
  const axes = summary.locator('.verdict__axes');
  await expect(axes.getByRole('term')).toHaveText([t.verdict.needAxis, t.verdict.readinessAxis]);
  await expect(axes.getByRole('definition')).toHaveText([
    `${level.name[locale]} (${fill(t.verdict.needScore, { score: expected.need.score! })})`,
    content.bands.find((b) => b.id === expected.band)!.name[locale],
  ]);
  // A critical companion is named where it helps, never like an advertisement.
  const text = await page.locator('main').innerText();
  expect(text.match(/business.coach/gi)?.length ?? 0, 'mentions of Business Coaching on the page').toBeLessThanOrEqual(2);
  test.info().annotations.push({ type: `verdict (${locale})`, description: await summary.locator('.verdict').innerText() });
  return { expected, verdict };
}

for (const locale of locales) {
  const t = messages[locale];

  test.describe(`the verdict on need and readiness (${locale})`, () => {
    test(`a firm with a high need and no groundwork hears «Must Have – but lay the groundwork first», with the missing gates first (${locale})`, async ({
      page,
    }) => {
      const persona = highNeedNoGroundwork;
      const { expected, verdict } = await expectVerdict(page, locale, persona);
      expect(verdict.id).toBe('must-have-groundwork');
      expect(expected.need.level).toBe('high');
      expect(expected.cappedBy.map((g) => g.itemId)).toEqual(['people-willing', 'time-two-hours']);

      // The level is capped (here it is lower still), and the notice names both missing gates in the firm's wording.
      expect(expected.band).toBe('early');
      const band = content.bands.find((b) => b.id === expected.levelCap)!.name[locale];
      await expect(page.getByText(fill(t.results.gateCapped, { band }), { exact: true })).toBeVisible();
      for (const gate of expected.cappedBy) {
        const reason = worded(content.items.find((i) => i.id === gate.itemId)!.gate!.reason, locale, persona.setup);
        await expect(page.getByRole('listitem').filter({ hasText: reason })).toBeVisible();
      }

      // The two failed gates come first among the priorities, each with its gate card, never a «ready» card.
      const priorities = page.getByRole('region', { name: t.results.prioritiesTitle });
      const cards = priorities.getByRole('article');
      await expect(cards).toHaveCount(3);
      expect(expected.priorities.slice(0, 2)).toEqual(['people', 'time']);
      const picks = pickGuidance(expected, content.guidance, content.gateGuidance, content.holdGuidance);
      for (const [index, id] of expected.priorities.slice(0, 2).entries()) {
        const pick = picks.find((p) => p.dimension === id)!;
        expect(pick.kind).toBe('gate');
        await expect(cards.nth(index).getByRole('heading', { level: 3 })).toHaveText(new RegExp(`${dimensionTitle(locale, id)}$`));
        await expect(cards.nth(index).getByRole('heading', { name: worded(pick.guidance!.title, locale, persona.setup), exact: true })).toBeVisible();
      }

      // While no one has the time and the will, no card sends the owner after followers: community holds back.
      const all = page.getByRole('region', { name: t.results.allTitle });
      const community = all.getByRole('article').filter({ has: page.getByRole('heading', { name: dimensionTitle(locale, 'community') }) });
      await expect(community.getByRole('heading', { name: worded(content.holdGuidance[0]!.title, locale), exact: true })).toBeVisible();
      for (const card of content.guidance.filter((g) => g.growsReach)) {
        await expect(page.getByRole('heading', { name: worded(card.title, locale, persona.setup), exact: true })).toHaveCount(0);
      }
    });

    test(`a firm that decided «not now» for good reasons hears it is rather a passing fad for now, and what minimum still pays (${locale})`, async ({
      page,
    }) => {
      const persona = notNowForGoodReasons;
      const { expected, verdict } = await expectVerdict(page, locale, persona);
      expect(verdict.id).toBe('fad-for-now');
      expect(expected.need).toMatchObject({ level: 'low', status: 'clear' });
      // A respectable answer, not a failing grade: no «Must Have» as the answer, the minimum presence spelled out.
      expect(verdict.title[locale]).not.toMatch(/must.have/i);
      await expect(page.getByText(verdict.stepsTitle[locale], { exact: true })).toBeVisible();
      // The priorities speak of «should you start later», not of what is missing now.
      const priorities = page.getByRole('region', { name: t.results.prioritiesTitle });
      await expect(priorities.getByText(t.verdict.prioritiesIfLater, { exact: true })).toBeVisible();
      await expect(priorities.getByText(t.results.prioritiesIntro, { exact: true })).toHaveCount(0);
    });

    test(`the Methode page explains both axes and shows the verdict for every combination (${locale})`, async ({ page }) => {
      const a = messages[locale].axes;
      await page.goto(`/${locale}/methode`);
      await expect(page.getByRole('heading', { level: 2, name: a.title })).toBeVisible();
      for (const heading of [a.needTitle, a.readinessTitle, a.matrixTitle]) {
        await expect(page.getByRole('heading', { level: 3, name: heading, exact: true })).toBeVisible();
      }
      const table = page.getByRole('table', { name: a.matrixCaption });
      const rows = table.getByRole('row').filter({ has: page.getByRole('rowheader') });
      const needRows = ['high', 'moderate', 'low', 'unclear'] as const;
      await expect(rows).toHaveCount(needRows.length);
      for (const [index, need] of needRows.entries()) {
        const name = need === 'unclear' ? a.rowUnclear : content.needLevels.find((l) => l.id === need)!.name[locale];
        await expect(rows.nth(index).getByRole('rowheader')).toHaveText(name);
        const title = (id: string) => content.verdicts.find((v) => v.id === id)!.title[locale];
        await expect(rows.nth(index).getByRole('cell')).toHaveText([
          title(VERDICT_MATRIX[need].groundwork),
          title(VERDICT_MATRIX[need].ready),
          title(VERDICT_MATRIX[need].unclear),
        ]);
      }
      await expect(page.getByText(a.notNowBody, { exact: true })).toBeVisible();
      const axes = page.getByRole('region', { name: a.title, exact: true });
      for (const item of content.needItems) {
        await expect(axes.getByRole('listitem').filter({ hasText: item.prompt[locale] })).toHaveCount(1);
      }
    });

    test(`the need step asks a B2B firm about business customers, and an owner is addressed as «Sie» (${locale})`, async ({
      page,
    }) => {
      const check = messages[locale].check;
      await page.goto(`/${locale}/check`);
      await expect(stepHeading(page, locale, 1)).toBeVisible();
      const ask = content.needItems.find((i) => i.id === 'need-customers-ask')!;
      await expect(page.getByRole('group', { name: ask.prompt[locale], exact: true })).toBeVisible();
      const market = page.getByRole('group', { name: content.need.market.legend[locale], exact: true });
      await market.getByRole('radio', { name: content.need.market.options.b2b[locale], exact: true }).check();
      // The statement follows the answer above it at once.
      await expect(page.getByRole('group', { name: worded(ask.prompt, locale, { market: 'b2b' }), exact: true })).toBeVisible();
      await expect(page.getByRole('group', { name: ask.prompt[locale], exact: true })).toHaveCount(0);
      await page.getByRole('group', { name: content.need.runner.legend[locale], exact: true })
        .getByRole('radio', { name: content.need.runner.options.owner[locale], exact: true })
        .check();
      for (const item of content.needItems) {
        await page
          .getByRole('group', { name: worded(item.prompt, locale, { runner: 'owner', market: 'b2b' }), exact: true })
          .getByRole('radio', { name: optionLabel(locale, 3), exact: true })
          .check();
      }
      await page.getByRole('button', { name: check.next, exact: true }).click();
      await expect(stepHeading(page, locale, 2)).toBeVisible();
      expect(steps[1]!.dimension.id).toBe('strategy');
    });

    test(`an owner who runs everything alone is addressed as «Sie» throughout, and the team statements do not count against her (${locale})`, async ({
      page,
    }) => {
      const persona = ownerAlone;
      const { expected, verdict } = await expectVerdict(page, locale, persona);
      expect(verdict.id).toBe('must-have-go');
      // The two team statements were «Betrifft uns nicht»: culture is still scored from the two that apply.
      expect(expected.dimensions.find((d) => d.dimension === 'culture')).toMatchObject({ status: 'scored', relevant: 2 });
      const table = page.getByRole('table', { name: t.results.tableCaption });
      const culture = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: dimensionTitle(locale, 'culture'), exact: true }) });
      await expect(culture.getByRole('cell').first()).toHaveText(String(expected.dimensions.find((d) => d.dimension === 'culture')!.score));

      // The cards on the person and the time speak to her, not about a third person.
      const picks = pickGuidance(expected, content.guidance, content.gateGuidance, content.holdGuidance);
      for (const id of ['people', 'time'] as const) {
        const card = picks.find((p) => p.dimension === id)!.guidance!;
        const body = worded(card.body, locale, persona.setup);
        expect(body, `${id} card worded for the owner`).not.toBe(card.body[locale]);
        await expect(page.getByText(body, { exact: true })).toBeVisible();
      }

      // Back in the check, the steps on the person and the time ask her directly.
      for (const id of ['people', 'time'] as const) {
        const step = steps.findIndex((s) => s.dimension.id === id) + 1;
        await page.goto(`/${locale}/check?step=${step}`);
        await expect(stepHeading(page, locale, step)).toBeVisible();
        await expect(questionGroups(page)).toHaveCount(steps[step - 1]!.items.length);
        for (const item of steps[step - 1]!.items) {
          const prompt = worded(item.prompt, locale, persona.setup);
          expect(prompt).toMatch(locale === 'de' ? /\b(Sie|Ihre[nmrs]?)\b/ : /\b(You|your)\b/i);
          await expect(page.getByRole('group', { name: prompt, exact: true })).toBeVisible();
        }
        await expect(page.locator('main')).not.toContainText(locale === 'de' ? 'zuständige Person' : 'person in charge');
      }
    });
  });
}
