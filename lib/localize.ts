import type {
  ArticleId,
  ArticleQuestion,
  Band,
  BandId,
  Dimension,
  DimensionId,
  Guidance,
  Item,
  Locale,
  Localized,
  Quote,
  Scale,
} from './content-schema';

export type LocalizedQuote = { article: ArticleId; articleTitle: string; original: string; translation: string | null };
export type LocalizedDimension = { id: DimensionId; title: string; shortTitle: string; intro: string; origin: string; quote: LocalizedQuote; coachPrompts: string[] };
export type LocalizedItem = { id: string; dimension: DimensionId; weight: number; prompt: string; help: string | null; gate: { reason: string } | undefined };
export type LocalizedBand = { id: BandId; min: number; max: number; name: string; verdict: string };
export type LocalizedGuidance = { dimension: DimensionId; band: BandId; title: string; body: string; quote: LocalizedQuote; steps: string[] };
export type LocalizedScale = { points: { value: 1 | 2 | 3 | 4 | 5; label: string }[]; unknown: string; notApplicable: string };
export type LocalizedArticleQuestion = { id: string; article: ArticleId; original: string; translation: string | null; items: string[] };

/** The content in one language: what the client leaves receive, so neither language ships twice. */
export type LocalizedContent = {
  locale: Locale;
  dimensions: LocalizedDimension[];
  items: LocalizedItem[];
  bands: LocalizedBand[];
  guidance: LocalizedGuidance[];
  scale: LocalizedScale;
  articleTitles: Record<ArticleId, string>;
};

type Source = {
  articles: { id: ArticleId; title: string }[];
  dimensions: Dimension[];
  items: Item[];
  bands: Band[];
  guidance: Guidance[];
  scale: Scale;
};

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
  };
}

/** Turns the bilingual content into the texts of one locale. */
export function localizeContent(source: Source, locale: Locale): LocalizedContent {
  const articleTitles = Object.fromEntries(source.articles.map((a) => [a.id, a.title])) as Record<ArticleId, string>;
  const sortedBands = [...source.bands].sort((a, b) => a.min - b.min);
  return {
    locale,
    articleTitles,
    dimensions: source.dimensions.map((d) => ({
      id: d.id,
      title: pick(d.title, locale),
      shortTitle: pick(d.shortTitle, locale),
      intro: pick(d.intro, locale),
      origin: pick(d.origin, locale),
      quote: localizeQuote(d.quote, locale, articleTitles),
      coachPrompts: d.coachPrompts.map((p) => pick(p, locale)),
    })),
    items: source.items.map((i) => ({
      id: i.id,
      dimension: i.dimension,
      weight: i.weight,
      prompt: pick(i.prompt, locale),
      help: i.help ? pick(i.help, locale) : null,
      gate: i.gate ? { reason: pick(i.gate.reason, locale) } : undefined,
    })),
    bands: sortedBands.map((b, index) => ({
      id: b.id,
      min: b.min,
      max: (sortedBands[index + 1]?.min ?? 101) - 1,
      name: pick(b.name, locale),
      verdict: pick(b.verdict, locale),
    })),
    guidance: source.guidance.map((g) => ({
      dimension: g.dimension,
      band: g.band,
      title: pick(g.title, locale),
      body: pick(g.body, locale),
      quote: localizeQuote(g.quote, locale, articleTitles),
      steps: g.steps.map((s) => pick(s, locale)),
    })),
    scale: {
      points: source.scale.points.map((p, index) => ({ value: (index + 1) as 1 | 2 | 3 | 4 | 5, label: pick(p, locale) })),
      unknown: pick(source.scale.unknown, locale),
      notApplicable: pick(source.scale.notApplicable, locale),
    },
  };
}

/** The article questions of one locale, for the Methode page. */
export function localizeArticleQuestions(questions: ArticleQuestion[], locale: Locale): LocalizedArticleQuestion[] {
  return questions.map((q) => ({
    id: q.id,
    article: q.article,
    original: q.original,
    translation: locale === 'de' ? null : q.en,
    items: q.items,
  }));
}
