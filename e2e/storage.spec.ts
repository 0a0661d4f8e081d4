import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import { content } from '../content';
import { parseImportText } from '../lib/import-file';
import { RETIRED_ITEM_IDS } from '../lib/item-history';
import type { Workspace } from '../lib/schemas';
import { expect, test } from './fixtures';
import {
  DEFAULT_SETUP,
  completeCheck,
  expectedResult,
  groupCount,
  questionGroup,
  setupGroups,
  messages,
  option,
  optionLabel,
  questionGroups,
  stepHeading,
  CHANNEL_STEP,
  DEFAULT_CHANNELS,
  answerChannelStep,
  steps,
  type AnswerPattern,
} from './helpers';
import { answerAll, makeAssessment } from './support/factory';
import { BACKUP_KEY_PREFIX, STORAGE_KEY, readStorage, readWorkspace } from './support/workspace';

const t = messages.de;

async function downloadedText(download: Download): Promise<string> {
  const path = await download.path();
  return readFile(path, 'utf8');
}

/** Varied answers, so a lost or mixed-up answer changes the score. */
const varied: AnswerPattern = (step, question) => optionLabel('de', (((step + question * 2) % 5) + 1) as 1 | 2 | 3 | 4 | 5);

async function openCheck(page: Page) {
  await page.goto('/de/check');
  await expect(stepHeading(page, 'de', 1)).toBeVisible();
  await expect(questionGroups(page)).toHaveCount(groupCount(1));
}

test.describe('storage that never loses answers', () => {
  test('a workspace stored by the version before the need step opens: its answers kept, retired ones dropped with a notice, the new statements open', async ({
    page,
    seed,
  }) => {
    const raw = readFileSync(join(__dirname, '..', 'lib', 'fixtures', 'workspace-v2.json'), 'utf8').trim();
    const stored = JSON.parse(raw) as { version: number; data: Workspace };
    expect(stored.version).toBe(2);
    await seed.entries({ [STORAGE_KEY]: raw });
    await page.goto('/de/results');
    await expect(page.getByText(t.storage.migrated, { exact: true })).toBeVisible();
    await expect(page.getByText(t.storage.droppedAnswers, { exact: true })).toBeVisible();

    const migrated = (await readWorkspace(page))!;
    const own = stored.data.current!;
    const kept = Object.fromEntries(Object.entries(own.answers).filter(([id]) => !RETIRED_ITEM_IDS.includes(id)));
    expect(Object.keys(kept).length).toBeLessThan(Object.keys(own.answers).length);
    expect(migrated.current?.answers).toEqual(kept);
    expect(migrated.current?.actionPlan).toEqual(own.actionPlan);
    expect(migrated.clients.map((c) => c.name)).toEqual(stored.data.clients.map((c) => c.name));
    // The results are readable from what is left; the need was never asked, so the verdict says to find it out first.
    const expected = expectedResult(kept, own.profile);
    await expect(page.getByTestId('overall-score')).toHaveText(String(expected.overall));
    expect(expected.verdict).toBe('need-unclear');
    await expect(page.getByText(content.verdicts.find((v) => v.id === 'need-unclear')!.title.de, { exact: true })).toBeVisible();
    // The check resumes at the new first step: the market the profile had is kept, the rest is open.
    await page.goto('/de/check');
    await expect(stepHeading(page, 'de', 1)).toBeVisible();
    expect(own.profile.market).toBe('b2c');
    const choices = setupGroups(page, 'de');
    await expect(choices.market.getByRole('radio', { name: content.need.market.options.b2c.de, exact: true })).toBeChecked();
    await expect(choices.runner.getByRole('radio', { checked: true })).toHaveCount(0);
    for (const item of content.needItems) {
      await expect(questionGroup(page, 'de', item.id, own.profile).getByRole('radio', { checked: true })).toHaveCount(0);
    }
  });

  test('when the browser refuses to store, the check keeps working in memory, says so and offers an export', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function setItem() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const answers = await completeCheck(page, 'de', varied);
    await expect(page.getByTestId('overall-score')).toHaveText(String(expectedResult(answers).overall));

    const notice = page.getByRole('alert').filter({ hasText: t.storage.memory });
    await expect(notice).toBeVisible();
    await expect(notice.getByText(t.storage.memory, { exact: true })).toBeVisible();
    expect(await readStorage(page)).toEqual({});

    // The export holds every answer given, as a file the import accepts.
    const downloading = page.waitForEvent('download');
    await notice.getByRole('button', { name: t.storage.memoryExport, exact: true }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(t.storage.exportFileName);
    const parsed = parseImportText(await downloadedText(download));
    expect(parsed.ok && parsed.kind === 'workspace' && parsed.workspace.current?.answers).toEqual(answers);

    // Still working: back in the check, the answers are there; a change reaches the results.
    await page.getByRole('link', { name: t.results.editAnswers }).click();
    // Everything answered: the check opens on the channel step, the last; one step back, the answers from memory.
    await expect(stepHeading(page, 'de', CHANNEL_STEP)).toBeVisible();
    await page.getByRole('button', { name: t.check.back, exact: true }).click();
    await expect(stepHeading(page, 'de', steps.length)).toBeVisible();
    for (const item of steps.at(-1)!.items) await expect(option(page, 'de', item.id, answers[item.id]!)).toBeChecked();
    await expect(page.getByRole('alert').filter({ hasText: t.storage.memory })).toBeVisible();
    const changed = steps.at(-1)!.items[0]!;
    // An answer that moves the overall score, so the results prove they got the change.
    const next = ([1, 5] as const).find(
      (value) => expectedResult({ ...answers, [changed.id]: value }).overall !== expectedResult(answers).overall,
    )!;
    await option(page, 'de', changed.id, next).check();
    await page.getByRole('button', { name: t.check.next, exact: true }).click();
    await answerChannelStep(page, 'de', DEFAULT_CHANNELS);
    await page.getByRole('button', { name: t.check.finish, exact: true }).click();
    await expect(page.getByTestId('overall-score')).toHaveText(
      String(expectedResult({ ...answers, [changed.id]: next }).overall),
    );
    expect(await readStorage(page)).toEqual({});
  });

  const corrupt = [
    { name: 'text that is not JSON', raw: '{not json' },
    {
      name: 'an envelope of an unknown version (99)',
      raw: JSON.stringify({ version: 99, savedAt: '2030-01-01T00:00:00.000Z', data: { current: null, clients: [] } }),
    },
  ];
  for (const { name, raw } of corrupt) {
    test(`stored data that cannot be read (${name}) is kept as a backup, offered for download, and the app starts clean`, async ({
      page,
      seed,
    }) => {
      await seed.entries({ [STORAGE_KEY]: raw });
      await page.goto('/de/results');

      const alert = page.getByRole('alert').filter({ hasText: t.storage.corrupt });
      await expect(alert).toBeVisible();
      await expect(page.getByText(t.results.empty, { exact: true })).toBeVisible();

      const stored = await readStorage(page);
      const backups = Object.entries(stored).filter(([key]) => key.startsWith(BACKUP_KEY_PREFIX));
      expect(backups.map(([, value]) => value)).toEqual([raw]);

      const downloading = page.waitForEvent('download');
      await alert.getByRole('button', { name: t.storage.corruptDownload, exact: true }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe(t.storage.backupFileName);
      expect(await downloadedText(download)).toBe(raw);

      // A reload still cannot read the data: the notice stays, and no second copy is made.
      await page.reload();
      await expect(page.getByRole('alert').filter({ hasText: t.storage.corrupt })).toBeVisible();
      expect(Object.entries(await readStorage(page)).filter(([key]) => key.startsWith(BACKUP_KEY_PREFIX))).toEqual(backups);

      // Starting clean: the check is empty and saves again; the backup stays.
      await openCheck(page);
      await expect(questionGroups(page).getByRole('radio', { checked: true })).toHaveCount(0);
      const item = steps[0]!.items[0]!;
      await option(page, 'de', item.id, 4).check();
      await expect.poll(async () => (await readWorkspace(page))?.current?.answers).toEqual({ [item.id]: 4 });
      const after = await readStorage(page);
      expect(Object.entries(after).filter(([key]) => key.startsWith(BACKUP_KEY_PREFIX))).toEqual(backups);
    });
  }

  test('two open tabs stay consistent: an answer changed in the check in one tab updates the results in the other without a reload', async ({
    page,
    seed,
  }) => {
    const answers = answerAll((_item, index) => ((index % 5) + 1) as 1 | 2 | 3 | 4 | 5);
    await seed.workspace({ current: makeAssessment({ answers, profile: DEFAULT_SETUP }), clients: [] }, page.context());
    const tabA = page;
    const tabB = await page.context().newPage();
    await tabB.goto('/de/results');
    await expect(tabB.getByTestId('overall-score')).toHaveText(String(expectedResult(answers).overall));

    // Everything answered: the check opens on the channel step, the last; the last topic is one step back.
    await tabA.goto('/de/check');
    await expect(stepHeading(tabA, 'de', CHANNEL_STEP)).toBeVisible();
    await tabA.getByRole('button', { name: t.check.back, exact: true }).click();
    await expect(stepHeading(tabA, 'de', steps.length)).toBeVisible();
    const item = steps.at(-1)!.items[0]!;
    const next = ([1, 5] as const).find(
      (value) => expectedResult({ ...answers, [item.id]: value }).overall !== expectedResult(answers).overall,
    )!;
    await option(tabA, 'de', item.id, next).check();

    await expect(tabB.getByTestId('overall-score')).toHaveText(String(expectedResult({ ...answers, [item.id]: next }).overall));
    await expect(tabB.getByText(t.storage.synced, { exact: true })).toBeVisible();
    expect((await readWorkspace(tabB))?.current?.answers).toEqual({ ...answers, [item.id]: next });
    await tabB.close();
  });

  test('two open tabs stay consistent: an answer in the check in one tab shows up in the check open in the other', async ({
    page,
  }) => {
    const tabA = page;
    const tabB = await page.context().newPage();
    await openCheck(tabA);
    await openCheck(tabB);
    const [first, second] = steps[0]!.items;
    await option(tabA, 'de', first!.id, 2).check();
    await expect.poll(async () => (await readWorkspace(tabB))?.current?.answers).toEqual({ [first!.id]: 2 });
    await expect(tabB.getByText(t.storage.synced, { exact: true })).toBeVisible();
    await expect(option(tabB, 'de', first!.id, 2), 'tab B shows the answer given in tab A').toBeChecked({ timeout: 5_000 });

    await option(tabB, 'de', second!.id, 5).check();
    await expect(option(tabA, 'de', second!.id, 5), 'tab A shows the answer given in tab B').toBeChecked({ timeout: 5_000 });
    await tabB.close();
  });
});
