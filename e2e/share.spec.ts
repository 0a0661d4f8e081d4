import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { content, shareItems } from '../content';
import type { Locale } from '../lib/content-schema';
import { SHARE_ITEMS_BY_VERSION } from '../lib/item-history';
import type { AnswerValue, Assessment, Workspace } from '../lib/schemas';
import { decodeShareCode, type SharePayload } from '../lib/share-code';
import { expect, expectNoBrowserProblems, test, watchContext } from './fixtures';
import { expectedResult, messages } from './helpers';
import { answerAll, makeAssessment, storedText } from './support/factory';
import { STORAGE_KEY, readStorage, readWorkspace } from './support/workspace';

const scale: AnswerValue[] = [1, 2, 3, 4, 5];

/** A complete assessment with varied answers, a few «weiss nicht» and «trifft nicht zu», and no free text. */
const shared = makeAssessment({
  id: 'shared-original',
  createdAt: '2026-02-14T08:45:00.000Z',
  answers: answerAll((item, index) => (index % 11 === 5 ? 'unknown' : index % 13 === 7 ? 'na' : scale[(index * 3) % 5]!)),
  profile: { size: '1-9', market: 'b2b' },
});

/** The owner's own, different answers in the receiving browser. */
const own = makeAssessment({
  id: 'own-check',
  createdAt: '2026-01-20T16:00:00.000Z',
  answers: answerAll((_item, index) => scale[index % 5]!),
});

/** Opens the owner's results, presses «Link kopieren» and returns the link from the read-only field. */
async function copyLink(page: Page, locale: Locale): Promise<string> {
  const t = messages[locale];
  await page.goto(`/${locale}/results`);
  await expect(page.getByTestId('overall-score')).toBeVisible();
  await page.getByRole('button', { name: t.share.copy, exact: true }).click();
  const field = page.getByRole('textbox', { name: t.share.linkLabel });
  await expect(field).toHaveAttribute('readonly', '');
  await expect(field).toHaveValue(new RegExp(`/${locale}/results#r=`));
  return field.inputValue();
}

/** A fresh browser context (another device), watched for console errors, CSP violations and foreign requests. */
async function freshBrowser(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, locale: 'de-CH' });
  const problems = await watchContext(context, baseURL);
  const requests: string[] = [];
  context.on('request', (request) => {
    requests.push(
      [request.url(), request.postData() ?? '', ...Object.values(request.headers())].join('\n'),
    );
  });
  return {
    context,
    requests,
    close: async () => {
      await context.close();
      expectNoBrowserProblems(problems);
    },
  };
}

function workspaceOf(current: Assessment): Workspace {
  return { current, clients: [] };
}

test.describe('share links', () => {
  for (const locale of ['de', 'en'] as const) {
    test(`a link opens the same results read-only on another device, which keeps nothing until asked (${locale})`, async ({
      page,
      browser,
      baseURL,
      seed,
    }) => {
      const t = messages[locale];
      const expected = expectedResult(shared.answers, shared.profile);
      await seed.workspace(workspaceOf(shared));
      const link = await copyLink(page, locale);
      await expect(page.getByTestId('overall-score')).toHaveText(String(expected.overall));
      const code = new URL(link).hash.replace(/^#r=/, '');

      const other = await freshBrowser(browser, baseURL!);
      const visitor = await other.context.newPage();
      await visitor.goto(link);
      const banner = visitor.getByRole('region', { name: t.share.sharedBanner });
      await expect(banner).toBeVisible();
      await expect(visitor.getByTestId('overall-score')).toHaveText(String(expected.overall));
      await expect(visitor.getByRole('heading', { level: 1, name: t.results.title })).toBeVisible();
      // Read-only: no tools to edit, share or print as one's own.
      await expect(visitor.getByRole('link', { name: t.results.editAnswers })).toHaveCount(0);
      await expect(visitor.getByRole('button', { name: t.share.copy })).toHaveCount(0);
      expect(await readStorage(visitor), 'the visitor’s storage before «keep»').toEqual({});

      // The code travels only in the fragment: no request, header or body carries it.
      expect(other.requests.length).toBeGreaterThan(0);
      expect(other.requests.filter((r) => r.includes(code))).toEqual([]);

      await banner.getByRole('button', { name: t.share.keep, exact: true }).click();
      await expect(banner.getByText(t.share.kept, { exact: true })).toBeVisible();
      const kept = await readWorkspace(visitor);
      expect(kept?.current?.answers).toEqual(shared.answers);
      expect(kept?.current?.profile).toEqual(shared.profile);

      // Now the visitor's own results, without the link.
      await visitor.goto(`/${locale}/results`);
      await expect(visitor.getByTestId('overall-score')).toHaveText(String(expected.overall));
      await expect(visitor.getByRole('region', { name: t.share.sharedBanner })).toHaveCount(0);
      expect(other.requests.filter((r) => r.includes(code))).toEqual([]);
      await other.close();
    });
  }

  test('keeping a shared link asks before it replaces one’s own answers, and cancel keeps them', async ({
    page,
    browser,
    baseURL,
    seed,
  }) => {
    const t = messages.de.share;
    await seed.workspace(workspaceOf(shared));
    const link = await copyLink(page, 'de');

    const other = await freshBrowser(browser, baseURL!);
    await seed.workspace(workspaceOf(own), other.context);
    const visitor = await other.context.newPage();
    await visitor.goto(link);
    const before = await readStorage(visitor);
    expect(before[STORAGE_KEY]).toBe(storedText(workspaceOf(own)));
    await expect(visitor.getByTestId('overall-score')).toHaveText(String(expectedResult(shared.answers, shared.profile).overall));

    const banner = visitor.getByRole('region', { name: t.sharedBanner });
    const dialog = visitor.getByRole('dialog', { name: t.keepReplaceTitle });
    await banner.getByRole('button', { name: t.keep, exact: true }).click();
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(t.keepReplaceBody);
    await dialog.getByRole('button', { name: t.keepCancel, exact: true }).click();
    await expect(dialog).toBeHidden();
    expect(await readStorage(visitor)).toEqual(before);
    await visitor.goto('/de/results');
    await expect(visitor.getByTestId('overall-score')).toHaveText(String(expectedResult(own.answers, own.profile).overall));

    // Confirming replaces them.
    await visitor.goto(link);
    await banner.getByRole('button', { name: t.keep, exact: true }).click();
    await dialog.getByRole('button', { name: t.keepReplace, exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(banner.getByText(t.kept, { exact: true })).toBeVisible();
    expect((await readWorkspace(visitor))?.current?.answers).toEqual(shared.answers);
    await other.close();
  });

  test('the link of a complete assessment without free text is at most 200 characters after the #', async ({ page, seed }, testInfo) => {
    expect(Object.keys(shared.answers)).toHaveLength(shareItems.length);
    expect(shared.profile.companyName ?? shared.profile.industry).toBeUndefined();
    await seed.workspace(workspaceOf(shared));
    const link = await copyLink(page, 'de');
    const fragment = new URL(link).hash.slice(1);
    testInfo.annotations.push({ type: 'fragment length', description: String(fragment.length) });
    expect(fragment.length).toBeLessThanOrEqual(200);
    const decoded = decodeShareCode(fragment.replace(/^r=/, ''), shareItems, SHARE_ITEMS_BY_VERSION);
    expect(decoded.ok && decoded.value).toEqual({ createdAt: shared.createdAt, answers: shared.answers, profile: shared.profile, channels: shared.channels });
  });

  const broken = [
    { name: 'a link cut short (the last 10 characters lost)', cut: (code: string) => code.slice(0, -10), error: 'truncated' },
    { name: 'a garbage link (#r=hello)', cut: () => 'hello', error: 'malformed' },
  ] as const;
  for (const { name, cut, error } of broken) {
    test(`${name} shows why it cannot be opened and leaves one’s own answers alone`, async ({ page, baseURL, seed }) => {
      const t = messages.de;
      await seed.workspace(workspaceOf(own));
      const code = new URL(await copyLink(page, 'de')).hash.replace(/^#r=/, '');
      const before = await readStorage(page);
      expect(before[STORAGE_KEY]).toBe(storedText(workspaceOf(own)));

      const bad = cut(code);
      // The app's own decoder names this error; the page must say the same.
      const decoded = decodeShareCode(bad, shareItems, SHARE_ITEMS_BY_VERSION);
      expect(decoded).toEqual({ ok: false, error });

      await page.goto(`${baseURL}/de/results#r=${bad}`);
      await page.reload(); // a fresh load of the broken link, not a hash change
      const alert = page.getByRole('alert');
      await expect(alert.getByRole('heading', { name: t.share.errorTitle })).toBeVisible();
      await expect(alert.getByText(t.share.errors[error], { exact: true })).toBeVisible();
      await expect(alert.getByText(t.share.errorOwn, { exact: true })).toBeVisible();
      await expect(page.getByTestId('overall-score')).toHaveCount(0);
      expect(await readStorage(page)).toEqual(before);

      await page.goto('/de/results');
      await expect(page.getByTestId('overall-score')).toHaveText(String(expectedResult(own.answers, own.profile).overall));
      expect(await readStorage(page)).toEqual(before);
    });
  }

  test('a link made by the version before the need step still opens, says so, and shows what its answers still tell', async ({
    page,
  }) => {
    const t = messages.de;
    // A real link of the earlier version: every statement «Trifft voll zu», with a company profile and coach notes.
    const fixtures = JSON.parse(readFileSync(join(__dirname, '..', 'lib', 'fixtures', 'share-codes-v1.json'), 'utf8')) as {
      code: string;
      payload: SharePayload;
    }[];
    const old = fixtures.find((f) => f.payload.profile.companyName)!;
    const decoded = decodeShareCode(old.code, shareItems, SHARE_ITEMS_BY_VERSION);
    if (!decoded.ok) throw new Error(`the old link does not decode: ${decoded.error}`);
    expect(decoded.version).toBe(1);
    expect(decoded.droppedAnswers).toBeGreaterThan(0);
    const expected = expectedResult(decoded.value.answers, decoded.value.profile);

    await page.goto(`/de/results#r=${old.code}`);
    await expect(page.getByRole('region', { name: t.share.sharedBanner })).toBeVisible();
    await expect(page.getByText(t.verdict.oldLink, { exact: true })).toBeVisible();
    await expect(page.getByText(old.payload.profile.companyName!, { exact: true })).toBeVisible();
    // Still readable: the topics it answered have their scores, and the verdict says what is open.
    expect(expected.overall).not.toBeNull();
    await expect(page.getByTestId('overall-score')).toHaveText(String(expected.overall));
    const verdict = content.verdicts.find((v) => v.id === expected.verdict)!;
    expect(verdict.id).toBe('need-unclear');
    await expect(page.getByText(verdict.title.de, { exact: true })).toBeVisible();
    // The notes of that link are there too.
    const notes = page.getByRole('region', { name: t.results.notesTitle });
    for (const note of Object.values(old.payload.notes ?? {})) await expect(notes.getByText(note, { exact: true })).toBeVisible();
  });
});
