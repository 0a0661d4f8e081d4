import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { content } from '../content';
import type { DimensionId, Locale } from '../lib/content-schema';
import { formatDate } from '../lib/dates';
import type { ChannelAnswers } from '../lib/channel-schema';
import type { AnswerValue, Workspace } from '../lib/schemas';
import { encodeShareCode } from '../lib/share-code';
import { encodeInvitation } from '../lib/team-code';
import { expect, test, type Seed } from './fixtures';
import { CHECK_STEP_COUNT, expectedResult, fill, locales, messages, pluralOther, stepHeading } from './helpers';
import { expectNoAxeViolations } from './support/axe';
import { showCharts } from './support/charts';
import { answerAll, makeAssessment, makeClient, makeRound } from './support/factory';
import { visitOnce } from './support/offline';

const phoneWidths = [320, 360, 390] as const;
/** A 1280 px desktop window at 200 % zoom lays the page out in 640 CSS px. */
const zoomedDesktop = 640;
/** A small laptop or a tablet held sideways, and a common desktop window. */
const desktops = [1024, 1280] as const;

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures-data', name), 'utf8');
const workspaceFile = fixture('coach-workspace.json');
const assessmentFile = fixture('single-assessment.json');

const scale: AnswerValue[] = [1, 2, 3, 4, 5];
const gates = content.items.filter((item) => item.gate).map((item) => item.id);

const profile = {
  companyName: 'Bäckerei-Konditorei Sonnenberg & Töchter GmbH',
  industry: 'Lebensmittelhandwerk mit Café und Catering',
  size: '10-49',
  market: 'b2c',
} as const;
const longNote = 'Im Gespräch ergänzt: Wer antwortet auf Anfragen am Freitagabend, und wer vertritt in den Ferien? '.repeat(3);

/** Channel answers that give the longest plan: three channels, the presence, and advice on every kind of existing channel. */
const busyChannels = {
  reach: 'local',
  goals: ['enquiries', 'applicants', 'regulars', 'findable', 'network'],
  hours: 8,
  formats: ['text', 'photo', 'video'],
  existing: { facebook: 'active', instagram: 'dormant', 'whatsapp-business': 'dormant', youtube: 'abandoned', x: 'abandoned' },
} as const satisfies ChannelAnswers;

/** The owner's own check: complete, varied, with «weiss nicht» (also on a gate), a long company profile and a full channel plan. */
const own = makeAssessment({
  id: 'own',
  createdAt: '2026-03-05T10:30:00.000Z',
  answers: answerAll((item, index) => (index % 9 === 4 || item.id === gates[1] ? 'unknown' : scale[(index * 3) % 5]!)),
  profile,
  coachName: 'Andrea Muster-Beispiel',
  channels: { ...busyChannels, goals: [...busyChannels.goals], formats: [...busyChannels.formats] },
});

const holzwurm = makeClient({
  id: 'c-holzwurm',
  name: 'Schreinerei Holzwurm & Partner AG, Langnau im Emmental',
  profile,
  assessments: [
    makeAssessment({ id: 'h-1', createdAt: '2025-11-03T10:00:00.000Z', answers: answerAll((_item, i) => scale[(i % 3) + 1]!) }),
    makeAssessment({
      id: 'h-2',
      createdAt: '2026-01-15T11:15:00.000Z',
      respondent: 'coach',
      coachName: 'Andrea Muster-Beispiel',
      answers: answerAll((_item, i) => scale[i % 5]!),
      notes: { strategy: longNote, culture: 'Kurz: «Kultur» <b>offen</b>.', offline: longNote },
      channels: { reach: 'regional', goals: ['enquiries'], hours: 1, formats: ['photo'], existing: { facebook: 'dormant' } },
      profile,
    }),
    // Later, with more hours: the comparison lists the channels the plan gained.
    makeAssessment({
      id: 'h-3',
      createdAt: '2026-02-10T14:30:00.000Z',
      answers: answerAll((_item, i) => scale[4 - (i % 5)]!),
      channels: { reach: 'regional', goals: ['enquiries', 'applicants'], hours: 5, formats: ['photo', 'text'], existing: { facebook: 'active' } },
      profile,
    }),
  ],
});
holzwurm.targets = { strategy: 80, processes: 70, culture: 75, time: 60, offline: 95 };

/** One check capped by a gate, one with two topics left unanswered (too few answers to score them). */
const capped = answerAll((item) => (gates.includes(item.id) ? 1 : 5));
const partial = Object.fromEntries(
  content.items.filter((item) => !['culture', 'community'].includes(item.dimension)).map((item) => [item.id, 4 as AnswerValue]),
);
const velo = makeClient({
  id: 'c-velo',
  name: 'Velo Kuhn GmbH',
  assessments: [
    // A gate answered low: the channel plan says to wait.
    makeAssessment({ id: 'velo-capped', createdAt: '2026-01-20T09:00:00.000Z', answers: capped, profile: { market: 'b2c' }, channels: { ...busyChannels, goals: ['findable'], formats: ['photo'], existing: {} } }),
    makeAssessment({ id: 'velo-partial', createdAt: '2026-02-20T09:00:00.000Z', answers: partial }),
  ],
});
/** A check just started in coach mode: every step is unanswered, so «Weiter» opens the error summary. */
const fresh = makeClient({
  id: 'c-new',
  name: 'Gärtnerei Blumenwiese',
  assessments: [makeAssessment({ id: 'new-1', createdAt: '2026-03-01T08:00:00.000Z', respondent: 'coach' })],
});

/** A long letterhead with a logo: it heads the coach's results, and the coach area shows it in its form. */
const coachProfile = {
  name: 'Andrea Muster-Beispiel',
  firm: 'Muster-Beispiel Coaching & Kommunikationsberatung GmbH',
  phone: '+41 44 123 45 67',
  email: 'andrea.muster-beispiel@kommunikationsberatung-beispiel.ch',
  website: 'https://www.kommunikationsberatung-beispiel.ch/social-media',
  logo: `data:image/png;base64,${readFileSync(join(__dirname, '..', 'public', 'icons', 'icon-192.png')).toString('base64')}`,
};

/** A team round of the owner's firm that five people answered, two of them with name and role. */
const round = makeRound({
  company: profile.companyName,
  responses: [0, 1, 2, 3, 4].map((n) => ({
    answers: answerAll((_item, i) => (i % 7 === n ? 'unknown' : scale[(i + n * 2) % 5]!)),
    ...(n < 2 ? { name: ['Sandra Zimmermann-Ostertag', 'Beat Graf'][n], role: ['Lernende Detailhandelsfachfrau', 'Verkauf'][n] } : {}),
  })),
});

const workspace: Workspace = { current: own, clients: [holzwurm, velo, fresh], rounds: [round], coachProfile };
const shareCode = encodeShareCode(
  { createdAt: holzwurm.assessments[1]!.createdAt, answers: holzwurm.assessments[1]!.answers, profile, notes: holzwurm.assessments[1]!.notes },
  // Share codes cover the need statements, then the readiness items.
  [...content.needItems, ...content.items],
);

type Measurement = {
  state: string;
  scrollWidth: number;
  clientWidth: number;
  /** What sticks out of the viewport without a scrolling container around it (the outermost first). */
  offenders: string[];
  /** overflow-x of html and body: hiding the overflow there would only cut the page off. */
  rootOverflow: string[];
  bodyFontSize: number;
  /** Visible text, typed text in form fields included, set smaller than 14 px. */
  smallText: string[];
  /** Radar axis labels that leave the drawing, overlap another label, are set below 11 px or are not a dimension's name. */
  radarProblems: string[];
  /** Boxes that scroll sideways without being a named, keyboard-reachable region that keeps the first column in view. */
  scrollProblems: string[];
};

/** Every name a radar axis label may show: the full title of a dimension or its short title. */
const radarNames = (locale: Locale) =>
  content.dimensions.map((d) => ({ id: d.id as DimensionId, names: [d.title[locale], d.shortTitle[locale]] }));

/** Measures the page as it is now and keeps a screenshot of it. */
async function measure(page: Page, testInfo: TestInfo, locale: Locale, state: string, options: { dialog?: boolean } = {}) {
  // The reader scrolls over the whole page: every chart gets its drawing, measured below. A dialog sits over a page measured before.
  if (!options.dialog) await showCharts(page);
  await page.evaluate(() => document.fonts.ready);
  const names = radarNames(locale);
  const result = await page.evaluate(
    ({ names }) => {
      const root = document.documentElement;
      const clientWidth = root.clientWidth;
      const describe = (el: Element) => {
        const rect = el.getBoundingClientRect();
        const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
        const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
        return `${el.tagName.toLowerCase()}${cls} [${Math.round(rect.left)}–${Math.round(rect.right)}] «${text}»`;
      };
      const visible = (el: Element) => {
        const style = getComputedStyle(el);
        const rect = el.getBoundingClientRect();
        return style.visibility !== 'hidden' && rect.width > 1 && rect.height > 1;
      };
      // Inside a container that clips or scrolls, an element may be wider than the screen: that container scrolls.
      const clippedFrom = (start: Element | null) => {
        for (let p = start; p && p !== document.body; p = p.parentElement) {
          if (getComputedStyle(p).overflowX !== 'visible') return true;
        }
        return false;
      };
      const clipped = (el: Element) => clippedFrom(el.parentElement);
      const offenders: string[] = [];
      const reported = new Set<Element>();
      for (const el of Array.from(document.body.querySelectorAll('*'))) {
        // Hidden and one-pixel elements count too: they widen the page all the same.
        const rect = el.getBoundingClientRect();
        if (rect.width === 0 && rect.height === 0) continue;
        if (rect.right <= clientWidth + 0.5 && rect.left >= -0.5) continue;
        if (clipped(el)) continue;
        // Only the outermost element of a run that sticks out: its descendants stick out with it.
        let ancestor = el.parentElement;
        while (ancestor && !reported.has(ancestor)) ancestor = ancestor.parentElement;
        reported.add(el);
        if (!ancestor) offenders.push(describe(el));
      }

      // Text can run out of its box (a long word in a narrow column) while the box itself fits.
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || !(node.textContent ?? '').trim() || clippedFrom(parent) || reported.has(parent)) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const rect = range.getBoundingClientRect();
        if (rect.width > 0 && (rect.right > clientWidth + 0.5 || rect.left < -0.5)) {
          offenders.push(`text in ${describe(parent)} [${Math.round(rect.left)}–${Math.round(rect.right)}]`);
        }
      }

      const smallText: string[] = [];
      for (const el of Array.from(document.body.querySelectorAll('body *:not(svg):not(svg *)'))) {
        const hasText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
        if (!hasText || !visible(el) || el.closest('.visually-hidden')) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < 14) smallText.push(`${describe(el)} ${size}px`);
      }
      // What a user types is text too: a field left at the browser's own small font is hard to read (and zooms on iOS).
      const fields = 'input:not([type="checkbox"]):not([type="radio"]):not([type="file"]):not([type="hidden"]), select, textarea';
      for (const el of Array.from(document.body.querySelectorAll(fields))) {
        if (!visible(el) || el.closest('.visually-hidden')) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < 14) smallText.push(`field ${describe(el)}#${el.id} ${size}px`);
      }

      const radarProblems: string[] = [];
      for (const svg of Array.from(document.querySelectorAll<SVGSVGElement>('.radar svg'))) {
        if (!visible(svg)) continue;
        const box = svg.getBoundingClientRect();
        const ticks = Array.from(svg.querySelectorAll<SVGTextElement>('.recharts-polar-angle-axis-tick text'));
        if (ticks.length !== names.length) radarProblems.push(`${ticks.length} axis labels instead of ${names.length}`);
        const rects = ticks.map((tick) => tick.getBoundingClientRect());
        ticks.forEach((tick, index) => {
          const rect = rects[index]!;
          const lines = Array.from(tick.querySelectorAll('tspan')).map((t) => t.textContent ?? '');
          const text = (lines.length ? lines : [tick.textContent ?? ''])
            .map((line) => line.trim())
            .join(' ')
            .replace(/- (?=\p{Ll})/gu, '');
          const allowed = names[index]?.names ?? [];
          if (!allowed.includes(text)) radarProblems.push(`label ${index + 1} reads «${text}», not one of ${allowed.map((n) => `«${n}»`).join(', ')}`);
          if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5 || rect.top < box.top - 0.5 || rect.bottom > box.bottom + 0.5) {
            radarProblems.push(`«${text}» [${Math.round(rect.left)}–${Math.round(rect.right)}] leaves the drawing [${Math.round(box.left)}–${Math.round(box.right)}]`);
          }
          const lineHeight = rect.height / Math.max(1, lines.length);
          if (lineHeight < 11) radarProblems.push(`«${text}» is set ${lineHeight.toFixed(1)} px high`);
          rects.forEach((other, j) => {
            if (j <= index) return;
            const overlap = rect.left < other.right && other.left < rect.right && rect.top < other.bottom && other.top < rect.bottom;
            if (overlap) radarProblems.push(`labels ${index + 1} and ${j + 1} overlap`);
          });
        });
      }

      const scrollProblems: string[] = [];
      for (const el of Array.from(document.body.querySelectorAll('*'))) {
        const overflow = getComputedStyle(el).overflowX;
        if (!['auto', 'scroll'].includes(overflow) || el.scrollWidth <= el.clientWidth + 1 || !visible(el)) continue;
        const named = el.getAttribute('role') === 'region' && (el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby'));
        if (!named) scrollProblems.push(`${describe(el)} scrolls but is no named region`);
        if (el.getAttribute('tabindex') !== '0') scrollProblems.push(`${describe(el)} scrolls but cannot be reached with Tab`);
        const loose = Array.from(el.querySelectorAll('tr > :first-child')).filter((cell) => getComputedStyle(cell).position !== 'sticky');
        if (loose.length > 0) scrollProblems.push(`${describe(el)} scrolls its first column away (${describe(loose[0]!)})`);
      }

      return {
        scrollProblems,
        scrollWidth: root.scrollWidth,
        clientWidth,
        offenders: offenders.slice(0, 6),
        rootOverflow: [getComputedStyle(root).overflowX, getComputedStyle(document.body).overflowX],
        bodyFontSize: parseFloat(getComputedStyle(document.body).fontSize),
        smallText: smallText.slice(0, 6),
        radarProblems,
      };
    },
    { names },
  );
  if (options.dialog) {
    // A modal dialog sits in the top layer: it never widens the page, so it must fit the screen itself.
    const dialog = page.locator('dialog[open]');
    const box = await dialog.boundingBox();
    if (!box) throw new Error(`${state}: no open dialog`);
    if (box.x < 0 || box.x + box.width > result.clientWidth + 0.5) {
      result.offenders.push(`dialog [${Math.round(box.x)}–${Math.round(box.x + box.width)}]`);
    }
  }
  const file = testInfo.outputPath(`${state}.png`);
  await page.screenshot({ path: file, fullPage: !options.dialog });
  await testInfo.attach(`${state}.png`, { path: file, contentType: 'image/png' });
  return { state, ...result } satisfies Measurement;
}

/** Targets smaller than 24 × 24 px whose 24 px circle meets another target (WCAG 2.2, 2.5.8 Target Size, Minimum). */
async function undersizedTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex="0"]';
    type Target = { el: Element; rect: DOMRect; label: string };
    const targets: Target[] = [];
    for (const el of Array.from(document.querySelectorAll(selector))) {
      let rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || el.closest('.visually-hidden, [inert], dialog:not([open])')) continue;
      // A visually hidden radio is operated through its label, which is then the target.
      if (el instanceof HTMLInputElement && (rect.width <= 1 || style.opacity === '0')) {
        const label = el.labels?.[0];
        if (!label) continue;
        rect = label.getBoundingClientRect();
      }
      if (rect.width === 0 || rect.height === 0) continue;
      // Skip links and the target of the skip link live off screen until they take focus.
      if (rect.bottom < 0 && el.matches('.skip-link')) continue;
      // Inline: a link inside a sentence is sized by the line height of the text around it.
      if (style.display === 'inline' && el.parentElement) {
        const own = (el.textContent ?? '').trim().length;
        const around = (el.parentElement.textContent ?? '').trim().length;
        if (around > own) continue;
      }
      const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      targets.push({ el, rect, label: `${el.tagName.toLowerCase()} «${text}» ${Math.round(rect.width)}×${Math.round(rect.height)}` });
    }
    const center = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
    const small = (r: DOMRect) => r.width < 24 - 0.01 || r.height < 24 - 0.01;
    const distanceToRect = (p: { x: number; y: number }, r: DOMRect) => {
      const dx = Math.max(r.left - p.x, 0, p.x - r.right);
      const dy = Math.max(r.top - p.y, 0, p.y - r.bottom);
      return Math.hypot(dx, dy);
    };
    const problems: string[] = [];
    for (const a of targets) {
      if (!small(a.rect)) continue;
      const c = center(a.rect);
      const crowded = targets.find((b) => {
        if (b === a || b.el.contains(a.el) || a.el.contains(b.el)) return false;
        if (small(b.rect)) {
          const d = center(b.rect);
          return Math.hypot(c.x - d.x, c.y - d.y) < 24;
        }
        return distanceToRect(c, b.rect) < 12;
      });
      if (crowded) problems.push(`${a.label} is too close to ${crowded.label}`);
    }
    return problems;
  });
}

/** Walks through every page and state at one width in one locale, measuring each. */
async function walkThrough(
  page: Page,
  seed: Seed,
  testInfo: TestInfo,
  locale: Locale,
  width: number,
  measurements: Measurement[],
  targetProblems: string[],
) {
  const t = messages[locale];
  const at = (state: string) => `${locale}-${width}-${state}`;
  const check = async (state: string, options: { dialog?: boolean; targets?: boolean; axe?: boolean } = {}) => {
    measurements.push(await measure(page, testInfo, locale, at(state), options));
    if (options.targets) targetProblems.push(...(await undersizedTargets(page)).map((p) => `${state}: ${p}`));
    // The reflowed tables and the scrolling regions are phone layouts: axe sees them at the narrowest width.
    if (options.axe && width === phoneWidths[0]) await expectNoAxeViolations(page);
  };
  const h1 = (name: string) => page.getByRole('heading', { level: 1, name, exact: true });
  const cancelDialog = async (name: string) => {
    const dialog = page.getByRole('dialog', { name });
    await expect(dialog).toBeVisible();
    await check(`${name.slice(0, 24)}-dialog`.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase(), { dialog: true });
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  };

  await seed.workspace(workspace);

  await page.goto(`/${locale}`);
  await expect(h1(t.landing.title)).toBeVisible();
  await check('landing', { targets: true });

  // The owner's own check, with the optional company profile open, and the restart dialog.
  await page.goto(`/${locale}/check?step=1`);
  await expect(stepHeading(page, locale, 1)).toBeVisible();
  await page.getByText(t.check.profileTitle, { exact: true }).click();
  await expect(page.getByLabel(t.profile.companyName, { exact: true })).toBeVisible();
  await check('check-own-step-1', { targets: true });
  await page.getByRole('button', { name: t.check.restart, exact: true }).click();
  await cancelDialog(t.check.restartTitle);

  // Every step of a check just started in coach mode: as it opens, and with the error summary after «Weiter».
  for (let step = 1; step <= CHECK_STEP_COUNT; step++) {
    await page.goto(`/${locale}/check?client=c-new&assessment=new-1&step=${step}`);
    await expect(stepHeading(page, locale, step)).toBeVisible();
    await check(`check-step-${step}`);
    await page.getByRole('button', { name: step === CHECK_STEP_COUNT ? t.check.finish : t.check.next, exact: true }).click();
    await expect(page.getByRole('alert', { name: t.check.errorSummaryTitle })).toBeVisible();
    await check(`check-step-${step}-errors`, { axe: step === 1 });
  }

  // The owner's own results, then with the share link shown and the profile form open.
  await page.goto(`/${locale}/results`);
  await expect(page.getByTestId('overall-score')).toBeVisible();
  // With the longest channel plan: three channels, the presence, a rhythm table and advice on five existing channels.
  await expect(page.getByRole('heading', { level: 3, name: t.channels.existingTitle })).toBeVisible();
  await check('results-own', { targets: true, axe: true });
  await page.getByRole('button', { name: t.share.copy, exact: true }).click();
  await expect(page.getByRole('textbox', { name: t.share.linkLabel })).toBeVisible();
  await page.getByText(t.profile.edit, { exact: true }).click();
  await expect(page.getByRole('button', { name: t.profile.save, exact: true })).toBeVisible();
  await check('results-own-tools');

  // A check run from the coach area: coach notes, coach name.
  await page.goto(`/${locale}/results?client=c-holzwurm&assessment=h-2`);
  await expect(page.getByRole('heading', { level: 2, name: t.results.notesTitle })).toBeVisible();
  await check('results-coach');

  // Shared via a link, with the dialog before it replaces the own answers; then a broken link.
  await page.goto(`/${locale}/results#r=${shareCode}`);
  const banner = page.getByRole('region', { name: t.share.sharedBanner });
  await expect(banner).toBeVisible();
  await expect(page.getByTestId('overall-score')).toBeVisible();
  await check('results-shared');
  await banner.getByRole('button', { name: t.share.keep, exact: true }).click();
  await cancelDialog(t.share.keepReplaceTitle);
  await page.goto(`/${locale}/results#r=not-a-share-code`);
  await expect(page.getByRole('heading', { level: 2, name: t.share.errorTitle })).toBeVisible();
  await check('results-broken-link');

  // A level capped by a gate, and a check with topics too thin to score.
  await page.goto(`/${locale}/results?client=c-velo&assessment=velo-capped`);
  const cappedBand = content.bands.find((b) => b.id === expectedResult(capped).band)!.name[locale];
  await expect(page.getByText(fill(t.results.gateCapped, { band: cappedBand }), { exact: true })).toBeVisible();
  await expect(page.getByText(t.channels.wait, { exact: true })).toBeVisible();
  await check('results-capped');
  await page.goto(`/${locale}/results?client=c-velo&assessment=velo-partial`);
  await expect(page.getByText(t.results.unscored, { exact: false })).toBeVisible();
  await check('results-unscored');

  // Methode, with every list of statements unfolded.
  await page.goto(`/${locale}/methode`);
  await expect(h1(t.method.title)).toBeVisible();
  await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  await check('methode', { targets: true });

  // The coach overview, its delete dialog and the rename form inside the table.
  await page.goto(`/${locale}/coach`);
  await expect(page.getByRole('heading', { level: 2, name: t.coach.clientsTitle })).toBeVisible();
  await check('coach', { targets: true, axe: true });
  await page.getByRole('button', { name: fill(t.coach.deleteNamed, { name: holzwurm.name }), exact: true }).click();
  await cancelDialog(t.coach.deleteClientTitle);
  await page.getByRole('button', { name: fill(t.coach.renameNamed, { name: holzwurm.name }), exact: true }).click();
  await expect(page.getByLabel(t.coach.renameLabel, { exact: true })).toBeVisible();
  await check('coach-rename');

  // The letterhead form, filled in with a logo, and with the error a wrong file gets.
  await page.goto(`/${locale}/coach`);
  const letterheadForm = page.getByRole('region', { name: t.letterhead.title, exact: true });
  await expect(letterheadForm.getByRole('img', { name: t.letterhead.logoPreview })).toBeVisible();
  await letterheadForm.scrollIntoViewIfNeeded();
  await check('coach-letterhead', { targets: true });
  await letterheadForm.getByLabel(t.letterhead.logo, { exact: true }).setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg/>') });
  await expect(letterheadForm.getByRole('alert')).toHaveText(t.letterhead.errors['wrong-type']);
  await check('coach-letterhead-error');

  // The import preview of a coach's export and of a single check, each with its confirmation.
  const file = page.getByLabel(t.import.fileLabel, { exact: true });
  const preview = page.getByRole('region', { name: t.import.previewTitle });
  await file.setInputFiles({ name: 'social-media-check-coach.json', mimeType: 'application/json', buffer: Buffer.from(workspaceFile) });
  await expect(preview).toBeVisible();
  await preview.scrollIntoViewIfNeeded();
  await check('import-workspace', { targets: true });
  await preview.getByRole('button', { name: t.import.replace, exact: true }).click();
  await cancelDialog(t.import.replaceConfirmTitle);
  await file.setInputFiles({ name: 'social-media-check-auswertung.json', mimeType: 'application/json', buffer: Buffer.from(assessmentFile) });
  await expect(preview.getByText(t.import.previewAssessment, { exact: true })).toBeVisible();
  await check('import-assessment', { targets: true });
  await preview.getByRole('button', { name: t.import.asOwn, exact: true }).click();
  await cancelDialog(t.import.asOwnConfirmTitle);

  // A client with three checks, targets and the comparison; its profile form and the delete dialog.
  await page.goto(`/${locale}/coach/${holzwurm.id}`);
  await expect(h1(holzwurm.name)).toBeVisible();
  await expect(page.getByRole('region', { name: t.coach.compareTitle, exact: true })).toBeVisible();
  await expect(page.getByRole('table', { name: t.coach.channelsCompareCaption })).toBeVisible();
  await check('client-comparison', { targets: true, axe: true });
  await page.getByText(t.coach.profileTitle, { exact: true }).click();
  await expect(page.getByRole('button', { name: t.profile.save, exact: true })).toBeVisible();
  await check('client-profile');
  await page.getByRole('button', { name: fill(t.coach.deleteAssessmentNamed, { date: formatDate(holzwurm.assessments[0]!.createdAt, locale) }), exact: true }).click();
  await cancelDialog(t.coach.deleteAssessmentTitle);
  // A comparison with a capped check and one with unscored topics; a client with one check just started.
  await page.goto(`/${locale}/coach/${velo.id}`);
  await expect(h1(velo.name)).toBeVisible();
  await check('client-unscored');
  await page.goto(`/${locale}/coach/${fresh.id}`);
  await expect(h1(fresh.name)).toBeVisible();
  await check('client-one-check');

  // The team view of a round five people answered, and its delete dialog.
  await page.goto(`/${locale}/team?round=${round.id}`);
  await expect(page.getByText(pluralOther(t.team.summary.count, round.responses.length), { exact: true })).toBeVisible();
  await check('team-view', { targets: true, axe: true });
  await page.getByRole('button', { name: t.team.actions.delete, exact: true }).click();
  await cancelDialog(t.team.actions.deleteTitle);
  // The list of every round, and the page an invited person opens first (with the longest company name).
  await page.goto(`/${locale}/team`);
  await expect(h1(t.team.list.title)).toBeVisible();
  await check('team-list', { targets: true, axe: true });
  const invitation = encodeInvitation({ roundId: round.id, companyName: holzwurm.name, locale, createdAt: round.createdAt });
  await page.goto(`/${locale}/team/join#i=${invitation}`);
  await expect(h1(t.team.join.title)).toBeVisible();
  await check('team-join', { targets: true, axe: true });

  // The notices of the app itself, last, as a waiting update stays announced on every page: a new version, then no network.
  await visitOnce(page, `/${locale}/results`);
  await page.evaluate(() => navigator.serviceWorker.register('/serwist/sw.js?next', { scope: '/', updateViaCache: 'none' }));
  await expect(page.getByRole('status').filter({ hasText: t.app.updateAvailable })).toBeVisible();
  await check('notice-update', { targets: true });
  await page.context().setOffline(true);
  await expect(page.getByRole('status').filter({ hasText: t.app.offline })).toBeVisible();
  await check('notice-update-offline', { targets: true });
  await page.context().setOffline(false);

  // Another screen joins the walk the same way: open the state, wait for what shows it, then `check(name)`
  // (`targets` and `axe` for a screen of its own); a dialog is measured and closed with `cancelDialog(title)`.
}

/** Measures every state at this width, keeps the numbers as an artefact (also when a step fails) and checks them. */
async function expectLayoutHoldsEverywhere(page: Page, seed: Seed, testInfo: TestInfo, locale: Locale, width: number) {
  const measurements: Measurement[] = [];
  const targetProblems: string[] = [];
  try {
    await walkThrough(page, seed, testInfo, locale, width, measurements, targetProblems);
  } finally {
    const file = testInfo.outputPath(`measurements-${locale}-${width}.json`);
    writeFileSync(file, JSON.stringify(measurements, null, 2));
    await testInfo.attach(`measurements-${locale}-${width}.json`, { path: file, contentType: 'application/json' });
  }
  expectLayoutHolds(measurements, targetProblems);
}

function expectLayoutHolds(measurements: Measurement[], targetProblems: string[]) {
  const problems = measurements.flatMap((m) => {
    const list: string[] = [];
    if (m.scrollWidth > m.clientWidth) list.push(`scrolls sideways: ${m.scrollWidth} px wide in ${m.clientWidth} px`);
    list.push(...m.offenders.map((o) => `sticks out: ${o}`));
    if (m.rootOverflow.some((o) => o !== 'visible')) list.push(`overflow-x on html/body: ${m.rootOverflow.join('/')}`);
    if (m.bodyFontSize < 16) list.push(`body text ${m.bodyFontSize} px`);
    list.push(...m.smallText.map((s) => `small text: ${s}`));
    list.push(...m.radarProblems.map((r) => `radar: ${r}`));
    list.push(...m.scrollProblems.map((r) => `scrolling: ${r}`));
    return list.map((p) => `${m.state}: ${p}`);
  });
  expect([...problems, ...targetProblems], 'every page and state fits the screen').toEqual([]);
}

for (const locale of locales) {
  test.describe(`the layout on a phone in ${locale}`, () => {
    for (const width of phoneWidths) {
      test.describe(() => {
        test.use({ viewport: { width, height: 740 }, isMobile: true, hasTouch: true });
        test(`no page or state scrolls sideways at ${width} px, and every target is large enough (${locale})`, async ({ page, seed }, testInfo) => {
          test.slow();
          await expectLayoutHoldsEverywhere(page, seed, testInfo, locale, width);
        });
      });
    }
  });

  test.describe(`the layout on a desktop window zoomed to 200 % in ${locale}`, () => {
    test.use({ viewport: { width: zoomedDesktop, height: 400 } });
    test(`no page or state scrolls sideways at ${zoomedDesktop} CSS px (${locale})`, async ({ page, seed }, testInfo) => {
      test.slow();
      await expectLayoutHoldsEverywhere(page, seed, testInfo, locale, zoomedDesktop);
    });
  });

  for (const width of desktops) {
    test.describe(`the layout on a desktop window in ${locale}`, () => {
      test.use({ viewport: { width, height: 800 } });
      test(`no page or state scrolls sideways at ${width} px either (${locale})`, async ({ page, seed }, testInfo) => {
        test.slow();
        await expectLayoutHoldsEverywhere(page, seed, testInfo, locale, width);
      });
    });
  }
}

for (const locale of locales) {
  const t = messages[locale];
  for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 800 }]) {
    test.describe(`the results at ${viewport.width} px in ${locale}`, () => {
      test.use({ viewport });
      test(`nothing moves under a reader who jumps to the end of the results (${locale}, ${viewport.width} px)`, async ({ page, seed }) => {
        // A jump (the End key, a fling, dragging the scroll bar) lands on parts the browser has not drawn yet: if those
        // came in at another height than the space kept for them, the buttons would move away from under a finger.
        await seed.workspace({ current: makeAssessment({ answers: answerAll(() => 4), channels: busyChannels }), clients: [] });
        await page.goto(`/${locale}/results`);
        const tools = page.getByRole('region', { name: t.share.title });
        await expect(tools.getByRole('button', { name: t.share.copy, exact: true })).toBeVisible();
        const moves = await page.evaluate(async () => {
          const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
          const shifts: string[] = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node: Node | null }[] })[])
              shifts.push(`${entry.value.toFixed(4)} ${entry.sources.map((s) => (s.node as Element | null)?.className ?? 'unknown').join(', ')}`);
          }).observe({ type: 'layout-shift' });
          window.scrollTo(0, document.documentElement.scrollHeight);
          for (let i = 0; i < 10; i++) await frame();
          return shifts;
        });
        expect(moves, 'layout shifts after the jump').toEqual([]);
      });
    });
  }
}
