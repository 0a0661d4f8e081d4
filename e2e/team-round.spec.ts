import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { content } from '../content';
import { formatDate } from '../lib/dates';
import { parseImportText } from '../lib/import-file';
import { createRespondentId, createRoundId, encodeTeamAnswer } from '../lib/team-code';
import { summarizeRound } from '../lib/team-round';
import { expect, expectNoBrowserProblems, test, watchContext } from './fixtures';
import { answerFor, answerSetup, fill, messages, optionLabel, questionGroup, steps, type Locale } from './helpers';
import { expectNoAxeViolations } from './support/axe';
import { showCharts } from './support/charts';
import { tabTo } from './support/coach';
import { onPages, readPdf } from './support/pdf';
import { answerAll, makeAssessment, makeClient, makeRound } from './support/factory';
import type { AnswerValue, Answers } from '../lib/schemas';

const tm = (locale: Locale) => messages[locale].team;
const company = 'Bäckerei Müller AG';

/** Answers the round's check in this page (on the check form the round opened), then returns the answer link. */
async function answerRound(page: Page, locale: Locale, value: (step: number, question: number) => AnswerValue): Promise<{ link: string; answers: Answers }> {
  const c = messages[locale].check;
  const answers: Answers = {};
  for (const [s, step] of steps.entries()) {
    // The need step first asks who would run the channels and whom the firm sells to.
    if (s === 0) await answerSetup(page, locale);
    for (const [q, item] of step.items.entries()) {
      const label = optionLabel(locale, value(s, q));
      await questionGroup(page, locale, item.id).getByRole('radio', { name: label, exact: true }).check();
      answers[item.id] = answerFor(locale, label);
    }
    await page.getByRole('button', { name: s === steps.length - 1 ? c.finish : c.next, exact: true }).click();
  }
  await expect(page.getByRole('heading', { level: 1, name: tm(locale).answer.title })).toBeVisible();
  const link = await page.getByLabel(tm(locale).answer.linkLabel, { exact: true }).inputValue();
  return { link, answers };
}

/** One person in their own browser: opens the invitation, gives a name and role or none, answers, returns the link. */
async function personAnswers(
  browser: Browser,
  baseURL: string,
  invitation: string,
  locale: Locale,
  person: { name?: string; role?: string },
  value: (step: number, question: number) => AnswerValue,
  checkAxe = false,
) {
  const context = await browser.newContext();
  const problems = await watchContext(context, baseURL);
  const page = await context.newPage();
  await page.goto(invitation);
  await expect(page.getByRole('heading', { level: 1, name: tm(locale).join.title })).toBeVisible();
  await expect(page.getByText(company, { exact: false }).first()).toBeVisible();
  if (checkAxe) await expectNoAxeViolations(page);
  if (person.name) await page.getByLabel(tm(locale).join.name, { exact: true }).fill(person.name);
  if (person.role) await page.getByLabel(tm(locale).join.role, { exact: true }).fill(person.role);
  await page.getByRole('button', { name: tm(locale).join.start }).click();
  const result = await answerRound(page, locale, value);
  if (checkAxe) await expectNoAxeViolations(page);
  // The person's own answers stay in their browser as well.
  await page.reload();
  await expect(page.getByLabel(tm(locale).answer.linkLabel, { exact: true })).toHaveValue(result.link);
  await context.close();
  expectNoBrowserProblems(problems);
  return result;
}

function topicRow(page: Page, title: string) {
  return page.getByRole('region', { name: messages.de.team.summary.caption }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: title, exact: true }) });
}

test.describe('team round', () => {
  test('an owner starts a round, three people answer in their own browsers, and the owner sees median, range and the top disagreements', async ({ page, browser, baseURL, seed }, testInfo) => {
    test.slow();
    test.setTimeout(testInfo.timeout * 2);
    const t = tm('de');
    const own = makeAssessment({ answers: answerAll(() => 3), profile: { companyName: company } });
    await seed.workspace({ current: own, clients: [] });
    await page.goto('/de/results');
    await page.getByRole('button', { name: messages.de.teamStart.start }).click();
    await expect(page.getByRole('heading', { level: 1, name: t.title.replace('{company}', company) })).toBeVisible();
    const invitation = await page.getByLabel(t.invite.linkLabel, { exact: true }).inputValue();
    expect(invitation).toMatch(/\/de\/team\/join#i=2\./);
    await page.getByRole('button', { name: t.link.showQr }).click();
    await expect(page.getByRole('img', { name: t.link.qrLabel.replace('{label}', t.invite.linkLabel) })).toBeVisible();

    // Strategy: 1, 3 and 5 → a wide spread; everything else mostly agreed.
    const anonymous = await personAnswers(browser, baseURL!, invitation, 'de', {}, (s) => (s === 1 ? 1 : 4), true);
    const andrea = await personAnswers(browser, baseURL!, invitation, 'de', { name: 'Andrea Meier', role: 'Lernende' }, (s) => (s === 1 ? 3 : 4));
    const beat = await personAnswers(browser, baseURL!, invitation, 'de', { role: 'Verkauf' }, (s) => (s === 1 ? 5 : 'unknown'));
    console.log(`answer link length: ${andrea.link.length} characters (named), ${anonymous.link.length} (anonymous)`);
    expect(andrea.link.length).toBeLessThan(200);

    const paste = page.getByLabel(t.collect.label, { exact: true });
    await paste.fill(`${anonymous.link}\n${andrea.link}`);
    await page.getByRole('button', { name: t.collect.button }).click();
    await expect(page.getByText(t.collect.outcome.replace('{n}', '2').replace('{message}', t.collect.added.replace('{who}', 'Andrea Meier, Lernende')))).toBeVisible();
    await expect(page.getByText(t.summary.tooFew)).toBeVisible();
    // One anonymous answer beside named ones would be readable from the range: it is held back, and the view says why.
    const heldBack = page.getByText(/^Eine anonyme Antwort ist in keiner Zahl dieser Ansicht enthalten\. .*sobald drei anonyme Antworten da sind\.$/);
    await expect(heldBack).toBeVisible();
    // An answer link opened in the organiser's browser adds itself to its round.
    await page.goto(beat.link);
    await expect(page.getByText(t.collect.fromLink.replace('{message}', t.collect.added.replace('{who}', 'Verkauf')))).toBeVisible();
    await expect(page.getByText('3 Personen haben geantwortet.')).toBeVisible();
    expect(new URL(page.url()).hash).toBe('');
    await expect(heldBack).toBeVisible();
    await expect(page.getByText(t.summary.tooFew)).toBeVisible();

    // The figures are the two named answers'; the anonymous «1» on strategy appears nowhere.
    const expected = summarizeRound([andrea, beat].map((p) => ({ answers: p.answers })), content);
    expect(summarizeRound([anonymous, andrea, beat].map((p) => ({ answers: p.answers })), content).disagreements[0]).toMatchObject({ min: 1, max: 5 });
    const strategy = content.dimensions[0]!;
    const topic = expected.topics.find((x) => x.dimension === strategy.id)!;
    await expect(topicRow(page, strategy.title.de)).toContainText(`${topic.median}`);
    await expect(topicRow(page, strategy.title.de)).toContainText(`${topic.min}–${topic.max}`);
    const disagreements = page.getByRole('region', { name: t.disagree.title }).or(page.locator('section', { has: page.getByRole('heading', { name: t.disagree.title }) }));
    const first = content.items.find((i) => i.id === expected.disagreements[0]!.itemId)!;
    await expect(disagreements.getByRole('listitem').first()).toContainText(first.prompt.de);
    await expect(disagreements.getByRole('listitem').first()).toContainText('Antworten von 3 bis 5');
    await expect(disagreements).not.toContainText('Antworten von 1 bis');

    // Privacy: named people appear under what they gave; the anonymous person never does.
    const named = page.locator('section', { has: page.getByRole('heading', { name: t.named.title }) });
    await expect(named.getByRole('rowheader')).toHaveText(['Andrea Meier, Lernende', 'Verkauf']);

    // Print: A4, at most two pages, with the median table and the disagreements.
    await showCharts(page);
    await page.emulateMedia({ media: 'print' });
    const file = testInfo.outputPath('team-round.pdf');
    await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    const pdf = readPdf(file);
    console.log(`team round of three: ${pdf.pages} page(s)`);
    expect(pdf.pages).toBeLessThanOrEqual(2);
    expect(pdf.text).toContain(t.disagree.title);
    expect(pdf.text).not.toContain(t.collect.title);
    expect(onPages(pdf, 'Eine anonyme Antwort ist in keiner Zahl dieser Ansicht enthalten.')).toBe(true);

    // Reload: everything is still there.
    await page.reload();
    await expect(page.getByText('3 Personen haben geantwortet.')).toBeVisible();

    // Export from the coach area and import into a fresh browser.
    await page.goto('/de/coach#data');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: messages.de.coach.exportAll }).click();
    const text = readFileSync(await (await download).path(), 'utf8');
    const parsed = parseImportText(text);
    expect(parsed.ok && parsed.kind === 'workspace' && parsed.workspace.rounds?.[0]?.responses.length).toBe(3);
    const context = await browser.newContext();
    const problems = await watchContext(context, baseURL!);
    const other = await context.newPage();
    await other.goto('/de/coach#data');
    await other.getByLabel(messages.de.import.fileLabel, { exact: true }).setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await other.getByRole('button', { name: messages.de.import.replace }).click();
    const confirm = other.getByRole('button', { name: messages.de.import.replaceConfirm });
    if (await confirm.isVisible()) await confirm.click();
    await expect(other.getByText(messages.de.import.done)).toBeVisible();
    const roundId = parsed.ok && parsed.kind === 'workspace' ? parsed.workspace.rounds![0]!.id : '';
    await other.goto(`/de/team?round=${roundId}`);
    await expect(other.getByText('3 Personen haben geantwortet.')).toBeVisible();
    await context.close();
    expectNoBrowserProblems(problems);
  });

  for (const locale of ['de', 'en'] as const) {
    test(`a cut link, a link of another round and the same link twice each get their message and change nothing (${locale})`, async ({ page, seed }) => {
      const t = tm(locale);
      const round = makeRound({ company, locale });
      await seed.workspace({ current: null, clients: [], rounds: [round] });
      const code = (roundId: string) =>
        encodeTeamAnswer({ roundId, respondentId: createRespondentId(), answeredAt: '2026-12-01T10:00:00.000Z', answers: answerAll(() => 4) }, content.items);
      const good = `http://x/${locale}/team#a=${code(round.id)}`;
      await page.goto(`/${locale}/team?round=${round.id}`);
      const paste = page.getByLabel(t.collect.label, { exact: true });
      await paste.fill(good);
      await page.getByRole('button', { name: t.collect.button }).click();
      await expect(page.getByText(t.collect.added.replace('{who}', t.collect.anonymous))).toBeVisible();
      await paste.fill([good.slice(0, -8), `#a=${code(createRoundId())}`, good].join('\n'));
      await page.getByRole('button', { name: t.collect.button }).click();
      const out = (n: number, message: string) => t.collect.outcome.replace('{n}', String(n)).replace('{message}', message);
      await expect(page.getByText(out(1, `${t.collect.broken} ${t.errors.truncated}`))).toBeVisible();
      await expect(page.getByText(out(2, t.collect.foreign))).toBeVisible();
      await expect(page.getByText(out(3, t.collect.duplicate))).toBeVisible();
      await expect(page.getByText(locale === 'de' ? '1 Person hat geantwortet.' : '1 person has answered.')).toBeVisible();
    });
  }

  test('a round of five is axe-clean, keyboard-operable, fits 320 px, and prints on at most two A4 pages', async ({ page, seed }, testInfo) => {
    const t = tm('en');
    const values: AnswerValue[] = [1, 2, 3, 4, 5];
    const round = makeRound({
      company,
      locale: 'en',
      responses: values.map((_v, i) => ({
        answeredAt: '2026-12-01T10:00:00.000Z',
        receivedAt: '2026-12-01T10:05:00.000Z',
        answers: answerAll((item, k) => (k % 7 === 0 ? 'unknown' : values[(k + i * (item.dimension.length % 3)) % 5]!)),
        ...(i < 2 ? { name: ['Andrea Meier', 'Beat Graf'][i], role: ['Apprentice', 'Sales'][i] } : {}),
      })),
    });
    await seed.workspace({ current: makeAssessment({ answers: answerAll(() => 4) }), clients: [], rounds: [round] });
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`/en/team?round=${round.id}`);
    await expect(page.getByText('5 people have answered.')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page);
    await tabTo(page, page.getByRole('button', { name: t.actions.delete }), 120);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: t.actions.deleteTitle })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.setViewportSize({ width: 1280, height: 900 });
    await showCharts(page);
    await page.emulateMedia({ media: 'print' });
    const file = testInfo.outputPath('team-round-of-five.pdf');
    await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
    const pdf = readPdf(file);
    for (const [i, text] of pdf.pageTexts.entries()) console.log(`--- page ${i + 1} ---\n${text}`);
    expect(pdf.pages).toBeLessThanOrEqual(2);
    expect(pdf.text).toContain(t.summary.caption);
    expect(onPages(pdf, 'Andrea Meier, Apprentice')).toBe(true);
    expect(onPages(pdf, t.summary.tooFew)).toBe(false);
  });

  for (const locale of ['de', 'en'] as const) {
    test(`an organiser with several rounds sees them all listed, newest first, and opens one by keyboard (${locale})`, async ({ page, seed }) => {
      const t = tm(locale);
      const answer = (i: number) => ({
        answeredAt: '2026-12-01T10:00:00.000Z',
        receivedAt: '2026-12-01T10:05:00.000Z',
        answers: answerAll(() => 4),
        ...(i === 0 ? { name: 'Andrea Meier' } : {}),
      });
      const own = makeRound({ company, locale, createdAt: '2026-11-03T09:00:00.000Z', responses: [0, 1, 2].map(answer) });
      const closed = { ...makeRound({ company: 'Velo Kuhn GmbH', locale, createdAt: '2026-10-20T09:00:00.000Z', responses: [answer(0)] }), status: 'closed' as const };
      const client = makeRound({ company: 'Schreinerei Graf', locale, createdAt: '2026-11-28T09:00:00.000Z', clientId: 'c-1' });
      await seed.workspace({ current: null, clients: [makeClient({ id: 'c-1', name: 'Schreinerei Graf' })], rounds: [own, closed, client] });
      for (const width of [320, 390, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`/${locale}/team`);
        await expect(page.getByRole('heading', { level: 1, name: t.list.title })).toBeVisible();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      }
      const list = page.getByRole('region', { name: t.list.title });
      const rounds = list.getByRole('listitem');
      await expect(rounds.getByRole('heading', { level: 2 })).toHaveText(['Schreinerei Graf', company, 'Velo Kuhn GmbH']);
      const facts = (date: string, status: string, answers: string) => [fill(t.list.started, { date: formatDate(date, locale) }), status, answers];
      const expectFacts = async (i: number, wanted: string[]) => {
        for (const text of wanted) await expect(rounds.nth(i)).toContainText(text);
      };
      await expectFacts(0, facts(client.createdAt, t.list.open, locale === 'de' ? 'Noch keine Antworten' : 'No answers yet'));
      await expectFacts(1, facts(own.createdAt, t.list.open, locale === 'de' ? '3 Antworten' : '3 answers'));
      await expectFacts(2, facts(closed.createdAt, t.list.closed, locale === 'de' ? '1 Antwort' : '1 answer'));
      await expectNoAxeViolations(page);
      const open = list.getByRole('link', { name: company, exact: true });
      await tabTo(page, open);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 1, name: t.title.replace('{company}', company) })).toBeVisible();
      expect(new URL(page.url()).searchParams.get('round')).toBe(own.id);
      await page.getByRole('link', { name: `← ${t.list.all}` }).click();
      await expect(page.getByRole('heading', { level: 1, name: t.list.title })).toBeVisible();
    });
  }

  test('the list of rounds says how to start one while there is none', async ({ page, seed }) => {
    const t = tm('de');
    await seed.workspace({ current: null, clients: [] });
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto('/de/team');
    await expect(page.getByRole('heading', { level: 1, name: t.list.title })).toBeVisible();
    await expect(page.getByText(t.list.empty)).toBeVisible();
    await expect(page.getByRole('link', { name: t.list.emptyResults })).toHaveAttribute('href', '/de/results');
    await expect(page.getByRole('link', { name: t.list.emptyCoach })).toHaveAttribute('href', '/de/coach');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page);
  });

  test('answer and invitation links of the first code version still open, and a correction sent within the same minute replaces an answer', async ({ page, seed }) => {
    const t = tm('en');
    const roundId = 'AAECAwQFBgc';
    const round = makeRound({ id: roundId, company, locale: 'en', createdAt: '2026-12-01T09:00:00.000Z' });
    await seed.workspace({ current: null, clients: [], rounds: [round] });
    const personId = createRespondentId();
    const at = (time: string, value: AnswerValue) =>
      encodeTeamAnswer({ roundId, respondentId: personId, answeredAt: time, answers: answerAll(() => value), role: 'Sales' }, content.items);
    await page.goto(`/en/team?round=${roundId}`);
    const paste = page.getByLabel(t.collect.label, { exact: true });
    // Made by the first code version (times in whole minutes) for this round, with the items of this check.
    await paste.fill('http://x/en/team#a=1.JAIAAQIDBAUGBwgJCgsMDSE2PynLuU5dynLuU5dynKD0msYcAL0RFU8');
    await page.getByRole('button', { name: t.collect.button }).click();
    await expect(page.getByText(t.collect.added.replace('{who}', t.collect.anonymous))).toBeVisible();
    await paste.fill(`http://x/en/team#a=${at('2026-12-01T10:00:05.000Z', 2)}`);
    await page.getByRole('button', { name: t.collect.button }).click();
    await expect(page.getByText(t.collect.added.replace('{who}', 'Sales'))).toBeVisible();
    await paste.fill(`http://x/en/team#a=${at('2026-12-01T10:00:35.000Z', 4)}`);
    await page.getByRole('button', { name: t.collect.button }).click();
    await expect(page.getByText(t.collect.updated.replace('{who}', 'Sales'))).toBeVisible();
    await expect(page.getByText('2 people have answered.')).toBeVisible();
    // One anonymous answer beside a named one is held back, and the view says why.
    await expect(page.getByText(/^One anonymous answer is left out of every figure in this view\. .*as soon as three anonymous answers have come in\.$/)).toBeVisible();
    // An invitation the first code version made for this round still opens.
    await page.goto('/en/team/join#i=1.IwEAAQIDBAUGBwC4msYcFELDpGNrZXJlaSBNw7xsbGVyIEFH6tlYSQ');
    await expect(page.getByRole('heading', { level: 1, name: t.join.title })).toBeVisible();
    await expect(page.getByText(company).first()).toBeVisible();
  });

  test('a coach starts a round from a client’s page, and a broken invitation says so', async ({ page, seed }) => {
    const t = tm('en');
    await seed.workspace({
      current: null,
      clients: [makeClient({ id: 'c-1', name: 'Schreinerei Graf' })],
    });
    await page.goto('/en/coach/c-1');
    await page.getByRole('button', { name: messages.en.teamStart.start }).click();
    await expect(page.getByRole('heading', { level: 1, name: t.title.replace('{company}', 'Schreinerei Graf') })).toBeVisible();
    const invitation = await page.getByLabel(t.invite.linkLabel, { exact: true }).inputValue();
    await expect(page.getByText(t.summary.count.match(/=0 \{([^}]*)\}/)![1]!)).toBeVisible();
    await page.goto('/en/coach/c-1');
    await expect(page.getByRole('link', { name: /Team round: Schreinerei Graf/ })).toBeVisible();
    await page.goto(invitation.slice(0, -6));
    await expect(page.getByRole('heading', { level: 1, name: t.join.errorTitle })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: t.errors.truncated })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
