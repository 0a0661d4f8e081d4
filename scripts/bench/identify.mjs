import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Tells what a minified chunk holds. Production chunks carry no module paths, so this is heuristic:
 * libraries by strings that survive minification, the app's own files by string literals found in one source file only.
 */
const LIBRARY_MARKERS = [
  ['react-dom', ['__reactContainer']],
  ['Next.js client runtime', ['next-router', 'NEXT_REDIRECT', 'NEXT_HTTP_ERROR_FALLBACK', '__next_f', 'HTTPAccessFallbackBoundary', 'ClientPageRoot', 'next-error-title']],
  ['Turbopack chunk loader', ['ChunkLoadError']],
  ['recharts', ['recharts-']],
  ['redux toolkit + immer (recharts state)', ['@@redux', '[Immer]']],
  ['valibot', ['valibot']],
  ['react-hook-form', ['dirtyFields']],
  ['@hookform/resolvers', ['unionErrors']],
  ['next-intl with the ICU parser (intl-messageformat)', ['IntlMessageFormat']],
  ['next-intl (use-intl)', ['FORMATTING_ERROR']],
];

function* walk(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (/\.(tsx?|mjs|js)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) yield full;
  }
}

/** Distinctive string literals per source file of app/, components/, lib/, content/, i18n/ (those that occur in no other file). */
export function indexSourceLiterals(root) {
  const byFile = new Map();
  const seenIn = new Map();
  for (const dir of ['app', 'components', 'lib', 'content', 'i18n']) {
    for (const file of walk(path.join(root, dir))) {
      const source = readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(import|export .* from)\b/.test(line))
        .join('\n');
      const literals = new Set();
      for (const match of source.matchAll(/(['"])((?:(?!\1)[^\\\n]){10,80})\1/g)) {
        const literal = match[2];
        // Class lists, ids, keys: what survives minification. Skip prose-free noise like plain words.
        if (/[-_: .]/.test(literal) && !/^(use client|use strict|aria-[a-z]+)$/.test(literal)) literals.add(literal);
      }
      const rel = path.relative(root, file);
      byFile.set(rel, literals);
      for (const literal of literals) seenIn.set(literal, (seenIn.get(literal) ?? 0) + 1);
    }
  }
  const distinctive = new Map();
  for (const [file, literals] of byFile) {
    const own = [...literals].filter((literal) => seenIn.get(literal) === 1);
    if (own.length > 0) distinctive.set(file, own);
  }
  return distinctive;
}

/** Names what a chunk's text contains: libraries first, then app source files with at least two (or all) of their literals present. */
export function identifyChunk(text, sourceIndex) {
  const found = [];
  for (const [name, markers] of LIBRARY_MARKERS) {
    if (markers.some((marker) => text.includes(marker))) found.push(name);
  }
  const files = [];
  for (const [file, literals] of sourceIndex ?? []) {
    const hits = literals.filter((literal) => text.includes(literal)).length;
    if (hits >= Math.min(2, literals.length)) files.push(file);
  }
  if (files.length > 0) found.push(...files);
  return found;
}
