import type { Page, TestInfo } from '@playwright/test';
import { content } from '../content';
import type { BandId, DimensionId, Locale } from '../lib/content-schema';
import { formatDate } from '../lib/dates';
import { pickGuidance } from '../lib/guidance';
import type { Answers, Notes, Profile } from '../lib/schemas';
import { expect, test } from './fixtures';
import { dimensionTitle, escapeRegExp, expectedResult, fill, locales, messages, worded } from './helpers';
import { onPages, pagesWith, readPdf, readTable, readWords, squash, type PdfText } from './support/pdf';
import { answerAll, makeAssessment } from './support/factory';
import { showCharts } from './support/charts';

/** Every text of a guidance card that is printed, in one locale. */
function printedLength(guidance: (typeof content.guidance)[number], locale: Locale): number {
  return (
    guidance.title[locale].length +
    guidance.body[locale].length +
    guidance.quote.original.length +
    (locale === 'en' ? guidance.quote.en.length : 0) +
    guidance.steps.reduce((sum, step) => sum + step[locale].length, 0)
  );
}

/** The band whose three longest guidance cards are the longest three of any band, with those three dimensions. */
function longestPriorities(locale: Locale): { band: BandId; dimensions: DimensionId[] } {
  const candidates = content.bands.map((band) => {
    const cards = content.guidance
      .filter((g) => g.band === band.id)
      .map((g) => ({ dimension: g.dimension, length: printedLength(g, locale) }))
      .sort((a, b) => b.length - a.length)
      .slice(0, 3);
    return { band: band.id, dimensions: cards.map((c) => c.dimension), total: cards.reduce((sum, c) => sum + c.length, 0) };
  });
  candidates.sort((a, b) => b.total - a.total);
  return candidates[0]!;
}

/** The answer on the 1–5 scale whose score (0, 25, … 100) falls into the band. */
function scaleValueIn(band: BandId): 1 | 2 | 3 | 4 | 5 {
  const sorted = [...content.bands].sort((a, b) => a.min - b.min);
  const index = sorted.findIndex((b) => b.id === band);
  const max = (sorted[index + 1]?.min ?? 101) - 1;
  const value = ([1, 2, 3, 4, 5] as const).find((v) => (v - 1) * 25 >= sorted[index]!.min && (v - 1) * 25 <= max);
  if (!value) throw new Error(`no single answer scores inside the band ${band}`);
  return value;
}

/**
 * A complete assessment whose three priorities are the dimensions with the longest guidance texts in their band;
 * with `capped`, a gate outside the priorities is answered low, so the level is capped and the gate notice is on paper too.
 */
function longestAnswers(locale: Locale, capped = false, profile: Profile = {}): { answers: Answers; priorities: DimensionId[] } {
  const { band, dimensions } = longestPriorities(locale);
  const low = scaleValueIn(band);
  const answers = answerAll((item) => (dimensions.includes(item.dimension as DimensionId) ? low : 5));
  let gateDimension: DimensionId | null = null;
  if (capped) {
    // The gate with the longest reason, so the notice is as long as it gets.
    const gate = content.items
      .filter((item) => item.gate && !dimensions.includes(item.dimension))
      .sort((a, b) => b.gate!.reason[locale].length - a.gate!.reason[locale].length)[0]!;
    answers[gate.id] = 2;
    gateDimension = gate.dimension;
  }
  // The expected order of the cards is the app's rule (failed gates, then lowest first, ties in model order), computed by lib/.
  const priorities = expectedResult(answers, profile).priorities;
  if (gateDimension) {
    // A failed gate comes first among the priorities, with its gate card; the two longest band cards follow.
    expect(priorities[0], 'the failed gate is the first priority').toBe(gateDimension);
    expect(dimensions, 'the other priorities have the longest guidance texts').toEqual(expect.arrayContaining(priorities.slice(1)));
  } else {
    expect([...priorities].sort(), 'the longest guidance texts are the priorities').toEqual([...dimensions].sort());
  }
  return { answers, priorities };
}

// German: the fields of the profile form (the market and who runs the channels are asked by the check itself).
// English: a profile that came with the check, worded for an outside agency and a B2B market.
const profiles: Record<Locale, Profile & { companyName: string; industry: string }> = {
  de: {
    companyName: 'Bäckerei-Konditorei Sonnenberg & Töchter GmbH',
    industry: 'Lebensmittelhandwerk mit Café und Catering',
    size: '10-49',
  },
  en: {
    companyName: 'Hillside Joinery & Sons Ltd',
    industry: 'Joinery, kitchens and interior fittings',
    size: '10-49',
    market: 'b2b',
    runner: 'outside',
  },
};
const coachName = 'Andrea Muster-Beispiel';
const createdAt = '2026-03-05T10:30:00.000Z';

type PrintCall = { chartsDrawn: boolean; actionPlan: boolean; channelPlan: boolean };

/**
 * Replaces the browser's print dialog with a record of each call: whether every chart on the page was drawn then, and
 * whether the parts whose code comes late (the action plan, the channel plan) were on the page.
 */
async function stubPrint(page: Page) {
  await page.evaluate(() => {
    const calls: PrintCall[] = [];
    (window as unknown as { printCalls: typeof calls }).printCalls = calls;
    window.print = () => {
      const charts = Array.from(document.querySelectorAll('.radar[role="img"]'));
      calls.push({
        chartsDrawn: charts.length > 0 && charts.every((chart) => chart.querySelector('.recharts-wrapper svg') !== null),
        actionPlan: document.querySelector('.action-plan') !== null,
        channelPlan: document.querySelector('.channel-plan') !== null,
      });
    };
  });
}
const printCalls = (page: Page) => page.evaluate(() => (window as unknown as { printCalls: PrintCall[] }).printCalls);
const printedWhole: PrintCall = { chartsDrawn: true, actionPlan: true, channelPlan: true };

/** Presses the print button, as the owner does, and waits until it handed the whole page to the browser's print. */
async function printWithButton(page: Page, locale: Locale) {
  await stubPrint(page);
  await page.getByRole('button', { name: messages[locale].print.button, exact: true }).click();
  await expect.poll(() => printCalls(page)).toEqual([printedWhole]);
}

/** Lays out the results for paper, saves them as an A4 PDF (the browser's own print path) and reads the PDF back. */
async function printToPdf(page: Page, testInfo: TestInfo, name: string): Promise<PdfText> {
  await showCharts(page);
  await page.emulateMedia({ media: 'print' });
  const path = testInfo.outputPath(`${name}.pdf`);
  await page.pdf({ path, format: 'A4', preferCSSPageSize: true, printBackground: true });
  await testInfo.attach(`${name}.pdf`, { path, contentType: 'application/pdf' });
  const pdf = readPdf(path);
  await testInfo.attach(`${name}.txt`, { body: pdf.pageTexts.map((t, i) => `--- page ${i + 1} ---\n${t}`).join('\n'), contentType: 'text/plain' });
  return pdf;
}

/** Asserts the summary on the first `lastPage` pages: score, level, verdict, every dimension with its score and band, the priorities. */
function expectSummaryOnPaper(
  pdf: PdfText,
  lastPage: number,
  locale: Locale,
  answers: Answers,
  priorities: DimensionId[],
  profile: Profile,
) {
  const t = messages[locale];
  const expected = expectedResult(answers, profile);
  const bandName = (id: BandId | null) => content.bands.find((b) => b.id === id)!.name[locale];
  const expectOnPaper = (text: string, what: string) =>
    expect(onPages(pdf, text, lastPage), `${what} on the first ${lastPage} page(s): «${text}»`).toBe(true);

  expect(expected.overall, 'the answers give an overall score').not.toBeNull();
  expectOnPaper(`${expected.overall} ${t.results.of100}`, 'overall score');
  expectOnPaper(bandName(expected.band), 'readiness level');
  const verdict = content.verdicts.find((v) => v.id === expected.verdict)!;
  expectOnPaper(verdict.title[locale], 'verdict');
  expectOnPaper(worded(verdict.body, locale, profile), 'verdict');
  for (const step of verdict.steps) expectOnPaper(worded(step, locale, profile), 'a step of the verdict');

  // The table, read back by the positions of its words: each dimension with its score and band, a star on priorities.
  // The print CSS sets the column headings in capitals.
  const headings = [t.results.colDimension, t.results.colScore, t.results.colBand].map((h) => h.toLocaleUpperCase(locale));
  const rows = readTable(pdf, headings as [string, string, string], expected.dimensions.length);
  expect(rows.map((r) => r.cells)).toEqual(
    expected.dimensions.map((d) => [
      `${dimensionTitle(locale, d.dimension)}${priorities.includes(d.dimension) ? ' ★' : ''}`,
      String(d.score),
      bandName(d.band),
    ]),
  );
  expect(rows.every((r) => r.page <= lastPage), 'the table is on the summary pages').toBe(true);

  expect(expected.priorities).toEqual(priorities);
  const picks = pickGuidance(expected, content.guidance, content.gateGuidance, content.holdGuidance);
  for (const [index, id] of priorities.entries()) {
    const guidance = picks.find((p) => p.dimension === id)!.guidance!;
    expectOnPaper(`${index + 1}. ${dimensionTitle(locale, id)}`, `priority ${index + 1}`);
    expectOnPaper(worded(guidance.title, locale, profile), `guidance of priority ${index + 1}`);
    for (const step of guidance.steps) expectOnPaper(worded(step, locale, profile), `a next step of ${id}`);
  }
  expectOnPaper(t.print.sources, 'the footer citing the source articles');
}

/**
 * On paper the chart stands left of the score table: no printed word crosses the table's left edge, and the chart's
 * right-hand label (company culture) is printed whole on the chart's side.
 */
function expectChartBesideTable(pdf: PdfText, locale: Locale) {
  const t = messages[locale].results;
  const words = readWords(pdf.path, 1);
  const heading = words.find((w) => w.text === t.colDimension.toLocaleUpperCase(locale));
  if (!heading) throw new Error('the score table is not on page 1');
  // The caption starts at the table's own left edge; the heading inside its cell padding.
  const captionWord = t.tableCaption.split(' ')[0]!;
  const caption = words.find((w) => w.text === captionWord && w.yMin < heading.yMin && heading.yMin - w.yMin < 30);
  const edge = Math.min(heading.xMin, caption?.xMin ?? heading.xMin);
  // From the caption down to the table's last row (the last dimension), where the chart stands beside it.
  const lastRow = content.dimensions.at(-1)!.title[locale].split(' ')[0]!;
  const last = words.filter((w) => w.text === lastRow && Math.abs(w.xMin - heading.xMin) < 2 && w.yMin > heading.yMin).at(0);
  if (!last) throw new Error(`the table's last row «${lastRow}» is not on page 1`);
  const band = { top: (caption ?? heading).yMin - 2, bottom: last.yMax + 4 };
  const crossing = words.filter((w) => w.yMin > band.top && w.yMin < band.bottom && w.xMin < edge - 0.5 && w.xMax > edge + 0.5);
  expect(crossing.map((w) => `«${w.text}» ${w.xMin.toFixed(1)}–${w.xMax.toFixed(1)} pt`), `words across the table's edge at ${edge.toFixed(1)} pt`).toEqual([]);
  const culture = content.dimensions.find((d) => d.id === 'culture')!;
  const cultureWords = new Set([...culture.title[locale].split(' '), culture.shortTitle[locale]]);
  const label = words.filter((w) => cultureWords.has(w.text) && w.xMax <= edge && w.yMin > band.top && w.yMin < band.bottom);
  expect(label.length, `the chart's label «${culture.title[locale]}» left of the table`).toBeGreaterThan(0);
}

test.describe('printing the results', () => {
  for (const locale of locales) {
    test(`a complete assessment with a company profile and the longest guidance prints on at most two A4 pages (${locale})`, async ({
      page,
      seed,
    }, testInfo) => {
      const t = messages[locale];
      const profile = profiles[locale];
      const { answers, priorities } = longestAnswers(locale, false, profile);
      // German: the profile is entered on the results page after the check; English: it came with the check.
      await seed.workspace({
        current: makeAssessment({ createdAt, answers, coachName, profile: locale === 'en' ? profile : {} }),
        clients: [],
      });
      await page.goto(`/${locale}/results`);
      const expected = expectedResult(answers, locale === 'en' ? profile : {});
      await expect(page.getByTestId('overall-score')).toHaveText(String(expected.overall));

      if (locale === 'de') {
        await page.getByText(t.profile.edit, { exact: true }).click();
        await page.getByLabel(t.profile.companyName, { exact: true }).fill(profile.companyName);
        await page.getByLabel(t.profile.industry, { exact: true }).fill(profile.industry);
        await page.getByLabel(t.profile.size, { exact: true }).selectOption({ label: t.profile.sizes['10-49'] });
        await page.getByRole('button', { name: t.profile.save, exact: true }).click();
        await expect(page.getByText(t.profile.saved, { exact: true })).toBeVisible();
      }
      // On screen: the profile in the header.
      const header = page.locator('.results__header');
      await expect(header.getByText(profile.companyName, { exact: true })).toBeVisible();
      await expect(header).toContainText(profile.industry);

      // The print button hands over to the browser's own print (the same print CSS as Ctrl+P), with the chart drawn.
      await printWithButton(page, locale);

      await page.emulateMedia({ media: 'print' });

      // Nothing to click on paper: no navigation, no language switch, no buttons.
      await expect(page.getByRole('navigation', { name: t.nav.label, includeHidden: true })).toBeHidden();
      await expect(page.getByRole('link', { name: t.nav.switchToLabel, includeHidden: true })).toBeHidden();
      expect(await page.locator('button').count(), 'the page has buttons on screen').toBeGreaterThan(0);
      await expect(page.locator('button:visible, .button:visible, select:visible, input:visible')).toHaveCount(0);

      // The chart is drawn, as vectors with real extent, in print media.
      const chart = page.getByRole('img', { name: new RegExp(`^${escapeRegExp(t.results.chartAlt)}`) });
      await expect(chart).toBeVisible();
      const box = await chart.boundingBox();
      expect(box?.width).toBeGreaterThan(100);
      expect(box?.height).toBeGreaterThan(100);
      const shapes = await chart.locator('svg').first().evaluate((svg) =>
        Array.from(svg.querySelectorAll('path, polygon')).map((el) => {
          const shape = el as SVGGraphicsElement;
          const bbox = shape.getBBox();
          const rect = shape.getBoundingClientRect();
          return {
            className: shape.getAttribute('class') ?? '',
            geometry: shape.getAttribute('d') ?? shape.getAttribute('points') ?? '',
            bbox: { width: bbox.width, height: bbox.height },
            rect: { width: rect.width, height: rect.height },
          };
        }),
      );
      const radar = shapes.filter((s) => s.className.includes('recharts-polygon'));
      const grid = shapes.filter((s) => s.className.includes('recharts-polar-grid-concentric'));
      expect(radar.length, 'the radar outline').toBeGreaterThan(0);
      expect(grid.length, 'the grid polygons').toBeGreaterThan(0);
      const drawn = (shape: (typeof shapes)[number]) =>
        /\d/.test(shape.geometry) && shape.bbox.width * shape.bbox.height > 0 && shape.rect.width * shape.rect.height > 0;
      for (const shape of radar) expect(drawn(shape), `${shape.className} is drawn: ${JSON.stringify(shape)}`).toBe(true);
      // The innermost ring (score 0) is a point; the four rings around it must be drawn.
      expect(grid.filter(drawn).length, 'drawn grid rings').toBeGreaterThanOrEqual(4);
      expect(radar[0]!.geometry, 'a closed outline through the nine dimensions').toMatch(/^M[\d.\-, ]+(L[\d.\-, ]+){8,9}Z$/);

      await testInfo.attach(`print-view-${locale}.png`, {
        body: await page.screenshot({ fullPage: true, path: testInfo.outputPath(`print-view-${locale}.png`) }),
        contentType: 'image/png',
      });

      const pdf = await printToPdf(page, testInfo, `results-${locale}`);
      testInfo.annotations.push({ type: 'pdf pages', description: `${locale}: ${pdf.pages}` });
      expect(pdf.pages, 'A4 pages of the summary').toBeLessThanOrEqual(2);
      expectSummaryOnPaper(pdf, pdf.pages, locale, answers, priorities, profile);
      expectChartBesideTable(pdf, locale);

      const flat = squash(pdf.text);
      // The header: company, profile, date of the check and of printing, the coach.
      for (const text of [
        profile.companyName,
        profile.industry,
        fill(t.results.assessedOn, { date: formatDate(createdAt, locale) }),
        fill(t.print.printedOn, { date: formatDate(new Date().toISOString(), locale) }),
        fill(t.print.coach, { name: coachName }),
      ]) {
        expect(onPages(pdf, text, 1), `«${text}» on page 1`).toBe(true);
      }
      for (const text of [t.print.button, t.share.copy, t.share.exportButton, t.nav.switchTo, t.results.editAnswers]) {
        expect(flat, `«${text}» is not on paper`).not.toContain(text);
      }
      // Page numbers from @page: «1 / 2» on the first page.
      expect(pdf.pageTexts[0]!).toMatch(new RegExp(`(^|\\s)1\\s*/\\s*${pdf.pages}\\s*$`));
    });
  }

  for (const locale of locales) {
    test(`with a capped level (a gate answered low) the longest summary still fits on two A4 pages (${locale})`, async ({
      page,
      seed,
    }, testInfo) => {
      const t = messages[locale];
      const { answers, priorities } = longestAnswers(locale, true, profiles[locale]);
      const expected = expectedResult(answers, profiles[locale]);
      expect(expected.cappedBy).toHaveLength(1);
      await seed.workspace({
        current: makeAssessment({ createdAt, answers, coachName, profile: profiles[locale] }),
        clients: [],
      });
      await page.goto(`/${locale}/results`);
      await expect(page.getByTestId('overall-score')).toHaveText(String(expected.overall));
      await printWithButton(page, locale);
      const pdf = await printToPdf(page, testInfo, `results-capped-${locale}`);
      testInfo.annotations.push({ type: 'pdf pages', description: `capped ${locale}: ${pdf.pages}` });
      expect(pdf.pages, 'A4 pages of the summary').toBeLessThanOrEqual(2);
      expectSummaryOnPaper(pdf, pdf.pages, locale, answers, priorities, profiles[locale]);
      // The notice names the highest level the gate leaves reachable.
      const capped = content.bands.find((b) => b.id === expected.levelCap)!.name[locale];
      const reason = worded(content.items.find((i) => i.id === expected.cappedBy[0]!.itemId)!.gate!.reason, locale, profiles[locale]);
      expect(onPages(pdf, fill(t.results.gateCapped, { band: capped }), 1), 'the capped level on page 1').toBe(true);
      expect(onPages(pdf, reason, 1), 'the gate that caps it on page 1').toBe(true);
    });
  }

  test('a check with coach notes prints the notes as text on a page of their own after the two-page summary', async ({
    page,
    seed,
  }, testInfo) => {
    const t = messages.de;
    const { answers, priorities } = longestAnswers('de', false, profiles.de);
    const script = '<script>alert("Notiz")</script>';
    const notes: Notes = {};
    for (const [index, dimension] of content.dimensions.entries()) {
      notes[dimension.id] =
        `Notiz ${index + 1}: ${'Im Gespräch ergänzt: Wer antwortet auf Anfragen, und wann? '.repeat(4)}` +
        (index === 0 ? `Zitat aus der Mail: «${script}»` : 'Nächstes Treffen abwarten.');
    }
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await seed.workspace({
      current: makeAssessment({ createdAt, answers, notes, coachName, profile: profiles.de, respondent: 'coach' }),
      clients: [],
    });
    await page.goto('/de/results');
    await expect(page.getByTestId('overall-score')).toHaveText(String(expectedResult(answers, profiles.de).overall));
    const notesSection = page.getByRole('region', { name: t.results.notesTitle });
    await expect(notesSection.getByText(`«${script}»`, { exact: false })).toBeVisible();
    await expect(page.locator('script', { hasText: 'alert("Notiz")' })).toHaveCount(0);

    const pdf = await printToPdf(page, testInfo, 'results-with-notes-de');
    testInfo.annotations.push({ type: 'pdf pages', description: `with notes: ${pdf.pages}` });
    const notesPages = pagesWith(pdf, t.results.notesTitle);
    expect(notesPages.length, 'the notes heading is printed once').toBe(1);
    const notesPage = notesPages[0]!;
    expect(notesPage - 1, 'pages of the summary before the notes').toBeLessThanOrEqual(2);
    expect(notesPage - 1).toBeGreaterThanOrEqual(1);
    expectSummaryOnPaper(pdf, notesPage - 1, 'de', answers, priorities, profiles.de);
    // The notes are on paper as typed, the markup as literal text.
    const notesText = squash(pdf.pageTexts.slice(notesPage - 1).join('\n'));
    expect(notesText).toContain(`«${script}»`);
    for (const dimension of content.dimensions) {
      expect(notesText).toContain(squash(notes[dimension.id]!).slice(0, 40));
    }
    expect(onPages(pdf, 'Im Gespräch ergänzt', notesPage - 1), 'no note on the summary pages').toBe(false);
    expect(dialogs, 'no script ran').toEqual([]);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 740 }, isMobile: true, hasTouch: true });

    test('Ctrl+P at once prints the whole summary, chart included; the chart is drawn as the reader nears it, in a box of its final size', async ({
      page,
      seed,
    }) => {
      const t = messages.de;
      const { answers } = longestAnswers('de', false, profiles.de);
      await seed.workspace({ current: makeAssessment({ createdAt, answers, profile: profiles.de }), clients: [] });
      await page.goto('/de/results');
      await expect(page.getByTestId('overall-score')).toHaveText(String(expectedResult(answers, profiles.de).overall));

      // Ctrl+P the moment the score is there, before the reader scrolled anywhere: the page fetches and draws what is
      // still missing (the chart far below, the parts that load when the browser is idle), then prints.
      await stubPrint(page);
      await page.keyboard.press('ControlOrMeta+KeyP');
      await expect.poll(() => printCalls(page)).toEqual([printedWhole]);
      const chart = page.getByRole('img', { name: new RegExp(`^${escapeRegExp(t.results.chartAlt)}`) });
      await expect(chart.locator('.recharts-radar-polygon path').first()).toHaveAttribute('d', /^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){8,9}Z$/);

      // Without printing, far below the first screen, nothing draws the chart; its box already has the drawing's size.
      await page.reload();
      await expect(page.getByTestId('overall-score')).toBeVisible();
      await expect(chart).toBeVisible();
      await expect(page.getByRole('table', { name: t.results.tableCaption })).toBeVisible();
      const place = () =>
        page.evaluate(() => {
          const frame = document.querySelector('.radar[role="img"]')!.getBoundingClientRect();
          const rows = document.querySelector('.score-table')!.getBoundingClientRect();
          return { height: Math.round(frame.height), tableBelowChart: Math.round(rows.top - frame.top) };
        });
      const before = await place();
      expect(before.height, 'the empty chart box keeps the drawing’s height').toBeGreaterThan(150);
      expect(await chart.evaluate((el) => el.getBoundingClientRect().top), 'the chart starts below the first screen and a half').toBeGreaterThan(740 * 1.5);
      // The tools below load once the page is idle: by then an eager chart would be there too.
      await expect(page.getByRole('button', { name: t.print.button, exact: true })).toBeAttached();
      await expect(chart.locator('svg')).toHaveCount(0);
      expect(await place()).toEqual(before);

      // Scrolling towards it draws it, in the same box.
      await page.getByRole('heading', { level: 2, name: t.results.chartTitle }).scrollIntoViewIfNeeded();
      await expect(chart.locator('.recharts-polar-angle-axis-tick').first()).toBeVisible();
      expect(await place(), 'the drawing fills its box: nothing moved').toEqual(before);
    });
  });
});
