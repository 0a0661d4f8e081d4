import type { Browser, Locator, Page } from '@playwright/test';
import { channels as catalogue } from '../content/channels';
import type { ChannelAnswers } from '../lib/channel-schema';
import { planForAssessment, type ChannelPlan } from '../lib/channels';
import type { Answers } from '../lib/schemas';
import { expect, expectNoBrowserProblems, test, watchContext, type Seed } from './fixtures';
import {
  CHANNEL_STEP,
  answerChannelStep,
  channelGroups,
  expectedResult,
  fill,
  locales,
  messages,
  stepHeading,
  steps,
  type Locale,
  type Setup,
} from './helpers';
import { expectNoAxeViolations } from './support/axe';
import { printToPdf } from './support/offline';
import { pagesWith, squash } from './support/pdf';
import { assessmentName, clientPath, compareSection } from './support/coach';
import { answerAll, makeAssessment, makeClient } from './support/factory';

type Firm = { name: string; setup: Setup; channels: ChannelAnswers; answers: Answers };

/** Ready on every topic (every statement answered «trifft eher zu»), so no gate holds a channel back. */
const ready = answerAll(() => 4);

const engineering: Firm = {
  name: 'Ingenieurbüro Keller',
  setup: { runner: 'owner', market: 'b2b' },
  channels: { reach: 'national', goals: ['enquiries', 'network', 'applicants'], hours: 3, formats: ['text'], existing: {} },
  answers: ready,
};
const bakery: Firm = {
  name: 'Bäckerei Sutter',
  setup: { runner: 'owner', market: 'b2c' },
  channels: { reach: 'local', goals: ['regulars', 'findable'], hours: 1, formats: ['photo'], existing: {} },
  answers: ready,
};
const dormant: Firm = {
  name: 'Malergeschäft Frei',
  setup: { runner: 'employee', market: 'b2c' },
  channels: { reach: 'local', goals: ['findable'], hours: 0.5, formats: ['photo', 'text'], existing: { facebook: 'dormant', instagram: 'dormant', x: 'abandoned' } },
  answers: ready,
};

const name = (id: string, locale: Locale) => catalogue.find((c) => c.id === id)!.name[locale];
const localized = (locale: Locale) => catalogue.map((c) => ({ ...c, name: c.name[locale] }));

/** The plan lib/ makes for a firm: what the page must show, computed from the content and the answers. */
function expectedPlan(firm: Firm): Exclude<ChannelPlan, { status: 'incomplete' }> {
  const plan = planForAssessment({ profile: firm.setup, channels: firm.channels }, expectedResult(firm.answers, firm.setup), catalogue);
  if (plan.status === 'incomplete') throw new Error(`${firm.name}: the plan is incomplete`);
  return plan;
}

/** Seeds a check with every statement answered and no channel answers yet, for the firm's setup. */
async function seedFirm(seed: Seed, firm: Firm, channels?: ChannelAnswers) {
  await seed.workspace({ current: makeAssessment({ answers: firm.answers, profile: { ...firm.setup, companyName: firm.name }, channels }), clients: [] });
}

/** Opens the check, which resumes at the channel step (every statement is answered), answers it and opens the results. */
async function answerChannels(page: Page, locale: Locale, firm: Firm) {
  await page.goto(`/${locale}/check`);
  await expect(stepHeading(page, locale, CHANNEL_STEP)).toBeVisible();
  await answerChannelStep(page, locale, firm.channels);
  await page.getByRole('button', { name: messages[locale].check.finish, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/results$`));
}

function planSection(page: Page, locale: Locale): Locator {
  return page.getByRole('region', { name: messages[locale].channels.title, exact: true });
}

/** The ranked channels of the plan, by the headings of their cards. */
function channelCards(section: Locator): Locator {
  return section.getByRole('list').first().getByRole('listitem').filter({ has: section.page().getByRole('heading', { level: 3 }) });
}

/** Asserts the ranked cards, each with its rhythm and its real-world side, and the weekly sum against the hours. */
async function expectPlan(page: Page, locale: Locale, firm: Firm) {
  const t = messages[locale].channels;
  const plan = expectedPlan(firm);
  const section = planSection(page, locale);
  await expect(section).toBeVisible();
  const cards = channelCards(section);
  await expect(cards.getByRole('heading', { level: 3 })).toHaveText(plan.channels.map((c) => name(c.channel, locale)));
  for (const [i, line] of plan.channels.entries()) {
    const channel = localized(locale).find((c) => c.id === line.channel)!;
    await expect(cards.nth(i)).toContainText(`${t.offline} ${channel.offline[locale]}`);
    await expect(cards.nth(i)).toContainText(channel.rhythm.post[locale]);
  }
  expect(plan.totalMinutes).toBeLessThanOrEqual(plan.budgetMinutes);
  await expect(section.getByRole('table', { name: t.tableCaption })).toContainText(fill(t.total, { total: plan.totalMinutes, budget: plan.budgetMinutes }));
  return { section, cards, plan };
}

for (const locale of locales) {
  const t = messages[locale].channels;

  test.describe(`the channel plan (${locale})`, () => {
    test(`a B2B engineering firm with three hours a week is told to put LinkedIn first, within its hours (${locale})`, async ({ page, seed }) => {
      await seedFirm(seed, engineering);
      await answerChannels(page, locale, engineering);
      const { cards, plan, section } = await expectPlan(page, locale, engineering);
      await expect(cards.first().getByRole('heading', { level: 3 })).toHaveText('LinkedIn');
      expect(plan.budgetMinutes).toBe(180);
      // Whom it sells to is named in its own terms: the business-customer reason, never the private one.
      const linkedin = catalogue.find((c) => c.id === 'linkedin')!;
      await expect(cards.first()).toContainText(linkedin.why.b2b[locale]);
      await expect(section).not.toContainText(linkedin.why.b2c[locale]);
      await expectNoAxeViolations(page, `results with a plan (${locale})`);
    });

    test(`a local bakery with one hour a week gets a findable, answered presence and at most one channel (${locale})`, async ({ page, seed }) => {
      await seedFirm(seed, bakery);
      await answerChannels(page, locale, bakery);
      const { cards, plan, section } = await expectPlan(page, locale, bakery);
      expect(plan.channels.length).toBeLessThanOrEqual(1);
      expect(plan.totalMinutes).toBeLessThanOrEqual(60);
      const google = name('google-business', locale);
      await expect(section.getByRole('heading', { level: 3, name: t.presenceTitle })).toBeVisible();
      await expect(section).toContainText(fill(t.presenceBody, { channel: google }));
      await expect(cards).toHaveCount(plan.channels.length);
      // The map for a local shop, not the business network.
      await expect(section.getByRole('table', { name: t.tableCaption }).getByRole('rowheader')).toHaveText([google]);
      await expect(section).not.toContainText('LinkedIn');
    });

    test(`a firm with three dormant profiles and half an hour is told which to pause and which to close, and how (${locale})`, async ({ page, seed }) => {
      await seedFirm(seed, dormant);
      await answerChannels(page, locale, dormant);
      const { section, plan } = await expectPlan(page, locale, dormant);
      expect(plan.budgetMinutes).toBe(30);
      await expect(section.getByRole('heading', { level: 3, name: t.existingTitle })).toBeVisible();
      const advice = section.getByRole('list').last().getByRole('listitem');
      await expect(advice).toHaveCount(3);
      const facebook = catalogue.find((c) => c.id === 'facebook')!;
      const instagram = catalogue.find((c) => c.id === 'instagram')!;
      await expect(advice.nth(0)).toContainText(`${name('facebook', locale)}: ${t.advice.pause}`);
      await expect(advice.nth(0)).toContainText(facebook.pause[locale]);
      await expect(advice.nth(1)).toContainText(`${name('instagram', locale)}: ${t.advice.pause}`);
      await expect(advice.nth(1)).toContainText(instagram.pause[locale]);
      await expect(advice.nth(2)).toContainText(`${name('x', locale)}: ${t.advice.close}`);
      await expect(advice.nth(2)).toContainText(t.closeHow);
    });
  });
}

test('the channel step names every open question, takes the owner to it, and saves nothing half-given as a plan', async ({ page, seed }) => {
  const t = messages.de;
  await seedFirm(seed, bakery);
  await page.goto('/de/check');
  await expect(stepHeading(page, 'de', CHANNEL_STEP)).toBeVisible();
  await page.getByRole('button', { name: t.check.finish, exact: true }).click();
  const summary = page.getByRole('alert', { name: t.check.errorSummaryTitle });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([t.channels.reachLegend, t.channels.goalsLegend, t.channels.hoursLabel, t.channels.formatsLegend]);
  await expect(page).toHaveURL(/\/de\/check/);
  await expectNoAxeViolations(page, 'channel step with errors');

  await summary.getByRole('link', { name: t.channels.hoursLabel }).click();
  await expect(channelGroups(page, 'de').hours.getByRole('radio').first()).toBeFocused();

  // «Nichts davon» and a format exclude each other.
  const formats = channelGroups(page, 'de').formats;
  await formats.getByRole('checkbox', { name: t.channels.formats.photo }).check();
  await formats.getByRole('checkbox', { name: t.channels.formatsNone }).check();
  await expect(formats.getByRole('checkbox', { name: t.channels.formats.photo })).not.toBeChecked();

  // The results say what the plan still lacks and lead back to the step.
  await page.goto('/de/results');
  const section = planSection(page, 'de');
  await expect(section).toContainText(fill(t.channels.incomplete, { missing: [t.channels.missing.reach, t.channels.missing.goals, t.channels.missing.hours].join(', ') }));
  await section.getByRole('link', { name: t.channels.incompleteAction }).click();
  await expect(stepHeading(page, 'de', CHANNEL_STEP)).toBeVisible();
  await expect(channelGroups(page, 'de').formats.getByRole('checkbox', { name: t.channels.formatsNone })).toBeChecked();
});

test('while nobody has the time, the plan says to wait and what to prepare, and starts no channel', async ({ page, seed }) => {
  const t = messages.de.channels;
  const timeGate = steps.flatMap((s) => s.items).find((i) => i.id === 'time-two-hours')!;
  const firm = { ...bakery, answers: { ...ready, [timeGate.id]: 1 as const } };
  await seedFirm(seed, firm, { ...bakery.channels, hours: 5 });
  await page.goto('/de/results');
  const section = planSection(page, 'de');
  await expect(section.getByText(t.wait, { exact: true })).toBeVisible();
  for (const step of [t.prepare1, t.prepare2, t.prepare3]) await expect(section.getByText(step, { exact: true })).toBeVisible();
  await expect(channelCards(section)).toHaveCount(0);
  // Being findable stays, with the real meetings it leads to.
  await expect(section.getByRole('heading', { level: 3, name: t.presenceTitle })).toBeVisible();
  await expect(section).toContainText(`${t.offline} ${catalogue.find((c) => c.id === 'google-business')!.offline.de}`);
});

test('the plan prints on a page of its own after a summary of at most two pages', async ({ page, seed }, testInfo) => {
  await seedFirm(seed, engineering, engineering.channels);
  await page.goto('/de/results');
  await expect(planSection(page, 'de')).toBeVisible();
  const pdf = await printToPdf(page, testInfo, 'results-with-plan');
  const t = messages.de.channels;
  const planPages = pagesWith(pdf, t.tableCaption);
  expect(planPages.length).toBeGreaterThan(0);
  const first = Math.min(...planPages);
  expect(first - 1, 'pages of the summary before the plan').toBeLessThanOrEqual(2);
  expect(first, 'the plan starts on a page of its own').toBeGreaterThan(1);
  expect(pagesWith(pdf, messages.de.results.title).every((p) => p < first), 'nothing of the summary on the plan page').toBe(true);
  expect(pdf.pages, 'summary and plan').toBeLessThanOrEqual(first + 1);
  // Every planned channel is on the plan's pages with its real-world side.
  const planText = squash(planPages.map((p) => pdf.rawPageTexts[p - 1]).join('\n'));
  for (const line of expectedPlan(engineering).channels) {
    expect(planText).toContain(name(line.channel, 'de'));
    expect(planText).toContain(squash(catalogue.find((c) => c.id === line.channel)!.offline.de));
  }
});

/** A fresh browser context (another device), watched like the `page` fixture. */
async function otherDevice(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, locale: 'de-CH' });
  const problems = await watchContext(context, baseURL);
  return { page: await context.newPage(), close: async () => (await context.close(), expectNoBrowserProblems(problems)) };
}

test('a share link keeps the plan: the recipient sees the same channels, rhythm and advice', async ({ page, seed, browser, baseURL }) => {
  const t = messages.en;
  await seedFirm(seed, dormant);
  await answerChannels(page, 'en', dormant);
  const original = await planSection(page, 'en').innerText();
  await page.getByRole('button', { name: t.share.copy, exact: true }).click();
  const link = await page.getByRole('textbox', { name: t.share.linkLabel }).inputValue();
  expect(link).toMatch(/\/en\/results#r=3\./);

  const device = await otherDevice(browser, baseURL!);
  await device.page.goto(link);
  const shared = planSection(device.page, 'en');
  await expect(shared).toBeVisible();
  expect(await shared.innerText()).toBe(original);
  await device.close();
});

test('the coach\'s comparison of two checks says what changed in the channel plan', async ({ page, seed }) => {
  const t = messages.de.coach;
  const earlier = makeAssessment({ id: 'spring', createdAt: '2026-03-05T10:30:00.000Z', answers: ready, profile: bakery.setup, respondent: 'coach', channels: bakery.channels });
  const later = makeAssessment({
    id: 'autumn',
    createdAt: '2026-10-05T10:30:00.000Z',
    answers: ready,
    profile: bakery.setup,
    respondent: 'coach',
    channels: { ...bakery.channels, hours: 5 },
  });
  await seed.workspace({ current: null, clients: [makeClient({ id: 'c-sutter', name: bakery.name, assessments: [earlier, later] })] });
  await page.goto(clientPath('de', 'c-sutter'));
  const section = compareSection(page, 'de');
  await expect(section.getByRole('heading', { level: 3, name: t.channelsCompareTitle })).toBeVisible();
  await expect(section).toContainText(fill(t.channelsCompareHours, { before: 1, after: 5 }));
  const table = section.getByRole('table', { name: t.channelsCompareCaption });
  const before = expectedPlan(bakery);
  const after = expectedPlan({ ...bakery, channels: later.channels });
  const added = after.channels.filter((c) => !before.channels.some((b) => b.channel === c.channel));
  expect(added.length, 'five hours add channels to one').toBeGreaterThan(0);
  for (const line of added) {
    await expect(table.getByRole('row', { name: new RegExp(`^${name(line.channel, 'de')}`) })).toContainText(t.channelsNotInPlan);
  }
  await expectNoAxeViolations(page, 'comparison with channel changes');
});

test('a comparison with a check made before the channel questions says there is no plan to compare', async ({ page, seed }) => {
  const t = messages.de.coach;
  const old = makeAssessment({ id: 'old', createdAt: '2026-01-05T10:30:00.000Z', answers: ready, profile: bakery.setup, respondent: 'coach' });
  const now = makeAssessment({ id: 'now', createdAt: '2026-10-05T10:30:00.000Z', answers: ready, profile: bakery.setup, respondent: 'coach', channels: bakery.channels });
  await seed.workspace({ current: null, clients: [makeClient({ id: 'c-sutter', name: bakery.name, assessments: [old, now] })] });
  await page.goto(clientPath('de', 'c-sutter'));
  const section = compareSection(page, 'de');
  await expect(section).toContainText(
    `Der Check vom ${assessmentName('de', old.createdAt, 'coach')} hat keine Angaben zu den Kanälen: Es gibt keinen Kanalplan zum Vergleichen.`,
  );
  await expect(section.getByRole('table', { name: t.channelsCompareCaption })).toHaveCount(0);
});
