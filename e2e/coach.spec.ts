import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { content } from '../content';
import { formatDelta } from '../lib/compare';
import type { DimensionId, Locale } from '../lib/content-schema';
import { addDays, formatDate } from '../lib/dates';
import type { AnswerValue, Answers, Workspace } from '../lib/schemas';
import { expect, test } from './fixtures';
import { dimensionTitle, escapeRegExp, expectedResult, fill, messages, steps } from './helpers';
import {
  assessmentName,
  clientPath,
  compareSection,
  completeCoachCheck,
  isDrawnOutline,
  optionText,
  printToText,
  radarOutlines,
  rowNamed,
  tabTo,
} from './support/coach';
import { answerAll, makeAssessment, makeClient } from './support/factory';
import { expectNoAxeViolations } from './support/axe';
import { drawnChart } from './support/charts';

const t = messages.de.coach;
const tImport = messages.de.import;
const tResults = messages.de.results;
const tPlan = messages.de.plan;

// Two checks of one client, months apart: the owner first, then the coach about the client.
const T1 = '2026-05-12T10:00:00.000Z';
const T2 = '2026-10-20T10:00:00.000Z';

/** The owner's base answer, 2–4, varying by step and question. */
const ownerBase = (s: number, q: number) => (((s + q) % 3) + 2) as 2 | 3 | 4;
/** How far the coach leans from the owner in each step (the need step first): never more than one point, so only the items below disagree. */
const coachShift = [0, 1, 0, -1, 1, 1, -1, 0, 1, -1];

/** Items where the two answers differ by two points or more. */
const disagreeing = {
  'strategy-written-goals': { owner: 1, coach: 4 },
  'time-two-hours': { owner: 5, coach: 2 },
  'content-topic-list': { owner: 2, coach: 4 },
} as const;
/** One side says «Weiss nicht» or «Betrifft uns nicht»: the scores move, but there is no numeric difference to show. */
const oneSided = {
  'culture-criticism': { owner: 'unknown', coach: 5 },
  'audience-new-groups-decided': { owner: 1, coach: 'na' },
} as const;

const pick = (side: 'owner' | 'coach') =>
  Object.fromEntries(
    Object.entries({ ...disagreeing, ...oneSided }).map(([id, v]) => [id, v[side] as AnswerValue]),
  ) as Answers;

const ownerAnswers: Answers = { ...answerAll(({ step, question }) => ownerBase(step, question)), ...pick('owner') };
const coachAnswers: Answers = {
  ...answerAll(({ step, question }) => (ownerBase(step, question) + coachShift[step]!) as AnswerValue),
  ...pick('coach'),
};

/** The client «Velo Huber» with the owner's check (T1) and then the coach's (T2, with these answers), as stored. */
function ownerThenCoach(coachSide: Answers): Workspace {
  const check = (id: string, createdAt: string, respondent: 'owner' | 'coach', answers: Answers) =>
    makeAssessment({ id, createdAt, respondent, answers, coachMode: true });
  return {
    current: null,
    clients: [makeClient({ id: 'c-1', name: 'Velo Huber', assessments: [check('a-1', T1, 'owner', ownerAnswers), check('a-2', T2, 'coach', coachSide)] })],
  };
}

/** The disagreements the comparison must list, in the order of the check: both answers on the scale, ≥ 2 points apart. */
const expectedDisagreements = content.items
  .filter((item) => {
    const a = ownerAnswers[item.id];
    const b = coachAnswers[item.id];
    return typeof a === 'number' && typeof b === 'number' && Math.abs(b - a) >= 2;
  })
  .map((item) => ({ item, before: ownerAnswers[item.id]!, after: coachAnswers[item.id]! }));

const scriptNote = `<script>alert("x")</script> «Zitat» "doppelt" 'einfach'`;
const ownerNotes: Partial<Record<DimensionId, string>> = {
  strategy: scriptNote,
  time: 'Sagt selbst: "Ich habe keine Zeit" – und lacht.',
};
const coachNotes: Partial<Record<DimensionId, string>> = {
  culture: `<img src=x onerror="alert('img')"> & «Kultur» 'offen'`,
  offline: 'Stammtisch am Freitag > jeder Post',
};

const targets: Partial<Record<DimensionId, number>> = { strategy: 80, time: 60, offline: 95 };

type DimensionRow = { id: DimensionId; title: string; before: number; after: number; delta: string };

/** The comparison rows computed by lib/scoring from the answers given (every dimension is scored on both sides). */
function expectedComparison(locale: Locale) {
  const before = expectedResult(ownerAnswers);
  const after = expectedResult(coachAnswers);
  const rows: DimensionRow[] = before.dimensions.map((b, i) => {
    const a = after.dimensions[i]!;
    if (b.score === null || a.score === null) throw new Error(`${b.dimension} must be scored on both sides`);
    return { id: b.dimension, title: dimensionTitle(locale, b.dimension), before: b.score, after: a.score, delta: formatDelta(a.score - b.score) };
  });
  return { before, after, rows };
}

/** The overview's row of one client, found by its link. */
const clientRow = (page: Page, name: string) =>
  page.getByRole('row').filter({ has: page.getByRole('link', { name: fill(t.openNamed, { name }), exact: true }) });

/** The table of a client's checks (the one with a «Beantwortet von» column). */
const checksTable = (page: Page) => page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: t.colRespondent }) });

/** Collects every JavaScript dialog (alert, confirm, prompt): the notes must never open one. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

/** The notes on a results page: shown literally as text, never as markup or script. */
async function expectNotesAsText(page: Page, notes: Partial<Record<DimensionId, string>>) {
  const section = page.getByRole('region', { name: tResults.notesTitle });
  await expect(section.getByRole('heading', { level: 2, name: tResults.notesTitle })).toBeVisible();
  const entries = section.locator('dd');
  await expect(entries).toHaveCount(Object.keys(notes).length);
  for (const [dimension, note] of Object.entries(notes) as [DimensionId, string][]) {
    const term = section.locator('dt', { hasText: dimensionTitle('de', dimension) });
    await expect(term).toHaveCount(1);
    const entry = term.locator('xpath=following-sibling::dd[1]');
    await expect(entry).toBeVisible();
    expect(await entry.evaluate((el) => el.textContent)).toBe(note);
    // Not one element was made from the note: it is a single text node.
    expect(await entry.evaluate((el) => el.children.length)).toBe(0);
  }
  const injected = await page.evaluate(() => ({
    scripts: Array.from(document.scripts).filter((s) => /alert\(/.test(s.textContent ?? '')).length,
    images: document.querySelectorAll('img[src="x"], img[onerror]').length,
  }));
  expect(injected).toEqual({ scripts: 0, images: 0 });
}

/** Everything the comparison must show for the two checks; with targets, also the third outline and the target columns. */
async function expectComparison(page: Page, withTargets: boolean) {
  const { before, after, rows } = expectedComparison('de');
  const section = compareSection(page, 'de');
  const nameBefore = assessmentName('de', T1, 'owner');
  const nameAfter = assessmentName('de', T2, 'coach');

  // Default: the latest against the one before.
  await expect(section.getByLabel(t.compareBefore, { exact: true }).locator('option:checked')).toHaveText(nameBefore);
  await expect(section.getByLabel(t.compareAfter, { exact: true }).locator('option:checked')).toHaveText(nameAfter);

  // Both outlines (and the targets'), each named with its date in the legend.
  const chart = section.getByRole('img', { name: new RegExp(`^${escapeRegExp(t.compareChart)}`) });
  await expect(chart).toBeVisible();
  const legend = section.locator('.legend li');
  await expect(legend).toHaveText(withTargets ? [nameBefore, nameAfter, t.targetSeries] : [nameBefore, nameAfter]);
  await drawnChart(chart);
  await expect(chart.locator('.recharts-radar-polygon path')).toHaveCount(withTargets ? 3 : 2);
  const outlines = await radarOutlines(chart);
  expect(outlines.filter(isDrawnOutline), `drawn outlines: ${outlines.join(' | ')}`).toHaveLength(withTargets ? 3 : 2);
  expect(new Set(outlines).size, 'each outline has its own shape').toBe(outlines.length);
  for (const row of rows) {
    await expect(chart).toHaveAccessibleName(new RegExp(`${escapeRegExp(row.title)}: ${row.before} → ${row.after}`));
  }

  // The table: before, after, the change with its sign, and the target columns when targets exist.
  const table = section.getByRole('table', { name: t.compareCaption });
  // The before/after headers carry their check's date.
  const headers = [
    t.colDimension,
    `${t.colBefore} (${formatDate(T1, 'de')})`,
    `${t.colAfter} (${formatDate(T2, 'de')})`,
    t.colDelta,
    ...(withTargets ? [t.colTarget, t.colToTarget] : []),
  ];
  await expect(table.getByRole('columnheader')).toHaveText(headers);
  for (const row of rows) {
    const target = withTargets ? targets[row.id] : undefined;
    const cells = [String(row.before), String(row.after), row.delta];
    if (withTargets) cells.push(target === undefined ? '–' : String(target), target === undefined ? '–' : formatDelta(target - row.after));
    await expect(rowNamed(table, page, row.title).getByRole('cell')).toHaveText(cells);
  }
  expect(rows.some((r) => r.delta.startsWith('+')) && rows.some((r) => r.delta.startsWith('\u2212')), 'gains and losses').toBe(true);
  const overall = rowNamed(table, page, t.overallRow).getByRole('cell');
  await expect(overall.nth(0)).toHaveText(String(before.overall));
  await expect(overall.nth(1)).toHaveText(String(after.overall));
  await expect(overall.nth(2)).toHaveText(formatDelta(after.overall! - before.overall!));

  // Which priorities changed.
  const added = after.priorities.filter((d) => !before.priorities.includes(d));
  const dropped = before.priorities.filter((d) => !after.priorities.includes(d));
  expect(added.length + dropped.length, 'the answers change the priorities').toBeGreaterThan(0);
  const changes = section.locator(`h3:text-is("${t.prioritiesChanged}") + ul > li`);
  await expect(changes).toHaveText([
    ...(added.length ? [`${t.newPriorities} ${added.map((d) => dimensionTitle('de', d)).join(', ')}`] : []),
    ...(dropped.length ? [`${t.resolvedPriorities} ${dropped.map((d) => dimensionTitle('de', d)).join(', ')}`] : []),
  ]);

  // Exactly the items that differ by two points or more; «Weiss nicht» and «Betrifft uns nicht» on one side are not listed.
  const disagreements = section.getByRole('region', { name: t.disagreementsTitle });
  await expect(disagreements.getByRole('columnheader')).toHaveText([t.colItem, nameBefore, nameAfter, t.colDifference]);
  const disagreementRows = disagreements.getByRole('row').filter({ has: page.getByRole('rowheader') });
  await expect(disagreementRows).toHaveCount(expectedDisagreements.length);
  for (const [i, d] of expectedDisagreements.entries()) {
    const row = disagreementRows.nth(i);
    await expect(row.getByRole('rowheader')).toHaveText(`${dimensionTitle('de', d.item.dimension)}: ${d.item.prompt.de}`);
    await expect(row.getByRole('cell')).toHaveText([
      optionText('de', d.before),
      optionText('de', d.after),
      formatDelta((d.after as number) - (d.before as number)),
    ]);
  }
  for (const id of Object.keys(oneSided)) {
    const prompt = content.items.find((i) => i.id === id)!.prompt.de;
    await expect(disagreements.getByText(prompt)).toHaveCount(0);
  }
}

test.describe('the coach workspace', () => {
  test('a coach runs two checks with a client, compares them with targets, plans, prints, exports and imports everything back', async ({
    page,
  }, testInfo) => {
    test.setTimeout(300_000);
    const dialogs = watchDialogs(page);
    const clientName = 'Schreinerei Graf & Söhne';

    // The plan of answers does what this test needs.
    expect(expectedDisagreements.map((d) => d.item.id)).toEqual(Object.keys(disagreeing).sort(
      (a, b) => content.items.findIndex((i) => i.id === a) - content.items.findIndex((i) => i.id === b),
    ));
    expect(Object.values(coachAnswers).every((v) => v === 'unknown' || v === 'na' || (v >= 1 && v <= 5))).toBe(true);

    // An empty coach area says where the data lives.
    await page.goto('/de/coach');
    await expect(page.getByRole('heading', { level: 1, name: t.title })).toBeVisible();
    await expect(page.getByText(t.whereData, { exact: true })).toBeVisible();
    await expect(page.getByText(t.noClients, { exact: true })).toBeVisible();

    // A new client.
    await page.getByLabel(t.clientName).fill(clientName);
    await page.getByRole('button', { name: t.create, exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: fill(t.created, { name: clientName }) })).toBeVisible();
    const openLink = page.getByRole('link', { name: fill(t.openNamed, { name: clientName }), exact: true });
    await expect(openLink).toHaveText(clientName);
    await openLink.click();
    await expect(page).toHaveURL(/\/de\/coach\/[^/?]+$/);
    const clientUrl = new URL(page.url()).pathname;
    await expect(page.getByRole('heading', { level: 1, name: clientName })).toBeVisible();
    await expect(page.getByText(t.noAssessments, { exact: true })).toBeVisible();
    await expect(page.getByText(t.compareNeedTwo, { exact: true })).toBeVisible();

    // First check: the owner answers, the coach keeps notes with markup and quotes in them.
    await page.clock.setFixedTime(new Date(T1));
    await expect(page.getByRole('radio', { name: t.respondentOwner })).toBeChecked();
    await page.getByRole('button', { name: t.start, exact: true }).click();
    await expect(page).toHaveURL(/\/de\/check\?client=[^&]+&assessment=[^&]+&step=1$/);
    await completeCoachCheck(page, 'de', ownerAnswers, ownerNotes);
    const ownerResultsUrl = page.url();
    await expect(page.getByTestId('overall-score')).toHaveText(String(expectedResult(ownerAnswers).overall));
    await expect(page.getByText(`${fill(tResults.assessedOn, { date: formatDate(T1, 'de') })} · ${tResults.respondentOwner}`)).toBeVisible();
    await expectNotesAsText(page, ownerNotes);

    // Second check, months later: the coach answers about the client.
    await page.clock.setFixedTime(new Date(T2));
    await page.goto(clientUrl);
    await page.getByRole('radio', { name: t.respondentCoach }).check();
    await page.getByLabel(t.coachNameLabel).fill('Petra Muster');
    await page.getByRole('button', { name: t.start, exact: true }).click();
    await expect(page).toHaveURL(/\/de\/check\?client=[^&]+&assessment=[^&]+&step=1$/);
    await completeCoachCheck(page, 'de', coachAnswers, coachNotes);
    const coachResultsUrl = page.url();
    const coachResult = expectedResult(coachAnswers);
    await expect(page.getByTestId('overall-score')).toHaveText(String(coachResult.overall));
    await expect(page.getByText(`${fill(tResults.assessedOn, { date: formatDate(T2, 'de') })} · ${tResults.respondentCoach}`)).toBeVisible();
    await expectNotesAsText(page, coachNotes);

    // An action plan for the coach's check: a step per priority, who, by when, and the follow-up session.
    const plan = coachResult.priorities.map((id, i) => ({
      id,
      title: dimensionTitle('de', id),
      step: `«${dimensionTitle('de', id)}»: "erster Schritt" Nr. ${i + 1}`,
      owner: ['Anna Graf', 'Beat Graf', 'Petra Muster'][i]!,
      due: (['30', '60', '90'] as const)[i]!,
    }));
    const followUp = '2026-12-15';
    const planSection = page.getByRole('region', { name: tPlan.title });
    for (const p of plan) {
      const group = planSection.getByRole('group', { name: p.title, exact: true });
      await group.getByLabel(fill(tPlan.stepFor, { dimension: p.title })).fill(p.step);
      await group.getByLabel(tPlan.owner).fill(p.owner);
      await group.getByLabel(tPlan.due).selectOption({ label: messages.de.plan[`due${p.due}`] });
    }
    await planSection.getByLabel(tPlan.followUp).fill(followUp);
    await planSection.getByRole('button', { name: tPlan.save, exact: true }).click();
    await expect(planSection.getByRole('status')).toHaveText(tPlan.saved);

    const expectPlan = async () => {
      for (const p of plan) {
        const group = planSection.getByRole('group', { name: p.title, exact: true });
        await expect(group.getByLabel(fill(tPlan.stepFor, { dimension: p.title }))).toHaveValue(p.step);
        await expect(group.getByLabel(tPlan.owner)).toHaveValue(p.owner);
        await expect(group.getByLabel(tPlan.due).locator('option:checked')).toHaveText(messages.de.plan[`due${p.due}`]);
      }
      await expect(planSection.getByLabel(tPlan.followUp)).toHaveValue(followUp);
    };
    await page.reload();
    await expectPlan();

    // The plan and the notes are in the print summary; the notes on a page of their own after the summary.
    const results = await printToText(page, testInfo, 'results-with-plan');
    for (const p of plan) {
      expect(results.text).toContain(p.step);
      expect(results.text).toContain(p.owner);
      expect(results.text).toContain(formatDate(addDays(T2.slice(0, 10), Number(p.due)), 'de'));
    }
    expect(results.text).toContain(formatDate(followUp, 'de'));
    const notesPage = results.pages.findIndex((text) => text.includes(tResults.notesTitle));
    expect(notesPage, 'the notes are printed').toBeGreaterThan(-1);
    // The channel plan has a page of its own between the summary and the notes.
    const planPage = results.pages.findIndex((text) => text.includes(messages.de.channels.tableCaption));
    expect(planPage, 'the summary before the channel plan takes at most two pages').toBeLessThanOrEqual(2);
    expect(planPage, 'the channel plan is printed before the notes').toBeGreaterThan(0);
    expect(notesPage, 'the notes after the channel plan').toBe(planPage + 1);
    expect(results.pages[notesPage]!.trim().startsWith(tResults.notesTitle), 'the notes start a page of their own').toBe(true);
    for (const note of Object.values(coachNotes)) expect(results.pages[notesPage]).toContain(note);

    // Compare the two checks.
    await page.goto(clientUrl);
    const checks = checksTable(page);
    const checkRows = checks.getByRole('row').filter({ has: page.getByRole('rowheader') });
    await expect(checkRows).toHaveCount(2);
    for (const [i, [date, respondent, answers]] of ([
      [T1, t.owner, ownerAnswers],
      [T2, t.coach, coachAnswers],
    ] as const).entries()) {
      const expected = expectedResult(answers);
      await expect(checkRows.nth(i).getByRole('rowheader')).toHaveText(formatDate(date, 'de'));
      const cells = checkRows.nth(i).getByRole('cell');
      await expect(cells.nth(0)).toHaveText(respondent);
      await expect(cells.nth(1)).toHaveText(String(expected.overall));
      await expect(cells.nth(2)).toHaveText(content.bands.find((b) => b.id === expected.band)!.name.de);
    }
    await expectComparison(page, false);

    // Targets: a third outline and two more columns.
    const targetsSection = page.getByRole('region', { name: t.targetsTitle });
    for (const [id, value] of Object.entries(targets) as [DimensionId, number][]) {
      await targetsSection.getByLabel(fill(t.targetFor, { dimension: dimensionTitle('de', id) })).fill(String(value));
    }
    await targetsSection.getByRole('button', { name: t.targetsSave, exact: true }).click();
    await expect(targetsSection.getByRole('status')).toHaveText(t.targetsSaved);
    await expectComparison(page, true);

    // «Vergleich drucken» opens the print dialog once: after a frame, when every part the paper needs is there.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await compareSection(page, 'de').getByRole('button', { name: t.printCompare, exact: true }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    // On paper: the client's name, both dates and every change, on at most two A4 pages.
    const printed = await printToText(page, testInfo, 'comparison');
    expect(printed.pages.length, 'the comparison prints on at most two pages').toBeLessThanOrEqual(2);
    expect(printed.text).toContain(clientName);
    expect(printed.text).toContain(assessmentName('de', T1, 'owner'));
    expect(printed.text).toContain(assessmentName('de', T2, 'coach'));
    for (const row of expectedComparison('de').rows) {
      expect(printed.text, `the printed row of ${row.title}`).toMatch(new RegExp(`\\b${row.before}\\s+${row.after}\\s+${escapeRegExp(row.delta)}(\\s|$)`));
    }
    for (const hidden of [t.targetsTitle, t.newAssessmentTitle, t.printCompare]) expect(printed.text).not.toContain(hidden);

    // Everything is still there after a reload.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: clientName })).toBeVisible();
    await expectComparison(page, true);
    for (const [id, value] of Object.entries(targets) as [DimensionId, number][]) {
      await expect(targetsSection.getByLabel(fill(t.targetFor, { dimension: dimensionTitle('de', id) }))).toHaveValue(String(value));
    }

    // The overview: one client, two checks, the latest date, score and level.
    const expectOverview = async () => {
      const row = clientRow(page, clientName);
      const cells = row.getByRole('cell');
      await expect(cells.nth(1)).toHaveText('2');
      await expect(cells.nth(2)).toHaveText(formatDate(T2, 'de'));
      await expect(cells.nth(3)).toHaveText(String(coachResult.overall));
      await expect(cells.nth(4)).toHaveText(content.bands.find((b) => b.id === coachResult.band)!.name.de);
    };
    await page.goto('/de/coach');
    await expectOverview();

    // Export the whole workspace to one file.
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: t.exportAll, exact: true }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe(t.exportFileName);
    const exportPath = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(exportPath);
    const exported = JSON.parse(readFileSync(exportPath, 'utf8')) as { data: Workspace };
    expect(exported.data.clients).toHaveLength(1);
    expect(exported.data.clients[0]).toMatchObject({ name: clientName, targets });
    expect(exported.data.clients[0]!.assessments.map((a) => a.notes)).toEqual([ownerNotes, coachNotes]);

    // Clear the browser's storage: the list is empty.
    await page.evaluate(() => window.localStorage.clear());
    await page.reload();
    await expect(page.getByText(t.noClients, { exact: true })).toBeVisible();
    await page.goto(clientUrl);
    await expect(page.getByText(t.notFound, { exact: true })).toBeVisible();

    // Import the file: the preview says what comes in, and then everything is back.
    await page.goto('/de/coach');
    await page.getByLabel(tImport.fileLabel).setInputFiles(exportPath);
    const preview = page.getByRole('region', { name: tImport.previewTitle });
    await expect(preview).toBeVisible();
    await expect(preview.getByRole('definition')).toHaveText(['1', '2']);
    await expect(preview).toContainText(`${tImport.previewDates} ${formatDate(T1, 'de')}, ${formatDate(T2, 'de')}`);
    await preview.getByRole('button', { name: tImport.merge, exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: tImport.done })).toBeVisible();
    await expectOverview();
    await page.reload();
    await expectOverview();

    await page.getByRole('link', { name: fill(t.openNamed, { name: clientName }), exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${escapeRegExp(clientUrl)}$`));
    await expectComparison(page, true);
    await page.goto(ownerResultsUrl);
    await expectNotesAsText(page, ownerNotes);
    await page.goto(coachResultsUrl);
    await expectNotesAsText(page, coachNotes);
    await expectPlan();

    expect(dialogs, 'no note opened a dialog').toEqual([]);
  });

  test('a client can be renamed, and deleting asks first, offers an export, and cancelling keeps the client', async ({
    page,
    seed,
  }, testInfo) => {
    const a = makeAssessment({ id: 'a-1', createdAt: T1, respondent: 'owner', answers: ownerAnswers, coachMode: true });
    await seed.workspace({ current: null, clients: [makeClient({ id: 'c-1', name: 'Velo Huber', assessments: [a] }), makeClient({ id: 'c-2', name: 'Bäckerei Müller' })] });
    await page.goto('/de/coach');
    const link = (name: string) => page.getByRole('link', { name: fill(t.openNamed, { name }), exact: true });
    await expect(link('Velo Huber')).toBeVisible();
    await expect(link('Bäckerei Müller')).toBeVisible();

    // Rename.
    await page.getByRole('button', { name: fill(t.renameNamed, { name: 'Velo Huber' }), exact: true }).click();
    const newName = page.getByLabel(t.renameLabel, { exact: true });
    await expect(newName).toBeFocused();
    await expect(newName).toHaveValue('Velo Huber');
    await newName.fill('Velo Huber GmbH');
    await page.getByRole('button', { name: t.renameSave, exact: true }).click();
    await expect(link('Velo Huber GmbH')).toBeVisible();
    await expect(link('Velo Huber')).toHaveCount(0);
    await page.reload();
    await expect(link('Velo Huber GmbH')).toBeVisible();
    await expect(clientRow(page, 'Velo Huber GmbH').getByRole('cell').nth(1)).toHaveText('1');

    // Delete asks; cancel keeps the client.
    const dialog = page.getByRole('dialog', { name: t.deleteClientTitle });
    const deleteButton = page.getByRole('button', { name: fill(t.deleteNamed, { name: 'Velo Huber GmbH' }), exact: true });
    await deleteButton.click();
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(fill(t.deleteClientBody, { name: 'Velo Huber GmbH' }));
    await expect(dialog.getByRole('button', { name: t.cancel, exact: true })).toBeFocused();
    await dialog.getByRole('button', { name: t.cancel, exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(deleteButton, 'focus returns to the button that opened the dialog').toBeFocused();
    await expect(link('Velo Huber GmbH')).toBeVisible();
    await page.reload();
    await expect(link('Velo Huber GmbH')).toBeVisible();

    // Escape also cancels.
    await deleteButton.click();
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(deleteButton).toBeFocused();
    await expect(link('Velo Huber GmbH')).toBeVisible();

    // The dialog offers an export first, then deletes.
    await deleteButton.click();
    const downloadPromise = page.waitForEvent('download');
    await dialog.getByRole('button', { name: t.exportFirst, exact: true }).click();
    const download = await downloadPromise;
    const file = testInfo.outputPath('before-delete.json');
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { data: Workspace };
    expect(exported.data.clients.map((c) => c.name)).toEqual(['Velo Huber GmbH', 'Bäckerei Müller']);
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: t.deleteConfirm, exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(link('Velo Huber GmbH')).toHaveCount(0);
    // The row and its button are gone: focus goes to the list's heading, not lost to the page.
    await expect(page.getByRole('heading', { level: 2, name: t.clientsTitle, exact: true })).toBeFocused();
    await expect(link('Bäckerei Müller')).toBeVisible();
    await page.reload();
    await expect(link('Velo Huber GmbH')).toHaveCount(0);
    await expect(link('Bäckerei Müller')).toBeVisible();
    await page.goto(clientPath('de', 'c-1'));
    await expect(page.getByText(t.notFound, { exact: true })).toBeVisible();
  });

  test('deleting one check asks first, and cancelling keeps it', async ({ page, seed }) => {
    const first = makeAssessment({ id: 'a-1', createdAt: T1, respondent: 'owner', answers: ownerAnswers, coachMode: true });
    const second = makeAssessment({ id: 'a-2', createdAt: T2, respondent: 'coach', answers: coachAnswers, coachMode: true });
    await seed.workspace({ current: null, clients: [makeClient({ id: 'c-1', name: 'Velo Huber', assessments: [second, first] })] });
    await page.goto(clientPath('de', 'c-1'));

    const rows = checksTable(page).getByRole('row').filter({ has: page.getByRole('rowheader') });
    // Listed by date, oldest first, whatever the stored order.
    await expect(rows.getByRole('rowheader')).toHaveText([formatDate(T1, 'de'), formatDate(T2, 'de')]);
    await expect(compareSection(page, 'de').getByRole('table', { name: t.compareCaption })).toBeVisible();

    const dialog = page.getByRole('dialog', { name: t.deleteAssessmentTitle });
    const deleteFirst = page.getByRole('button', { name: fill(t.deleteAssessmentNamed, { date: formatDate(T1, 'de') }), exact: true });
    await deleteFirst.click();
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(fill(t.deleteAssessmentBody, { date: formatDate(T1, 'de') }));
    await dialog.getByRole('button', { name: t.cancel, exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(deleteFirst).toBeFocused();
    await expect(rows).toHaveCount(2);
    await page.reload();
    await expect(rows).toHaveCount(2);

    await deleteFirst.click();
    await dialog.getByRole('button', { name: t.deleteConfirm, exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(rows.getByRole('rowheader')).toHaveText([formatDate(T2, 'de')]);
    await expect(page.getByRole('heading', { level: 2, name: t.assessmentsTitle, exact: true })).toBeFocused();
    await expect(compareSection(page, 'de').getByText(t.compareNeedTwo, { exact: true })).toBeVisible();
    await page.reload();
    await expect(rows.getByRole('rowheader')).toHaveText([formatDate(T2, 'de')]);
    await page.goto('/de/coach');
    await expect(clientRow(page, 'Velo Huber').getByRole('cell').nth(1)).toHaveText('1');
  });

  test('a client imported with an id that needs escaping in a URL opens from the overview', async ({ page, seed }) => {
    // Ids come from export files too, and the file format allows any text up to 64 characters.
    const id = 'kunde 7/50% ä?x#y';
    const a = makeAssessment({ id: 'a-1', createdAt: T1, respondent: 'owner', answers: ownerAnswers, coachMode: true });
    await seed.workspace({ current: null, clients: [makeClient({ id, name: 'Import AG', assessments: [a] })] });
    await page.goto('/de/coach');
    await page.getByRole('link', { name: fill(t.openNamed, { name: 'Import AG' }), exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Import AG' })).toBeVisible();
    await expect(checksTable(page).getByRole('rowheader')).toHaveText([formatDate(T1, 'de')]);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Import AG' })).toBeVisible();
  });

  test('a dimension with too few answers is left out of its outline in the comparison, not drawn as 0', async ({ page, seed }) => {
    const culture = steps.find((s) => s.dimension.id === 'culture')!;
    const withoutCulture: Answers = {
      ...coachAnswers,
      ...Object.fromEntries(culture.items.map((item) => [item.id, 'unknown' as const])),
    };
    const before = expectedResult(ownerAnswers).dimensions.find((d) => d.dimension === 'culture')!.score;
    expect(expectedResult(withoutCulture).unscored).toEqual(['culture']);
    await seed.workspace(ownerThenCoach(withoutCulture));
    await page.goto(clientPath('de', 'c-1'));
    const section = compareSection(page, 'de');
    const title = dimensionTitle('de', 'culture');
    const table = section.getByRole('table', { name: t.compareCaption });
    await expect(rowNamed(table, page, title).getByRole('cell')).toHaveText([String(before), '–', '–']);
    const chart = section.getByRole('img', { name: new RegExp(`^${escapeRegExp(t.compareChart)}`) });
    await expect(chart).toHaveAccessibleName(new RegExp(`${escapeRegExp(title)}: ${before} → –`));
    await drawnChart(chart);
    await expect(chart.locator('.recharts-radar-polygon path')).toHaveCount(2);
    const [beforeOutline, afterOutline] = await radarOutlines(chart);
    // recharts closes an outline with a line back to its first corner: count the distinct corners.
    const corners = (d: string) => new Set(d.match(/-?[\d.]+,-?[\d.]+/g) ?? []).size;
    expect(corners(beforeOutline!), 'the earlier check has all nine corners').toBe(9);
    expect(corners(afterOutline!), 'the later check leaves out the unscored dimension').toBe(8);
    expect(isDrawnOutline(afterOutline!)).toBe(true);
  });

  test('a check just started, without answers, leaves the comparison intact', async ({ page, seed }) => {
    const before = expectedResult(ownerAnswers);
    await seed.workspace(ownerThenCoach({}));
    await page.goto(clientPath('de', 'c-1'));
    const section = compareSection(page, 'de');
    const table = section.getByRole('table', { name: t.compareCaption });
    for (const d of before.dimensions) {
      await expect(rowNamed(table, page, dimensionTitle('de', d.dimension)).getByRole('cell')).toHaveText([String(d.score), '–', '–']);
    }
    await expect(rowNamed(table, page, t.overallRow).getByRole('cell')).toHaveText([String(before.overall), '–', '–']);
    // Only the earlier check has an outline; the page fixture fails the test on an invalid SVG path.
    const chart = section.getByRole('img', { name: new RegExp(`^${escapeRegExp(t.compareChart)}`) });
    await expect.poll(() => radarOutlines(chart)).toHaveLength(1);
    expect(isDrawnOutline((await radarOutlines(chart))[0]!)).toBe(true);
  });

  test('targets outside 0–100 are refused at the field and nothing is saved', async ({ page, seed }) => {
    await seed.workspace(ownerThenCoach(coachAnswers));
    await page.goto(clientPath('de', 'c-1'));
    const targetsSection = page.getByRole('region', { name: t.targetsTitle });
    const field = (id: DimensionId) => targetsSection.getByLabel(fill(t.targetFor, { dimension: dimensionTitle('de', id) }));
    await field('strategy').fill('150');
    await field('time').fill('12.5');
    await field('offline').fill('70');
    await targetsSection.getByRole('button', { name: t.targetsSave, exact: true }).click();
    for (const id of ['strategy', 'time'] as const) {
      await expect(field(id)).toHaveAttribute('aria-invalid', 'true');
      await expect(field(id)).toHaveAccessibleDescription(t.targetInvalid);
    }
    await expect(field('offline')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(targetsSection.getByRole('status')).toHaveText('');
    await expect(compareSection(page, 'de').getByRole('columnheader', { name: t.colTarget, exact: true })).toHaveCount(0);
    await page.reload();
    await expect(field('offline')).toHaveValue('');

    // Corrected, they are saved.
    await field('strategy').fill('100');
    await field('time').fill('0');
    await field('offline').fill('70');
    await targetsSection.getByRole('button', { name: t.targetsSave, exact: true }).click();
    await expect(targetsSection.getByRole('status')).toHaveText(t.targetsSaved);
    const timeAfter = expectedResult(coachAnswers).dimensions.find((d) => d.dimension === 'time')!.score!;
    const table = compareSection(page, 'de').getByRole('table', { name: t.compareCaption });
    await expect(rowNamed(table, page, dimensionTitle('de', 'time')).getByRole('cell').nth(3)).toHaveText('0');
    // Already past the target: the distance is negative (written with a hyphen or a minus sign).
    const toTarget = await rowNamed(table, page, dimensionTitle('de', 'time')).getByRole('cell').nth(4).textContent();
    expect(Number(toTarget!.trim().replace('\u2212', '-'))).toBe(0 - timeAfter);
  });

  test('a coach creates a client, opens it and starts a check with the keyboard alone', async ({ page }) => {
    await page.goto('/de/coach');
    await expect(page.getByText(t.noClients, { exact: true })).toBeVisible();

    // An empty name is refused, with the error tied to the field.
    const nameField = page.getByLabel(t.clientName);
    await tabTo(page, nameField);
    await page.keyboard.press('Enter');
    await expect(page.getByText(t.clientNameRequired, { exact: true })).toBeVisible();
    await expect(nameField).toBeFocused();
    await expect(nameField).toHaveAttribute('aria-invalid', 'true');

    await page.keyboard.type('Garage Keller');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: fill(t.created, { name: 'Garage Keller' }) })).toBeVisible();
    const link = page.getByRole('link', { name: fill(t.openNamed, { name: 'Garage Keller' }), exact: true });
    await expect(link).toBeVisible();

    // Back up the page to the client's link.
    await tabTo(page, link, 60, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/de\/coach\/[^/?]+$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Garage Keller' })).toBeVisible();

    // Choose «the coach answers» with the arrow keys and start the check with Enter.
    const owner = page.getByRole('radio', { name: t.respondentOwner });
    await tabTo(page, owner);
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: t.respondentCoach })).toBeChecked();
    await tabTo(page, page.getByRole('button', { name: t.start, exact: true }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/de\/check\?client=[^&]+&assessment=[^&]+&step=1$/);
    await expect(page.getByText(messages.de.check.coachBanner, { exact: true })).toBeVisible();

    // The notes field is reachable and takes text from the keyboard.
    const notes = page.getByLabel(fill(messages.de.check.coachNotesLabel, { dimension: steps[0]!.dimension.title.de }), { exact: true });
    await tabTo(page, notes, 120);
    await page.keyboard.type('Ziele fehlen <noch>');
    await expect(notes).toHaveValue('Ziele fehlen <noch>');
  });
});

test.describe('the coach workspace is accessible', () => {
  const workspace: Workspace = {
    current: null,
    clients: [
      makeClient({
        id: 'c-1',
        name: 'Schreinerei Graf',
        assessments: [
          makeAssessment({ id: 'a-1', createdAt: T1, respondent: 'owner', answers: ownerAnswers, coachMode: true, notes: ownerNotes }),
          makeAssessment({
            id: 'a-2',
            createdAt: T2,
            respondent: 'coach',
            answers: coachAnswers,
            coachMode: true,
            notes: coachNotes,
            coachName: 'Petra Muster',
          }),
        ],
        targets,
        profile: { companyName: 'Schreinerei Graf AG', industry: 'Holzbau' },
      }),
    ],
  };

  for (const locale of ['de', 'en'] as const) {
    test(`the coach overview in ${locale === 'de' ? 'German' : 'English'} with a client has no axe violations`, async ({ page, seed }) => {
      await seed.workspace(workspace);
      await page.goto(`/${locale}/coach`);
      await expect(page.getByRole('link', { name: fill(messages[locale].coach.openNamed, { name: 'Schreinerei Graf' }) })).toBeVisible();
      await expectNoAxeViolations(page);

      // Also with the rename form open and with the delete dialog open.
      await page.getByRole('button', { name: fill(messages[locale].coach.renameNamed, { name: 'Schreinerei Graf' }) }).click();
      await expect(page.getByLabel(messages[locale].coach.renameLabel)).toBeFocused();
      await expectNoAxeViolations(page);
      await page.goto(`/${locale}/coach`);
      await page.getByRole('button', { name: fill(messages[locale].coach.deleteNamed, { name: 'Schreinerei Graf' }) }).click();
      await expect(page.getByRole('dialog', { name: messages[locale].coach.deleteClientTitle })).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test(`a client page with a comparison and targets in ${locale === 'de' ? 'German' : 'English'} has no axe violations`, async ({
      page,
      seed,
    }) => {
      await seed.workspace(workspace);
      await page.goto(clientPath(locale, 'c-1'));
      const section = compareSection(page, locale);
      await expect(section.getByRole('table', { name: messages[locale].coach.compareCaption })).toBeVisible();
      await expect(section.getByRole('region', { name: messages[locale].coach.disagreementsTitle })).toBeVisible();
      await expect(section.locator('.legend li')).toHaveCount(3);
      await expectNoAxeViolations(page);
    });
  }

  test('the check in coach mode, with prompts and a notes field, has no axe violations', async ({ page, seed }) => {
    await seed.workspace(workspace);
    await page.goto('/de/check?client=c-1&assessment=a-2&step=1');
    await expect(page.getByRole('region', { name: messages.de.check.coachPromptsTitle })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
