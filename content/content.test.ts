import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  articleQuestionSchema,
  articleSchema,
  bandIds,
  bandSchema,
  dimensionIds,
  dimensionSchema,
  guidanceSchema,
  itemSchema,
  scaleSchema,
  type Guidance,
} from '@/lib/content-schema';
import { articleQuestions } from './article-questions';
import { articles } from './articles';
import { bands } from './bands';
import { dimensions } from './dimensions';
import { items } from './items';
import { scale } from './scale';

// guidance.ts and messages/*.json are written by others; load them lazily so the rest of this file still runs without them.
const loadGuidance = async (): Promise<Guidance[]> => (await import('./guidance')).guidance;

const repoPath = (relative: string) => fileURLToPath(new URL(`../${relative}`, import.meta.url));
const sourcesDir = fileURLToPath(new URL('../../shared/sources/', import.meta.url));

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Every string reachable from a value, with its path, for the language and spelling checks. */
function collectStrings(value: unknown, path = '$'): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => collectStrings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => collectStrings(v, `${path}.${k}`));
  }
  return [];
}

/** Every { de, en } pair reachable from a value. */
function collectLocalized(value: unknown, path = '$'): { path: string; de: unknown; en: unknown }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => collectLocalized(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const own = 'de' in record && 'en' in record ? [{ path, de: record.de, en: record.en }] : [];
    return [...own, ...Object.entries(record).flatMap(([k, v]) => collectLocalized(v, `${path}.${k}`))];
  }
  return [];
}

function keyPaths(value: Json, prefix = ''): string[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();
const ownContent = { articles, dimensions, items, bands, scale, articleQuestions };

describe('content schemas', () => {
  it('every article, dimension, item, band, article question and the scale parse with their schema', () => {
    for (const a of articles) articleSchema.parse(a);
    for (const d of dimensions) dimensionSchema.parse(d);
    for (const i of items) itemSchema.parse(i);
    for (const b of bands) bandSchema.parse(b);
    for (const q of articleQuestions) articleQuestionSchema.parse(q);
    scaleSchema.parse(scale);
  });

  it('holds both articles once each', () => {
    expect(articles.map((a) => a.id).sort()).toEqual(['must-have', 'real-networks']);
  });

  it('fills both languages of every text', () => {
    const pairs = collectLocalized(ownContent);
    expect(pairs.length).toBeGreaterThan(100);
    for (const { path, de, en } of pairs) {
      expect(typeof de === 'string' && de.trim().length > 0, `${path}.de`).toBe(true);
      expect(typeof en === 'string' && en.trim().length > 0, `${path}.en`).toBe(true);
    }
  });
});

describe('dimensions', () => {
  it('are the nine dimensions of DESIGN.md in their order', () => {
    expect(dimensions.map((d) => d.id)).toEqual([...dimensionIds]);
  });

  it('carry the de-CH titles of DESIGN.md', () => {
    expect(dimensions.map((d) => d.title.de)).toEqual([
      'Konzept & Ziele',
      'Prozesse & Zuständigkeiten',
      'Unternehmenskultur',
      'Person & Kompetenz',
      'Zeit & Ressourcen',
      'Inhalte',
      'Zielgruppen & Tonalität',
      'Reichweite & Community',
      'Reale Netzwerke',
    ]);
  });

  it('have a one-word short title per locale, distinct, and no longer than the title', () => {
    for (const locale of ['de', 'en'] as const) {
      const shorts = dimensions.map((d) => d.shortTitle[locale]);
      expect(new Set(shorts).size, locale).toBe(dimensions.length);
      for (const d of dimensions) {
        expect(d.shortTitle[locale], `${d.id} ${locale}`).toMatch(/^\S{1,12}$/);
        expect(d.shortTitle[locale].length, `${d.id} ${locale}`).toBeLessThanOrEqual(d.title[locale].length);
      }
    }
  });

  it('quote the articles briefly', () => {
    for (const d of dimensions) {
      expect(d.quote.original.split(/\s+/).length, d.id).toBeLessThanOrEqual(25);
    }
  });

  it('give the coach open questions, not yes/no questions', () => {
    const openDe = /^((An|Auf|Aus|Bei|Für|Mit|Nach|Von|Zu|Über) )?(Was|Wie|Wer|Wen|Wem|Welche[rsnm]?|Wo(?:ran|rauf|rin|mit|her|hin|für|durch|von|zu)?|Wann|Warum|Weshalb|Wieso|Inwiefern)\b/iu;
    const openEn = /^((By|For|From|In|On|With) )?(What|How|Who|Whom|Which|Where|When|Why)\b/i;
    for (const d of dimensions) {
      expect(d.coachPrompts.length, d.id).toBeGreaterThanOrEqual(2);
      for (const p of d.coachPrompts) {
        expect(p.de, d.id).toMatch(openDe);
        expect(p.de.endsWith('?'), p.de).toBe(true);
        expect(p.en, d.id).toMatch(openEn);
        expect(p.en.endsWith('?'), p.en).toBe(true);
      }
    }
  });
});

describe('items', () => {
  it('have unique ids', () => {
    const ids = items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('number about 36 in all', () => {
    expect(items.length).toBeGreaterThanOrEqual(34);
    expect(items.length).toBeLessThanOrEqual(40);
  });

  it('belong to an existing dimension and carry its id as prefix', () => {
    const known = new Set(dimensions.map((d) => d.id));
    for (const i of items) {
      expect(known.has(i.dimension), i.id).toBe(true);
      expect(i.id.startsWith(`${i.dimension}-`), i.id).toBe(true);
    }
  });

  it('come 3 to 5 per dimension', () => {
    for (const d of dimensions) {
      const count = items.filter((i) => i.dimension === d.id).length;
      expect(count, d.id).toBeGreaterThanOrEqual(3);
      expect(count, d.id).toBeLessThanOrEqual(5);
    }
  });

  it('have exactly two gates: protected weekly time and a willing person', () => {
    const gates = items.filter((i) => i.gate);
    expect(gates.map((i) => i.id).sort()).toEqual(['people-willing', 'time-weekly-hours']);
    expect(gates.map((i) => i.dimension).sort()).toEqual(['people', 'time']);
    for (const g of gates) expect(g.weight, g.id).toBe(3);
  });

  it('are phrased so that full agreement means ready (no negation in the statement)', () => {
    for (const i of items) {
      expect(i.prompt.de, i.id).not.toMatch(/\b(nicht|kein\p{L}*|nie|niemand|ohne)\b/iu);
      expect(i.prompt.en, i.id).not.toMatch(/\b(not|no|never|nobody|without)\b|n't\b/i);
    }
  });

  it('stay short enough to answer in ten seconds', () => {
    for (const i of items) expect(i.prompt.de.length, i.id).toBeLessThanOrEqual(130);
  });

  it('name only answer options that exist on the scale', () => {
    const labels = new Set([...scale.points.map((p) => p.de), scale.unknown.de, scale.notApplicable.de]);
    for (const i of items) {
      for (const [, label] of (i.help?.de ?? '').matchAll(/wählen Sie «([^»]+)»/g)) {
        expect(labels.has(label!), `${i.id}: ${label}`).toBe(true);
      }
    }
  });
});

describe('bands', () => {
  it('are early, building, ready, strong, starting at 0 and rising', () => {
    expect(bands.map((b) => b.id)).toEqual([...bandIds]);
    expect(bands[0]!.min).toBe(0);
    for (let k = 1; k < bands.length; k++) expect(bands[k]!.min).toBeGreaterThan(bands[k - 1]!.min);
    expect(bands.map((b) => b.min)).toEqual([0, 40, 60, 80]);
  });
});

describe('scale', () => {
  it('keeps «not applicable» clearly apart from the disagreement points', () => {
    const labels = [...scale.points.map((p) => p.de), scale.unknown.de, scale.notApplicable.de];
    expect(new Set(labels.map((l) => l.toLowerCase())).size).toBe(labels.length);
    expect(scale.notApplicable.de.toLowerCase()).not.toMatch(/\btrifft\b/);
  });
});

describe('article questions', () => {
  it('have unique ids', () => {
    const ids = articleQuestions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('map only to existing items', () => {
    const known = new Set(items.map((i) => i.id));
    for (const q of articleQuestions) {
      for (const id of q.items) expect(known.has(id), `${q.id} → ${id}`).toBe(true);
    }
  });

  it('cover the questions the articles ask', () => {
    const originals = articleQuestions.map((q) => q.original);
    for (const needle of [
      'Kann und will die beauftragte Person die Kanäle speisen?',
      'Liegt ihr das Medium?',
      'Hat sie die Zeit dazu?',
      'Passt das Medium zur Unternehmenskultur?',
      'Hat es überhaupt Inhalte für die entsprechende Zielgruppe?',
      'Kann es Follower, Fans und Freunde generieren?',
      'Warum dann nicht gleich die richtigen Medien wählen?',
      'Internetauftritt basteln ist das Eine. Diese zu unterhalten das Andere.',
      'konzeptionell vorzugehen',
      'Anpassung der Firmenprozesse',
      'Tonalität',
      'Analog entscheidet!',
      'real aufbauen',
      'von realen Personen gemacht',
    ]) {
      expect(originals.some((o) => o.includes(needle)), needle).toBe(true);
    }
  });

  it('reach every dimension', () => {
    const byId = new Map(items.map((i) => [i.id, i.dimension]));
    const reached = new Set(articleQuestions.flatMap((q) => q.items.map((id) => byId.get(id))));
    for (const d of dimensionIds) expect(reached.has(d), d).toBe(true);
  });
});

describe('quotations', () => {
  it.skipIf(!existsSync(sourcesDir))('appear verbatim in the source text', async () => {
    const source = normalise(
      readdirSync(sourcesDir)
        .map((f) => readFileSync(`${sourcesDir}${f}`, 'utf8'))
        .join('\n'),
    );
    const guidance = await loadGuidance().catch(() => [] as Guidance[]);
    const quoted = [
      ...dimensions.map((d) => ({ where: `dimension ${d.id}`, text: d.quote.original })),
      ...guidance.map((g) => ({ where: `guidance ${g.dimension}/${g.band}`, text: g.quote.original })),
      ...articleQuestions.map((q) => ({ where: `question ${q.id}`, text: q.original })),
    ];
    for (const { where, text } of quoted) expect(source.includes(normalise(text)), `${where}: ${text}`).toBe(true);
  });
});

describe('Swiss spelling', () => {
  const checkSwiss = (strings: { path: string; text: string }[]) => {
    for (const { path, text } of strings) {
      expect(text.includes('ß'), `ß in ${path}: ${text}`).toBe(false);
      expect(/[„“]/.test(text) && /[äöüÄÖÜ]|\b(und|der|die|das)\b/.test(text), `German quotation marks in ${path}`).toBe(
        false,
      );
    }
  };

  it('uses no «ß» and no German „…“ quotation marks in the questionnaire', () => {
    checkSwiss(collectStrings(ownContent));
  });

  it('uses no «ß» in the guidance', async () => {
    checkSwiss(collectStrings(await loadGuidance()));
  });
});

describe('guidance', () => {
  it('parses and exists for every dimension × band in both languages', async () => {
    const guidance = await loadGuidance();
    for (const g of guidance) guidanceSchema.parse(g);
    for (const d of dimensionIds) {
      for (const b of bandIds) {
        const matches = guidance.filter((g) => g.dimension === d && g.band === b);
        expect(matches.length, `guidance ${d}/${b}`).toBe(1);
        for (const { path, de, en } of collectLocalized(matches[0])) {
          expect(typeof de === 'string' && de.trim().length > 0, `${d}/${b} ${path}.de`).toBe(true);
          expect(typeof en === 'string' && en.trim().length > 0, `${d}/${b} ${path}.en`).toBe(true);
        }
      }
    }
  });
});

describe('UI messages', () => {
  const readMessages = (locale: 'de' | 'en'): Json => {
    const file = repoPath(`messages/${locale}.json`);
    if (!existsSync(file)) throw new Error(`messages/${locale}.json is missing`);
    return JSON.parse(readFileSync(file, 'utf8')) as Json;
  };

  it('have the same keys in de and en, recursively', () => {
    const de = new Set(keyPaths(readMessages('de')));
    const en = new Set(keyPaths(readMessages('en')));
    expect([...de].filter((k) => !en.has(k)), 'keys only in de.json').toEqual([]);
    expect([...en].filter((k) => !de.has(k)), 'keys only in en.json').toEqual([]);
  });

  it('use no «ß» in de.json', () => {
    for (const { path, text } of collectStrings(readMessages('de'))) {
      expect(text.includes('ß'), `ß in messages/de.json ${path}: ${text}`).toBe(false);
    }
  });
});
