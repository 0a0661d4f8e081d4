// The ids of the questionnaire's parts, as plain data. The browser needs them to score and to read stored answers; it
// never needs the schemas that check the content files (lib/content-schema.ts), so it does not build them.

/** The two locales of the product; de-CH is the default. */
export const locales = ['de', 'en'] as const;
export type Locale = (typeof locales)[number];

/** Who would run the firm's channels: the check asks it first, and the wording of items, cards and prompts follows it. */
export const runnerIds = ['owner', 'employee', 'outside', 'undecided'] as const;
export type RunnerId = (typeof runnerIds)[number];

/** Whom the firm mainly sells to; «mixed» keeps the neutral wording and the base weights. */
export const markets = ['b2b', 'b2c', 'mixed'] as const;
export type Market = (typeof markets)[number];
/** The markets that change wording or weights. */
export const textMarkets = ['b2b', 'b2c'] as const;
export type TextMarket = (typeof textMarkets)[number];

export const dimensionIds = [
  'strategy',
  'processes',
  'culture',
  'people',
  'time',
  'content',
  'audience',
  'community',
  'offline',
] as const;
export type DimensionId = (typeof dimensionIds)[number];

/** Readiness bands, lowest first. */
export const bandIds = ['early', 'building', 'ready', 'strong'] as const;
export type BandId = (typeof bandIds)[number];

/** Need levels, lowest first. */
export const needLevelIds = ['low', 'moderate', 'high'] as const;
export type NeedLevelId = (typeof needLevelIds)[number];

export const articleIds = ['must-have', 'real-networks'] as const;
export type ArticleId = (typeof articleIds)[number];

/** The answers to the articles' question, one per cell of the need × readiness matrix (see lib/verdict.ts). */
export const verdictIds = [
  'must-have-groundwork',
  'must-have-go',
  'targeted-groundwork',
  'targeted-go',
  'fad-for-now',
  'fad-but-ready',
  'need-unclear',
  'readiness-unclear',
] as const;
export type VerdictId = (typeof verdictIds)[number];
