import * as v from 'valibot';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  articleQuestionSchema,
  articleSchema,
  bandSchema,
  dimensionSchema,
  gateGuidanceSchema,
  guidanceSchema,
  holdGuidanceSchema,
  itemSchema,
  needItemSchema,
  needLevelSchema,
  needStepSchema,
  scaleSchema,
  verdictSchema,
  type Guidance,
  type Varied,
} from '@/lib/content-schema';
import { bandIds, dimensionIds, needLevelIds, runnerIds, verdictIds } from '@/lib/content-ids';
import { ITEMS_V1, RETIRED_ITEM_IDS } from '@/lib/item-history';
import { VERDICT_MATRIX } from '@/lib/verdict';
import { articleQuestions } from './article-questions';
import { articles } from './articles';
import { bands } from './bands';
import { dimensions } from './dimensions';
import { gateGuidance, holdGuidance } from './gates';
import { items } from './items';
import { needItems, needLevels, needStep } from './need';
import { scale } from './scale';
import { verdicts } from './verdicts';

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
const ownContent = {
  articles,
  dimensions,
  items,
  needStep,
  needItems,
  needLevels,
  bands,
  scale,
  articleQuestions,
  gateGuidance,
  holdGuidance,
  verdicts,
};

/** Every wording of a varied text: the neutral one and each runner and market variant, with a label. */
function wordings(text: Varied | undefined, where: string): { where: string; de: string; en: string }[] {
  if (!text) return [];
  return [
    { where, de: text.de, en: text.en },
    ...Object.entries(text.runner ?? {}).map(([k, v]) => ({ where: `${where} (${k})`, ...v })),
    ...Object.entries(text.market ?? {}).map(([k, v]) => ({ where: `${where} (${k})`, ...v })),
  ];
}
const statements = [...needItems.map((i) => ({ ...i, dimension: 'need' })), ...items];
/** The statements' prompts in every wording. */
const prompts = statements.flatMap((i) => wordings(i.prompt, i.id));
/** Every card of the results: band cards, gate cards, hold cards. */
const loadCards = async () => [...(await loadGuidance()), ...gateGuidance, ...holdGuidance];

describe('content schemas', () => {
  it('every article, dimension, item, band, article question and the scale parse with their schema', () => {
    for (const a of articles) v.parse(articleSchema, a);
    for (const d of dimensions) v.parse(dimensionSchema, d);
    for (const i of items) v.parse(itemSchema, i);
    for (const b of bands) v.parse(bandSchema, b);
    for (const q of articleQuestions) v.parse(articleQuestionSchema, q);
    v.parse(scaleSchema, scale);
  });

  it('the need step, its statements, the need levels, gate and hold cards and the verdicts parse with their schema', () => {
    v.parse(needStepSchema, needStep);
    for (const i of needItems) v.parse(needItemSchema, i);
    for (const l of needLevels) v.parse(needLevelSchema, l);
    for (const g of gateGuidance) v.parse(gateGuidanceSchema, g);
    for (const h of holdGuidance) v.parse(holdGuidanceSchema, h);
    for (const verdict of verdicts) v.parse(verdictSchema, verdict);
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
  it('are the nine dimensions in the order the check asks them', () => {
    expect(dimensions.map((d) => d.id)).toEqual([...dimensionIds]);
  });

  it('carry the de-CH titles the product uses', () => {
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
    for (const d of [...dimensions, { id: 'need', coachPrompts: needStep.coachPrompts }]) {
      expect(d.coachPrompts.length, d.id).toBeGreaterThanOrEqual(2);
      for (const p of d.coachPrompts.flatMap((prompt) => wordings(prompt, d.id))) {
        expect(p.de, p.where).toMatch(openDe);
        expect(p.de.endsWith('?'), p.de).toBe(true);
        expect(p.en, p.where).toMatch(openEn);
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

  it('keep the check a ten-minute check: at most 45 questions with the need step and its two choices', () => {
    expect(items.length).toBeGreaterThanOrEqual(30);
    expect(items.length + needItems.length + 2).toBeLessThanOrEqual(45);
  });

  it('never reuse a retired id, and every item of an earlier version is either still asked or retired', () => {
    const current = new Set(statements.map((i) => i.id));
    expect(new Set(statements.map((i) => i.id)).size).toBe(statements.length);
    for (const id of RETIRED_ITEM_IDS) expect(current.has(id), id).toBe(false);
    for (const id of ITEMS_V1) expect(current.has(id) || RETIRED_ITEM_IDS.includes(id), id).toBe(true);
  });

  it('word every statement about the person in charge for an owner who runs the channels («Sie»)', () => {
    for (const i of items.filter((i) => i.dimension === 'people' || i.dimension === 'time')) {
      const owner = i.prompt.runner?.owner;
      expect(owner, i.id).toBeDefined();
      expect(owner!.de, i.id).toMatch(/\b(Sie|Ihre[nmrs]?)\b/);
      expect(owner!.de, i.id).not.toMatch(/zuständige|verantwortliche|vorgesehene/);
    }
    for (const { where, de } of prompts.filter((p) => p.where.endsWith('(owner)'))) {
      expect(de, where).not.toMatch(/\b(die zuständige|die verantwortliche) Person\b/);
    }
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

  it('have exactly two gates: two protected hours a week and a willing person', () => {
    const gates = items.filter((i) => i.gate);
    expect(gates.map((i) => i.id).sort()).toEqual(['people-willing', 'time-two-hours']);
    expect(gates.map((i) => i.dimension).sort()).toEqual(['people', 'time']);
    for (const g of gates) expect(g.weight, g.id).toBe(3);
  });

  it('are phrased so that full agreement means ready (no negation in the statement, in any wording)', () => {
    for (const { where, de, en } of prompts) {
      expect(de, where).not.toMatch(/\b(nicht|kein\p{L}*|nie|niemand|ohne)\b/iu);
      expect(en, where).not.toMatch(/\b(not|no|never|nobody|without)\b|n't\b/i);
    }
  });

  it('stay short enough to answer in ten seconds, in any wording', () => {
    for (const { where, de } of prompts) expect(de.length, where).toBeLessThanOrEqual(130);
  });

  it('lead nowhere: no help text tells the owner which answer to choose except for the two exits', () => {
    for (const i of statements) {
      for (const { where, de } of wordings(i.help, i.id)) {
        expect(de, where).not.toMatch(/wählen Sie eher|eher tief|eher hoch|liegt es meist/);
      }
    }
  });

  it('name only answer options that exist on the scale', () => {
    const labels = new Set([...scale.points.map((p) => p.de), scale.unknown.de, scale.notApplicable.de]);
    for (const i of statements) {
      for (const { where, de } of wordings(i.help, i.id)) {
        for (const [, label] of de.matchAll(/(?:wählen Sie|ist) «([^»]+)»/g)) {
          expect(labels.has(label!), `${where}: ${label}`).toBe(true);
        }
      }
    }
  });

  it('never ask whether others are on social media: that alone is the fad, not a need', () => {
    for (const { where, de } of needItems.flatMap((i) => wordings(i.prompt, i.id))) {
      expect(de, where).not.toMatch(/Mitbewerber|Konkurrenz/);
    }
  });
});

describe('the need step', () => {
  it('asks who runs the channels with one option per runner, and the market with b2b, b2c and mixed', () => {
    expect(Object.keys(needStep.runner.options)).toEqual([...runnerIds]);
    expect(Object.keys(needStep.market.options)).toEqual(['b2b', 'b2c', 'mixed']);
  });

  it('has three to seven statements, ids prefixed need-', () => {
    expect(needItems.length).toBeGreaterThanOrEqual(3);
    expect(needItems.length).toBeLessThanOrEqual(7);
    for (const i of needItems) expect(i.id.startsWith('need-'), i.id).toBe(true);
  });

  it('lets B2B and B2C change what is asked or how it counts', () => {
    const varies = (i: { prompt: Varied; weightByMarket?: object }) => Boolean(i.prompt.market || i.weightByMarket);
    expect(needItems.filter(varies).length).toBeGreaterThanOrEqual(2);
    expect(items.filter(varies).length).toBeGreaterThanOrEqual(2);
  });

  it('has need levels low, moderate, high, starting at 0 and rising', () => {
    expect(needLevels.map((l) => l.id)).toEqual([...needLevelIds]);
    expect(needLevels[0]!.min).toBe(0);
    for (let k = 1; k < needLevels.length; k++) expect(needLevels[k]!.min).toBeGreaterThan(needLevels[k - 1]!.min);
  });
});

describe('verdicts', () => {
  it('exist once for every verdict id, and every cell of the matrix has one', () => {
    expect(verdicts.map((v) => v.id).sort()).toEqual([...verdictIds].sort());
    for (const row of Object.values(VERDICT_MATRIX)) {
      for (const id of Object.values(row)) expect(verdicts.some((v) => v.id === id), id).toBe(true);
    }
  });

  it('name a minimum presence (findable, answering) in every verdict that does not start a channel', () => {
    for (const v of verdicts.filter((v) => !v.id.endsWith('-go'))) {
      const text = v.steps.map((s) => s.de).join(' ');
      expect(text, v.id).toMatch(/findet Sie/);
      expect(text, v.id).toMatch(/Antwort/);
    }
  });

  it('call a low need a respectable «not now», never a failing grade', () => {
    const fad = verdicts.filter((v) => v.id.startsWith('fad-'));
    expect(fad).toHaveLength(2);
    for (const v of fad) {
      expect(v.title.de, v.id).toMatch(/Modeerscheinung/);
      expect(v.body.de, v.id).toMatch(/«Jetzt nicht»/);
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
    const known = new Set(statements.map((i) => i.id));
    for (const q of articleQuestions) {
      for (const id of q.items) expect(known.has(id), `${q.id} → ${id}`).toBe(true);
    }
  });

  it('map the need questions of the articles to need statements', () => {
    const needIds = new Set(needItems.map((i) => i.id));
    for (const needle of [
      'Benötigen wir einen Auftritt auf facebook?',
      'Müssen wir nun wirklich auch noch tweeten?',
      'Wie viele Geschäfte haben Sie in XING schon gemacht?',
    ]) {
      const question = articleQuestions.find((q) => q.original.includes(needle));
      expect(question, needle).toBeDefined();
      expect(question!.items.some((id) => needIds.has(id)), needle).toBe(true);
    }
  });

  it('attribute the «Analog entscheidet!» headline to GDI-Impuls, which the post quotes', () => {
    for (const q of articleQuestions.filter((q) => q.original.includes('Analog entscheidet!'))) {
      expect(q.quotedFrom?.de, q.id).toMatch(/GDI-Impuls/);
    }
  });

  it('cover the questions the articles ask', () => {
    const originals = articleQuestions.map((q) => q.original);
    for (const needle of [
      'Benötigen wir einen Auftritt auf facebook?',
      'Müssen wir nun wirklich auch noch tweeten?',
      'Aber was geschieht danach?',
      'Wie viele Geschäfte haben Sie in XING schon gemacht?',
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
  const allQuotes = async () => {
    const guidance = await loadGuidance().catch(() => [] as Guidance[]);
    return [
      ...dimensions.map((d) => ({ where: `dimension ${d.id}`, text: d.quote.original, quotedFrom: d.quote.quotedFrom })),
      { where: 'need step', text: needStep.quote.original, quotedFrom: needStep.quote.quotedFrom },
      ...guidance.map((g) => ({ where: `guidance ${g.dimension}/${g.band}`, text: g.quote.original, quotedFrom: g.quote.quotedFrom })),
      ...gateGuidance.map((g) => ({ where: `gate ${g.item}/${g.status}`, text: g.quote.original, quotedFrom: g.quote.quotedFrom })),
      ...holdGuidance.map((g) => ({ where: `hold ${g.dimension}`, text: g.quote.original, quotedFrom: g.quote.quotedFrom })),
      ...verdicts.map((v) => ({ where: `verdict ${v.id}`, text: v.quote.original, quotedFrom: v.quote.quotedFrom })),
      ...articleQuestions.map((q) => ({ where: `question ${q.id}`, text: q.original, quotedFrom: q.quotedFrom })),
    ];
  };

  it.skipIf(!existsSync(sourcesDir))('appear verbatim in the source text (an ellipsis marks what is left out)', async () => {
    const source = normalise(
      readdirSync(sourcesDir)
        .map((f) => readFileSync(`${sourcesDir}${f}`, 'utf8'))
        .join('\n'),
    );
    for (const { where, text } of await allQuotes()) {
      // Shown inside «…», a quotation nests its own guillemets as ‹…›; the source has «…».
      const original = normalise(text.replace(/‹/g, '«').replace(/›/g, '»'));
      const fragments = original.split(/\s*…\s*/).filter((f) => f !== '');
      for (const fragment of fragments) expect(source.includes(fragment), `${where}: ${fragment}`).toBe(true);
    }
  });

  it('are whole sentences, or mark a cut with an ellipsis', async () => {
    for (const { where, text } of await allQuotes()) {
      expect(text, where).toMatch(/^(\p{Lu}|‹|…)/u);
      expect(text, where).toMatch(/([.!?›]|…)$/u);
    }
  });

  it('attribute the GDI-Impuls headline «Analog entscheidet!» to GDI-Impuls wherever it is quoted', async () => {
    for (const { where, text, quotedFrom } of await allQuotes()) {
      if (text.includes('Analog entscheidet!')) expect(quotedFrom?.de, where).toMatch(/GDI-Impuls/);
    }
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

  it('nests guillemets the Swiss way: «…‹…›…», never «…«…»…»', async () => {
    const nested = /«[^«»]*«/;
    const strings = [
      ...collectStrings(ownContent),
      ...collectStrings(await loadGuidance()),
      ...collectStrings(JSON.parse(readFileSync(repoPath('messages/de.json'), 'utf8'))),
      ...collectStrings(JSON.parse(readFileSync(repoPath('messages/en.json'), 'utf8'))),
    ];
    for (const { path, text } of strings) expect(nested.test(text), `${path}: ${text}`).toBe(false);
  });
});

describe('cards', () => {
  it('exist for both gates, answered low and not known', () => {
    const gates = items.filter((i) => i.gate).map((i) => i.id);
    for (const gate of gates) {
      for (const status of ['failed', 'unknown'] as const) {
        expect(gateGuidance.filter((g) => g.item === gate && g.status === status), `${gate}/${status}`).toHaveLength(1);
      }
    }
    expect(gateGuidance).toHaveLength(gates.length * 2);
  });

  it('say plainly on a failed gate that a channel waits until someone has the time and the will', () => {
    for (const g of gateGuidance.filter((g) => g.status === 'failed')) {
      for (const { where, de } of wordings(g.body, `${g.item} body`)) {
        expect(de, where).toMatch(/Warten Sie (deshalb )?mit einem neuen Kanal/);
        expect(de, where).toMatch(/Zeit und den Willen|Zeit dafür hat|Zeit hat/);
      }
    }
  });

  it('tag every band card that sends the owner after followers or reach, and hold cards stand in for them', async () => {
    const guidance = await loadGuidance();
    for (const g of guidance) {
      const text = [g.title, g.body, ...g.steps].flatMap((t) => wordings(t, '')).map((w) => w.de).join(' ');
      if (/Follower|Reichweite/.test(text)) expect(g.growsReach, `${g.dimension}/${g.band}`).toBe(true);
    }
    for (const dimension of new Set(guidance.filter((g) => g.growsReach).map((g) => g.dimension))) {
      expect(holdGuidance.filter((h) => h.dimension === dimension), dimension).toHaveLength(1);
    }
  });

  it('never advertise coaching: no card names a coach; the results name it only in the gate notice and a verdict step', async () => {
    for (const card of await loadCards()) {
      const texts = [card.title, card.body, ...card.steps].flatMap((t) => wordings(t, ''));
      for (const { de, en } of texts) {
        expect(de, de).not.toMatch(/coach/i);
        expect(en, en).not.toMatch(/coach/i);
      }
      expect(card.quote.original, card.quote.original).not.toMatch(/Coaching/);
    }
    for (const v of verdicts) {
      const mentions = [v.body, ...v.steps].flatMap((t) => wordings(t, '')).filter((w) => /Business Coach/.test(w.de));
      expect(mentions.length, v.id).toBeLessThanOrEqual(1);
      expect(v.quote.original, v.id).not.toMatch(/Coaching/);
    }
  });
});

describe('guidance', () => {
  it('parses and exists for every dimension × band in both languages', async () => {
    const guidance = await loadGuidance();
    for (const g of guidance) v.parse(guidanceSchema, g);
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
