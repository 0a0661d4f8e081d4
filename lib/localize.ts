import type {
  ArticleId,
  ArticleQuestion,
  BandId,
  ContentModel,
  DimensionId,
  Locale,
  Localized,
  MarketQuestion,
  NeedLevelId,
  Quote,
  RunnerQuestion,
  TextMarket,
  VerdictId,
} from './content-schema';
import { localizeVaried, pickText, type TextContext, type VariedText } from './variants';

export type LocalizedQuote = {
  article: ArticleId;
  articleTitle: string;
  original: string;
  translation: string | null;
  /** The source the post quotes, when the words are not the author's own. */
  quotedFrom: string | null;
};
/** `T` is `string` once the runner and market are known, `VariedText` before. */
export type LocalizedDimension<T = string> = {
  id: DimensionId;
  title: string;
  shortTitle: string;
  intro: T;
  origin: string;
  quote: LocalizedQuote;
  coachPrompts: T[];
};
export type LocalizedItem<T = string> = {
  id: string;
  dimension: DimensionId;
  weight: number;
  weightByMarket?: Partial<Record<TextMarket, number>>;
  prompt: T;
  help: T | null;
  gate: { reason: T; unclear: T } | undefined;
};
export type LocalizedNeedItem<T = string> = {
  id: string;
  weight: number;
  weightByMarket?: Partial<Record<TextMarket, number>>;
  prompt: T;
  help: T | null;
};
export type LocalizedChoiceQuestion<K extends string> = { legend: string; help: string | null; options: { value: K; label: string }[] };
export type LocalizedNeedStep<T = string> = {
  title: string;
  intro: string;
  origin: string;
  quote: LocalizedQuote;
  coachPrompts: T[];
  runner: LocalizedChoiceQuestion<keyof RunnerQuestion['options'] & string>;
  market: LocalizedChoiceQuestion<keyof MarketQuestion['options'] & string>;
};
export type LocalizedBand = { id: BandId; min: number; max: number; name: string; meaning: string };
export type LocalizedNeedLevel = { id: NeedLevelId; min: number; max: number; name: string; meaning: string };
export type LocalizedGuidance<T = string> = {
  dimension: DimensionId;
  band: BandId;
  title: T;
  body: T;
  quote: LocalizedQuote;
  steps: T[];
  growsReach?: true;
};
export type LocalizedGateGuidance<T = string> = Omit<LocalizedGuidance<T>, 'dimension' | 'band' | 'growsReach'> & {
  item: string;
  status: 'failed' | 'unknown';
};
export type LocalizedHoldGuidance<T = string> = Omit<LocalizedGuidance<T>, 'band' | 'growsReach'>;
export type LocalizedVerdict<T = string> = { id: VerdictId; title: string; body: T; stepsTitle: string; steps: T[]; quote: LocalizedQuote };
export type LocalizedScale = { points: { value: 1 | 2 | 3 | 4 | 5; label: string }[]; unknown: string; notApplicable: string };
export type LocalizedArticleQuestion = {
  id: string;
  article: ArticleId;
  original: string;
  translation: string | null;
  quotedFrom: string | null;
  items: string[];
};

/** The content in one language: what the client leaves receive, so neither language ships twice. */
export type LocalizedContent<T = string> = {
  locale: Locale;
  dimensions: LocalizedDimension<T>[];
  items: LocalizedItem<T>[];
  need: LocalizedNeedStep<T>;
  needItems: LocalizedNeedItem<T>[];
  needLevels: LocalizedNeedLevel[];
  bands: LocalizedBand[];
  guidance: LocalizedGuidance<T>[];
  gateGuidance: LocalizedGateGuidance<T>[];
  holdGuidance: LocalizedHoldGuidance<T>[];
  verdicts: LocalizedVerdict<T>[];
  scale: LocalizedScale;
  articleTitles: Record<ArticleId, string>;
};
/** The content in one language with every variant kept: the runner and the market are chosen in the browser. */
export type VariedContent = LocalizedContent<VariedText>;

/** The content a page localizes: the whole model, of whose articles only the titles count. */
type Source = Omit<ContentModel, 'articles' | 'articleQuestions'> & { articles: { id: ArticleId; title: string }[] };

/** Picks the text of one locale. */
export function pick(text: Localized, locale: Locale): string {
  return text[locale];
}

function localizeQuote(quote: Quote, locale: Locale, titles: Record<ArticleId, string>): LocalizedQuote {
  return {
    article: quote.article,
    articleTitle: titles[quote.article],
    original: quote.original,
    translation: locale === 'de' ? null : quote.en,
    quotedFrom: quote.quotedFrom ? pick(quote.quotedFrom, locale) : null,
  };
}

/** Adds the upper bound to levels sorted by their minimum; the last one ends at 100. */
function withMax<T extends { min: number }>(levels: readonly T[]): (T & { max: number })[] {
  const sorted = [...levels].sort((a, b) => a.min - b.min);
  return sorted.map((level, index) => ({ ...level, max: (sorted[index + 1]?.min ?? 101) - 1 }));
}

function choice<K extends string>(
  question: { legend: Localized; help?: Localized; options: Record<K, Localized> },
  locale: Locale,
): LocalizedChoiceQuestion<K> {
  return {
    legend: pick(question.legend, locale),
    help: question.help ? pick(question.help, locale) : null,
    options: (Object.keys(question.options) as K[]).map((value) => ({ value, label: pick(question.options[value], locale) })),
  };
}

/** Turns the bilingual content into the texts of one locale, keeping every runner and market variant. */
export function localizeVariedContent(source: Source, locale: Locale): VariedContent {
  const articleTitles = Object.fromEntries(source.articles.map((a) => [a.id, a.title])) as Record<ArticleId, string>;
  const v = (text: Parameters<typeof localizeVaried>[0]) => localizeVaried(text, locale);
  const quote = (q: Quote) => localizeQuote(q, locale, articleTitles);
  return {
    locale,
    articleTitles,
    dimensions: source.dimensions.map((d) => ({
      id: d.id,
      title: pick(d.title, locale),
      shortTitle: pick(d.shortTitle, locale),
      intro: v(d.intro),
      origin: pick(d.origin, locale),
      quote: quote(d.quote),
      coachPrompts: d.coachPrompts.map(v),
    })),
    items: source.items.map((i) => ({
      id: i.id,
      dimension: i.dimension,
      weight: i.weight,
      ...(i.weightByMarket ? { weightByMarket: i.weightByMarket } : {}),
      prompt: v(i.prompt),
      help: i.help ? v(i.help) : null,
      gate: i.gate ? { reason: v(i.gate.reason), unclear: v(i.gate.unclear) } : undefined,
    })),
    need: {
      title: pick(source.need.title, locale),
      intro: pick(source.need.intro, locale),
      origin: pick(source.need.origin, locale),
      quote: quote(source.need.quote),
      coachPrompts: source.need.coachPrompts.map(v),
      runner: choice(source.need.runner, locale),
      market: choice(source.need.market, locale),
    },
    needItems: source.needItems.map((i) => ({
      id: i.id,
      weight: i.weight,
      ...(i.weightByMarket ? { weightByMarket: i.weightByMarket } : {}),
      prompt: v(i.prompt),
      help: i.help ? v(i.help) : null,
    })),
    needLevels: withMax(source.needLevels).map((l) => ({
      id: l.id,
      min: l.min,
      max: l.max,
      name: pick(l.name, locale),
      meaning: pick(l.meaning, locale),
    })),
    bands: withMax(source.bands).map((b) => ({
      id: b.id,
      min: b.min,
      max: b.max,
      name: pick(b.name, locale),
      meaning: pick(b.meaning, locale),
    })),
    guidance: source.guidance.map((g) => ({
      dimension: g.dimension,
      band: g.band,
      title: v(g.title),
      body: v(g.body),
      quote: quote(g.quote),
      steps: g.steps.map(v),
      ...(g.growsReach ? { growsReach: true as const } : {}),
    })),
    gateGuidance: source.gateGuidance.map((g) => ({
      item: g.item,
      status: g.status,
      title: v(g.title),
      body: v(g.body),
      quote: quote(g.quote),
      steps: g.steps.map(v),
    })),
    holdGuidance: source.holdGuidance.map((g) => ({
      dimension: g.dimension,
      title: v(g.title),
      body: v(g.body),
      quote: quote(g.quote),
      steps: g.steps.map(v),
    })),
    verdicts: source.verdicts.map((d) => ({
      id: d.id,
      title: pick(d.title, locale),
      body: v(d.body),
      stepsTitle: pick(d.stepsTitle, locale),
      steps: d.steps.map(v),
      quote: quote(d.quote),
    })),
    scale: {
      points: source.scale.points.map((p, index) => ({ value: (index + 1) as 1 | 2 | 3 | 4 | 5, label: pick(p, locale) })),
      unknown: pick(source.scale.unknown, locale),
      notApplicable: pick(source.scale.notApplicable, locale),
    },
  };
}

/** Chooses, in content of one locale, the wording for who runs the channels and whom the firm sells to. */
export function adaptContent(content: VariedContent, context: TextContext): LocalizedContent {
  const t = (text: VariedText) => pickText(text, context);
  return {
    ...content,
    dimensions: content.dimensions.map((d) => adaptDimension(d, context)),
    items: content.items.map((i) => adaptItem(i, context)),
    need: { ...content.need, coachPrompts: content.need.coachPrompts.map(t) },
    needItems: content.needItems.map((i) => adaptNeedItem(i, context)),
    guidance: content.guidance.map((g) => ({ ...g, title: t(g.title), body: t(g.body), steps: g.steps.map(t) })),
    gateGuidance: content.gateGuidance.map((g) => ({ ...g, title: t(g.title), body: t(g.body), steps: g.steps.map(t) })),
    holdGuidance: content.holdGuidance.map((g) => ({ ...g, title: t(g.title), body: t(g.body), steps: g.steps.map(t) })),
    verdicts: content.verdicts.map((d) => ({ ...d, body: t(d.body), steps: d.steps.map(t) })),
  };
}

/** Chooses the wording of one dimension's intro and coach prompts for a context. */
export function adaptDimension(dimension: LocalizedDimension<VariedText>, context: TextContext): LocalizedDimension {
  const t = (text: VariedText) => pickText(text, context);
  return { ...dimension, intro: t(dimension.intro), coachPrompts: dimension.coachPrompts.map(t) };
}

/** Chooses the wording of one need statement for a context. */
export function adaptNeedItem(item: LocalizedNeedItem<VariedText>, context: TextContext): LocalizedNeedItem {
  return { ...item, prompt: pickText(item.prompt, context), help: item.help ? pickText(item.help, context) : null };
}

/** Chooses the wording of one item for a context. */
export function adaptItem(item: LocalizedItem<VariedText>, context: TextContext): LocalizedItem {
  const t = (text: VariedText) => pickText(text, context);
  return {
    ...item,
    prompt: t(item.prompt),
    help: item.help ? t(item.help) : null,
    gate: item.gate ? { reason: t(item.gate.reason), unclear: t(item.gate.unclear) } : undefined,
  };
}

/** Turns the bilingual content into the texts of one locale, worded for a context (neutral wording by default). */
export function localizeContent(source: Source, locale: Locale, context: TextContext = {}): LocalizedContent {
  return adaptContent(localizeVariedContent(source, locale), context);
}

/** The article questions of one locale, for the Methode page. */
export function localizeArticleQuestions(questions: ArticleQuestion[], locale: Locale): LocalizedArticleQuestion[] {
  return questions.map((q) => ({
    id: q.id,
    article: q.article,
    original: q.original,
    translation: locale === 'de' ? null : q.en,
    quotedFrom: q.quotedFrom ? pick(q.quotedFrom, locale) : null,
    items: q.items,
  }));
}
