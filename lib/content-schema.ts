// zod/mini keeps the validators that reach the browser small; the API is functional instead of chained.
import * as z from 'zod/mini';

// Before any schema is built: under the strict CSP, zod's probe for `new Function` is reported as a violation.
z.config({ jitless: true });

/** The two locales of the product; de-CH is the default. */
export const locales = ['de', 'en'] as const;
export type Locale = (typeof locales)[number];

const nonEmpty = () => z.string().check(z.minLength(1));
const shortWord = () => z.string().check(z.regex(/^\S{1,12}$/));

export const localizedSchema = z.strictObject({ de: nonEmpty(), en: nonEmpty() });
export type Localized = z.infer<typeof localizedSchema>;

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
export const dimensionIdSchema = z.enum(dimensionIds);
export type DimensionId = z.infer<typeof dimensionIdSchema>;

/** Readiness bands, lowest first. */
export const bandIds = ['early', 'building', 'ready', 'strong'] as const;
export const bandIdSchema = z.enum(bandIds);
export type BandId = z.infer<typeof bandIdSchema>;

export const articleIds = ['must-have', 'real-networks'] as const;
export const articleIdSchema = z.enum(articleIds);
export type ArticleId = z.infer<typeof articleIdSchema>;

/** A short quotation of the source article (always the German original) with an English rendering. */
export const quoteSchema = z.strictObject({
  article: articleIdSchema,
  original: z.string().check(z.minLength(1), z.maxLength(320)),
  en: z.string().check(z.minLength(1), z.maxLength(400)),
});
export type Quote = z.infer<typeof quoteSchema>;

export const articleSchema = z.strictObject({ id: articleIdSchema, title: nonEmpty(), author: nonEmpty(), note: localizedSchema });
export type Article = z.infer<typeof articleSchema>;

export const dimensionSchema = z.strictObject({
    id: dimensionIdSchema,
    title: localizedSchema,
    /** One word for tight spots such as the radar's axis labels on a phone, where the full title cannot fit. */
    shortTitle: z.strictObject({ de: shortWord(), en: shortWord() }),
    /** One sentence: what this step asks about. */
    intro: localizedSchema,
    /** Where the dimension comes from in the articles (for the Methode page). */
    origin: localizedSchema,
    quote: quoteSchema,
    /** Open questions a critical companion asks in coach mode (2–3). */
    coachPrompts: z.array(localizedSchema).check(z.minLength(2), z.maxLength(3)),
  });
export type Dimension = z.infer<typeof dimensionSchema>;

export const itemSchema = z.strictObject({
    id: z.string().check(z.regex(/^[a-z]+-[a-z0-9-]+$/)),
    dimension: dimensionIdSchema,
    prompt: localizedSchema,
    help: z.optional(localizedSchema),
    weight: z.int().check(z.minimum(1), z.maximum(3)),
    /** A gate answered low caps the overall level (nobody with the time or the will). */
    gate: z.optional(z.strictObject({ reason: localizedSchema })),
  });
export type Item = z.infer<typeof itemSchema>;

export const bandSchema = z.strictObject({
    id: bandIdSchema,
    /** Lowest score (inclusive) that reaches this band. */
    min: z.int().check(z.minimum(0), z.maximum(100)),
    name: localizedSchema,
    /** The verdict: answers the articles' question for a company at this level. */
    verdict: localizedSchema,
  });
export type Band = z.infer<typeof bandSchema>;

export const guidanceSchema = z.strictObject({
    dimension: dimensionIdSchema,
    band: bandIdSchema,
    title: localizedSchema,
    body: localizedSchema,
    quote: quoteSchema,
    steps: z.array(localizedSchema).check(z.minLength(2), z.maxLength(3)),
  });
export type Guidance = z.infer<typeof guidanceSchema>;

/** A question the articles ask, kept as data with the items that cover it. */
export const articleQuestionSchema = z.strictObject({
    id: nonEmpty(),
    article: articleIdSchema,
    /** The question as the article puts it (German original). */
    original: nonEmpty(),
    en: nonEmpty(),
    items: z.array(z.string()).check(z.minLength(1)),
  });
export type ArticleQuestion = z.infer<typeof articleQuestionSchema>;

/** The answer scale: five points of agreement plus «weiss nicht» and «trifft nicht zu». */
export const scaleValues = [1, 2, 3, 4, 5] as const;
export const scaleSchema = z.strictObject({
    points: z.array(localizedSchema).check(z.length(5)),
    unknown: localizedSchema,
    notApplicable: localizedSchema,
  });
export type Scale = z.infer<typeof scaleSchema>;
