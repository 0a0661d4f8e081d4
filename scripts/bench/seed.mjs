import { readFile } from 'node:fs/promises';
import path from 'node:path';

export const STORAGE_KEY = 'smc:workspace';
export const ENVELOPE_VERSION = 6;

/** Every statement id an assessment answers: the need statements of content/need.ts, then the items of content/items.ts. */
export async function loadItemIds(root) {
  // The need step's statements come first, as in the check: a complete assessment answers them too.
  const needSource = await readFile(path.join(root, 'content', 'need.ts'), 'utf8').catch(() => '');
  const needIds = [...needSource.matchAll(/^\s*id:\s*['"](need-[a-z0-9-]+)['"]/gm)].map((m) => m[1]);
  return [...needIds, ...(await loadReadinessItemIds(root))];
}

/** Item ids of content/items.ts: transpiled and imported when it is self-contained, else read with a pattern. */
async function loadReadinessItemIds(root) {
  const file = path.join(root, 'content', 'items.ts');
  const source = await readFile(file, 'utf8');
  try {
    const ts = (await import('typescript')).default;
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    const mod = await import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
    const ids = mod.items.map((item) => item.id);
    if (ids.length > 0 && ids.every((id) => typeof id === 'string')) return ids;
  } catch {
    // items.ts imports runtime values: fall back to the pattern below.
  }
  const ids = [...source.matchAll(/^\s*id:\s*['"]([a-z]+-[a-z0-9-]+)['"]/gm)].map((m) => m[1]);
  if (ids.length === 0) throw new Error(`no item ids found in ${file}`);
  return ids;
}

/** Warns when lib/storage.ts no longer matches the envelope the bench writes. */
export async function checkStorageContract(root) {
  const source = await readFile(path.join(root, 'lib', 'storage.ts'), 'utf8').catch(() => '');
  const problems = [];
  if (!source.includes(`'${STORAGE_KEY}'`)) problems.push(`storage key '${STORAGE_KEY}' not found in lib/storage.ts`);
  const version = /CURRENT_VERSION\s*=\s*(\d+)/.exec(source)?.[1];
  if (version !== String(ENVELOPE_VERSION)) problems.push(`lib/storage.ts CURRENT_VERSION is ${version}, the bench writes v${ENVELOPE_VERSION}`);
  return problems;
}

/**
 * A complete workspace envelope of the current storage version: one owner assessment with an answer for every item, a
 * realistic spread of values, and the channel answers, so the results page shows a whole channel plan.
 */
export function buildSeedEnvelope(itemIds, now = new Date()) {
  const spread = [4, 3, 5, 4, 2, 4, 3, 5];
  const answers = Object.fromEntries(itemIds.map((id, index) => [id, spread[index % spread.length]]));
  const at = now.toISOString();
  const workspace = {
    current: {
      id: 'bench-assessment',
      createdAt: at,
      updatedAt: at,
      respondent: 'owner',
      coachMode: false,
      // Both choices of the need step are made, so «Weiter» on step 1 goes on.
      profile: { companyName: 'Muster Schreinerei AG', industry: 'Schreinerei', size: '10-49', market: 'b2b', runner: 'employee' },
      answers,
      notes: {},
      actionPlan: { steps: {} },
      channels: { reach: 'regional', goals: ['enquiries', 'applicants'], hours: 3, formats: ['text', 'photo'], existing: { facebook: 'dormant' } },
    },
    clients: [],
  };
  return JSON.stringify({ version: ENVELOPE_VERSION, savedAt: at, data: workspace });
}
