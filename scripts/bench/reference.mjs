import { once } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnGroup } from './processes.mjs';

/** The page that calibrates the machine: same Next, same React, no JavaScript of its own. */
export const REFERENCE_PAGE = { id: 'reference', name: 'Reference: framework only', path: '/', budgetJs: null, reference: true };

const FILES = {
  // Without a config of its own, Next would walk up and load the project's next.config.js.
  'next.config.mjs': 'export default { poweredByHeader: false };\n',
  'package.json': '{ "name": "bench-reference", "private": true }\n',
  // .jsx, so the project's `tsc` (which includes every .ts/.tsx under the root) never sees it.
  'app/layout.jsx':
    'export const metadata = { title: "Reference" };\n\n' +
    'export default function RootLayout({ children }) {\n  return (\n    <html lang="de">\n      <body>{children}</body>\n    </html>\n  );\n}\n',
  'app/page.jsx':
    'export default function Page() {\n  return (\n    <main>\n      <h1>Social-Media-Check</h1>\n' +
    '      <p>A page with no JavaScript of its own: what Next and React alone cost on this machine.</p>\n    </main>\n  );\n}\n',
};

/** Writes and builds the framework-only app in .bench/reference (git-ignored), with the project's node_modules. */
export async function buildReference(root) {
  const dir = path.join(root, '.bench', 'reference');
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
  const child = spawnGroup(process.execPath, [nextBin, 'build'], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output = (output + chunk).slice(-6000)));
  child.stderr.on('data', (chunk) => (output = (output + chunk).slice(-6000)));
  const [code, signal] = await once(child, 'exit');
  if (code !== 0) throw new Error(`building the reference app failed (${code ?? signal}):\n${output}`);
  return dir;
}
