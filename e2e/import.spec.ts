import * as v from 'valibot';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { formatDate } from '../lib/dates';
import { MAX_IMPORT_BYTES, buildWorkspaceExport, checkImportSize, parseImportText, type ImportError } from '../lib/import-file';
import { workspaceSchema, type Workspace } from '../lib/schemas';
import { expect, test } from './fixtures';
import { expectedResult, fill, messages } from './helpers';
import { answerAll, makeAssessment, makeClient, makeRound } from './support/factory';
import { STORAGE_KEY, readStorage, readWorkspace } from './support/workspace';

const t = messages.de;
const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures-data', name), 'utf8');
/** A coach's export of the version before the need step: two clients, three checks (fixtures-data/coach-workspace.json). */
const workspaceFile = fixture('coach-workspace.json');
/** One owner's check, exported by the version before the need step (fixtures-data/single-assessment.json). */
const assessmentFile = fixture('single-assessment.json');

/** What is already in this browser before every import: the owner's own check and one client. */
const existing: Workspace = {
  current: makeAssessment({ id: 'own', createdAt: '2026-01-05T09:00:00.000Z', answers: answerAll((_i, n) => ((n % 4) + 2) as 2 | 3 | 4 | 5) }),
  clients: [
    makeClient({
      id: 'client-existing',
      name: 'Gärtnerei Blumenwiese',
      assessments: [makeAssessment({ id: 'existing-1', createdAt: '2025-12-01T10:00:00.000Z', answers: answerAll(() => 3) })],
    }),
  ],
};

const clientLink = (page: Page, name: string) => page.getByRole('link', { name: fill(t.coach.openNamed, { name }), exact: true });

async function openImport(page: Page) {
  await page.goto('/de/coach#data');
  await expect(page.getByRole('heading', { level: 2, name: t.coach.dataTitle })).toBeVisible();
  return page.getByLabel(t.import.fileLabel, { exact: true });
}

async function chooseFile(page: Page, name: string, text: string | Buffer) {
  const input = await openImport(page);
  await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8') });
}

test.describe('importing a file', () => {
  test('a coach’s export file shows what it holds, then merges its clients in beside the existing ones', async ({ page, seed }) => {
    const incoming = parseImportText(workspaceFile);
    if (!incoming.ok || incoming.kind !== 'workspace') throw new Error('the fixture must be a valid workspace export');
    await seed.workspace(existing);
    await chooseFile(page, 'social-media-check-coach.json', workspaceFile);

    const preview = page.getByRole('region', { name: t.import.previewTitle });
    await expect(preview).toBeVisible();
    await expect(preview.locator('dl > div', { hasText: t.import.previewClients }).locator('dd')).toHaveText(
      String(incoming.workspace.clients.length),
    );
    await expect(preview.locator('dl > div', { hasText: t.import.previewAssessments }).locator('dd')).toHaveText('3');
    const dates = ['2025-11-03T10:00:00.000Z', '2026-01-15T11:15:00.000Z', '2026-02-10T14:30:00.000Z'];
    await expect(preview).toContainText(`${t.import.previewDates} ${dates.map((d) => formatDate(d, 'de')).join(', ')}`);
    // A file of the earlier version: the answers to statements that no longer exist are left out, and it says so.
    expect(incoming.summary.droppedAnswers).toBeGreaterThan(0);
    await expect(preview.getByText(t.import.droppedAnswers, { exact: true })).toBeVisible();
    // A file from before team rounds holds none, and the preview says so.
    await expect(preview.getByText('Keine Team-Runden', { exact: true })).toBeVisible();
    // Nothing changes before the choice.
    expect((await readWorkspace(page))?.clients.map((c) => c.id)).toEqual(['client-existing']);

    await preview.getByRole('button', { name: t.import.merge, exact: true }).click();
    await expect(page.getByText(t.import.done, { exact: true })).toBeVisible();
    await expect(preview).toBeHidden();
    for (const name of ['Gärtnerei Blumenwiese', 'Schreinerei Holzwurm', 'Velo Kuhn GmbH']) {
      await expect(clientLink(page, name)).toBeVisible();
    }
    const stored = await readWorkspace(page);
    expect(stored?.clients.map((c) => c.id)).toEqual(['client-existing', 'client-holzwurm', 'client-velo-kuhn']);
    expect(stored?.clients[1]?.assessments.map((a) => a.id)).toEqual(['holzwurm-1', 'holzwurm-2']);
    expect(stored?.current).toEqual(existing.current);

    // Merging the same file again adds nothing twice.
    await chooseFile(page, 'social-media-check-coach.json', workspaceFile);
    await page.getByRole('region', { name: t.import.previewTitle }).getByRole('button', { name: t.import.merge }).click();
    await expect(page.getByText(t.import.done, { exact: true })).toBeVisible();
    expect((await readWorkspace(page))?.clients.flatMap((c) => c.assessments.map((a) => a.id))).toEqual([
      'existing-1',
      'holzwurm-1',
      'holzwurm-2',
      'velo-kuhn-1',
    ]);
  });

  test('replacing everything asks first; cancel keeps the data', async ({ page, seed }) => {
    await seed.workspace(existing);
    await chooseFile(page, 'social-media-check-coach.json', workspaceFile);
    const before = await readStorage(page);
    const preview = page.getByRole('region', { name: t.import.previewTitle });
    const dialog = page.getByRole('dialog', { name: t.import.replaceConfirmTitle });
    await preview.getByRole('button', { name: t.import.replace, exact: true }).click();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: t.import.cancel, exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(preview.getByRole('button', { name: t.import.replace, exact: true })).toBeFocused();
    expect(await readStorage(page)).toEqual(before);

    await preview.getByRole('button', { name: t.import.replace, exact: true }).click();
    await dialog.getByRole('button', { name: t.import.replaceConfirm, exact: true }).click();
    await expect(page.getByText(t.import.done, { exact: true })).toBeVisible();
    // The preview and its buttons are gone: focus goes to the top of the import panel.
    await expect(page.getByRole('heading', { level: 3, name: t.import.title, exact: true })).toBeFocused();
    await expect(clientLink(page, 'Gärtnerei Blumenwiese')).toHaveCount(0);
    await expect(clientLink(page, 'Velo Kuhn GmbH')).toBeVisible();
    expect((await readWorkspace(page))?.current).toBeNull();
  });

  test('a single assessment file becomes one’s own check, after asking when there is one already', async ({ page, seed }) => {
    const incoming = parseImportText(assessmentFile);
    if (!incoming.ok || incoming.kind !== 'assessment') throw new Error('the fixture must be a valid assessment export');
    await seed.workspace(existing);
    await chooseFile(page, 'social-media-check-auswertung.json', assessmentFile);

    const preview = page.getByRole('region', { name: t.import.previewTitle });
    await expect(preview.getByText(t.import.previewAssessment, { exact: true })).toBeVisible();
    await expect(preview).toContainText(`${t.import.previewDates} ${formatDate(incoming.assessment.createdAt, 'de')}`);
    expect(incoming.summary.droppedAnswers).toBeGreaterThan(0);
    await expect(preview.getByText(t.import.droppedAnswers, { exact: true })).toBeVisible();
    const before = await readStorage(page);

    const dialog = page.getByRole('dialog', { name: t.import.asOwnConfirmTitle });
    await preview.getByRole('button', { name: t.import.asOwn, exact: true }).click();
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(t.import.asOwnConfirmBody);
    await dialog.getByRole('button', { name: t.import.cancel, exact: true }).click();
    await expect(dialog).toBeHidden();
    expect(await readStorage(page)).toEqual(before);

    await preview.getByRole('button', { name: t.import.asOwn, exact: true }).click();
    await dialog.getByRole('button', { name: t.import.replaceConfirm, exact: true }).click();
    await expect(page.getByText(t.import.done, { exact: true })).toBeVisible();
    const stored = await readWorkspace(page);
    expect(stored?.current?.answers).toEqual(incoming.assessment.answers);
    expect(stored?.clients).toEqual(v.parse(workspaceSchema, existing).clients);

    await page.goto('/de/results');
    await expect(page.getByTestId('overall-score')).toHaveText(
      String(expectedResult(incoming.assessment.answers, incoming.assessment.profile).overall),
    );
    await expect(page.getByText(incoming.assessment.profile.companyName!, { exact: true })).toBeVisible();
  });

  // One answer changed to 9, outside the 1–5 scale.
  const tampered = workspaceFile.replace(/"answers": \{\s*"([a-z0-9-]+)": \d/, '"answers": { "$1": 9');
  const bad: { name: string; file: string; text: string | Buffer; error: ImportError }[] = [
    { name: 'a tampered file (valid JSON of the wrong shape)', file: 'export.json', text: tampered, error: 'wrong-shape' },
    {
      name: 'a file that is not JSON',
      file: 'kunden.json',
      text: 'Kunde;Letzter Check\nSchreinerei Holzwurm;10.02.2026\n',
      error: 'not-json',
    },
    {
      name: 'a file over 1 MB',
      file: 'gross.json',
      text: Buffer.from(workspaceFile + ' '.repeat(MAX_IMPORT_BYTES + 1 - Buffer.byteLength(workspaceFile))),
      error: 'too-large',
    },
    {
      name: 'a deeply nested JSON file',
      file: 'tief.json',
      text: `{"format":"social-media-check","schemaVersion":2,"kind":"workspace","data":${'['.repeat(5000)}${']'.repeat(5000)}}`,
      error: 'too-deep',
    },
    {
      name: 'a file with "__proto__" and "constructor" keys',
      file: 'proto.json',
      text: workspaceFile.replace(
        '"data": {',
        '"data": { "__proto__": { "polluted": "yes" }, "constructor": { "prototype": { "polluted": "yes" } },',
      ),
      error: 'forbidden-key',
    },
  ];
  for (const { name, file, text, error } of bad) {
    test(`${name} is refused with its own message, and nothing saved is lost`, async ({ page, seed }) => {
      // The app's own validation names this error; the page must show its message.
      const parsed = parseImportText(String(text));
      const size = Buffer.isBuffer(text) ? text.length : Buffer.byteLength(text);
      expect(checkImportSize(size) ?? (parsed.ok ? 'accepted' : parsed.error)).toBe(error);

      await seed.workspace(existing);
      await openImport(page);
      await expect(clientLink(page, 'Gärtnerei Blumenwiese')).toBeVisible();
      const before = await readStorage(page);

      await chooseFile(page, file, text);
      const alert = page.getByRole('alert').filter({ hasText: t.import.errorTitle });
      await expect(alert).toBeVisible();
      await expect(alert.getByText(t.import.errors[error], { exact: true })).toBeVisible();
      await expect(alert.getByText(t.import.errorKept, { exact: true })).toBeVisible();
      await expect(page.getByRole('region', { name: t.import.previewTitle })).toHaveCount(0);

      expect(await page.evaluate(() => (({}) as { polluted?: unknown }).polluted === undefined)).toBe(true);
      expect(await page.evaluate(() => (Object.prototype as { polluted?: unknown }).polluted)).toBeUndefined();
      expect(await readStorage(page)).toEqual(before);
      await page.reload();
      await expect(clientLink(page, 'Gärtnerei Blumenwiese')).toBeVisible();
      expect((await readWorkspace(page))?.current).toEqual(existing.current);
    });
  }

  const roundFile = (answers: number[]) =>
    buildWorkspaceExport(
      {
        current: null,
        clients: [],
        rounds: answers.map((n, i) =>
          makeRound({ company: `Runde ${i + 1}`, responses: Array.from({ length: n }, () => ({ answers: answerAll(() => 4) })) }),
        ),
      },
      new Date('2026-12-02T08:00:00.000Z'),
    );
  const roundCases = [
    { locale: 'de', answers: [2, 1], text: '2 Team-Runden mit zusammen 3 Antworten' },
    { locale: 'de', answers: [1], text: '1 Team-Runde mit 1 Antwort' },
    { locale: 'en', answers: [2, 1], text: '2 team rounds with 3 answers in all' },
    { locale: 'en', answers: [0], text: '1 team round with no answers yet' },
  ] as const;
  for (const { locale, answers, text } of roundCases) {
    test(`the preview of a file with team rounds counts them and their answers: «${text}»`, async ({ page, seed }) => {
      const file = roundFile([...answers]);
      const parsed = parseImportText(file);
      expect(parsed.ok && [parsed.summary.rounds, parsed.summary.roundAnswers]).toEqual([answers.length, answers.reduce((a: number, b) => a + b, 0)]);
      await seed.workspace(existing);
      await page.goto(`/${locale}/coach#data`);
      const m = messages[locale].import;
      await page.getByLabel(m.fileLabel, { exact: true }).setInputFiles({ name: 'rounds.json', mimeType: 'application/json', buffer: Buffer.from(file, 'utf8') });
      const preview = page.getByRole('region', { name: m.previewTitle });
      await expect(preview.getByText(text, { exact: true })).toBeVisible();
    });
  }

  test('HTML and script in an imported client name and note are shown as text and never run', async ({ page, seed }) => {
    const name = '<img src=x onerror="alert(1)"> Müller & <b>Söhne</b>';
    const note = '<script>alert("Notiz")</script><b>fett</b> – bitte nachfragen';
    const workspace: Workspace = {
      current: null,
      clients: [
        makeClient({
          id: 'client-html',
          name,
          assessments: [
            makeAssessment({ id: 'html-1', createdAt: '2026-02-20T10:00:00.000Z', answers: answerAll(() => 4), notes: { culture: note } }),
          ],
        }),
      ],
    };
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await seed.workspace(existing);
    await chooseFile(page, 'html.json', buildWorkspaceExport(workspace, new Date('2026-02-21T08:00:00.000Z')));
    await page.getByRole('region', { name: t.import.previewTitle }).getByRole('button', { name: t.import.merge }).click();
    await expect(page.getByText(t.import.done, { exact: true })).toBeVisible();

    await expect(clientLink(page, name)).toBeVisible();
    await expect(clientLink(page, name)).toHaveText(name);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(page.locator('b', { hasText: 'Söhne' })).toHaveCount(0);

    await page.goto('/de/results?client=client-html&assessment=html-1');
    const notes = page.getByRole('region', { name: t.results.notesTitle });
    await expect(notes.getByText(note, { exact: true })).toBeVisible();
    await expect(page.locator('b', { hasText: 'fett' })).toHaveCount(0);
    await expect(page.locator('script', { hasText: 'alert("Notiz")' })).toHaveCount(0);
    await expect(page.getByTestId('overall-score')).toHaveText(String(expectedResult(workspace.clients[0]!.assessments[0]!.answers).overall));
    expect(dialogs).toEqual([]);
    expect((await readStorage(page))[STORAGE_KEY]).toContain('Söhne');
  });
});
