import { z } from 'zod';

// Before any schema is built: under the strict CSP, zod's probe for `new Function` is reported as a violation.
z.config({ jitless: true });

/** The two locales of the product; de-CH is the default. */
export const locales = ['de', 'en'] as const;
export type Locale = (typeof locales)[number];

export const localizedSchema = z.object({ de: z.string().min(1), en: z.string().min(1) }).strict();
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
export const quoteSchema = z
  .object({ article: articleIdSchema, original: z.string().min(1).max(320), en: z.string().min(1).max(400) })
  .strict();
export type Quote = z.infer<typeof quoteSchema>;

export const articleSchema = z
  .object({ id: articleIdSchema, title: z.string().min(1), author: z.string().min(1), note: localizedSchema })
  .strict();
export type Article = z.infer<typeof articleSchema>;

export const dimensionSchema = z
  .object({
    id: dimensionIdSchema,
    title: localizedSchema,
    /** One sentence: what this step asks about. */
    intro: localizedSchema,
    /** Where the dimension comes from in the articles (for the Methode page). */
    origin: localizedSchema,
    quote: quoteSchema,
    /** Open questions a critical companion asks in coach mode (2–3). */
    coachPrompts: z.array(localizedSchema).min(2).max(3),
  })
  .strict();
export type Dimension = z.infer<typeof dimensionSchema>;

export const itemSchema = z
  .object({
    id: z.string().regex(/^[a-z]+-[a-z0-9-]+$/),
    dimension: dimensionIdSchema,
    prompt: localizedSchema,
    help: localizedSchema.optional(),
    weight: z.number().int().min(1).max(3),
    /** A gate answered low caps the overall level (nobody with the time or the will). */
    gate: z.object({ reason: localizedSchema }).strict().optional(),
  })
  .strict();
export type Item = z.infer<typeof itemSchema>;

export const bandSchema = z
  .object({
    id: bandIdSchema,
    /** Lowest score (inclusive) that reaches this band. */
    min: z.number().int().min(0).max(100),
    name: localizedSchema,
    /** The verdict: answers the articles' question for a company at this level. */
    verdict: localizedSchema,
  })
  .strict();
export type Band = z.infer<typeof bandSchema>;

export const guidanceSchema = z
  .object({
    dimension: dimensionIdSchema,
    band: bandIdSchema,
    title: localizedSchema,
    body: localizedSchema,
    quote: quoteSchema,
    steps: z.array(localizedSchema).min(2).max(3),
  })
  .strict();
export type Guidance = z.infer<typeof guidanceSchema>;

/** A question the articles ask, kept as data with the items that cover it. */
export const articleQuestionSchema = z
  .object({
    id: z.string().min(1),
    article: articleIdSchema,
    /** The question as the article puts it (German original). */
    original: z.string().min(1),
    en: z.string().min(1),
    items: z.array(z.string()).min(1),
  })
  .strict();
export type ArticleQuestion = z.infer<typeof articleQuestionSchema>;

/** The answer scale: five points of agreement plus «weiss nicht» and «trifft nicht zu». */
export const scaleValues = [1, 2, 3, 4, 5] as const;
export const scaleSchema = z
  .object({
    points: z.array(localizedSchema).length(5),
    unknown: localizedSchema,
    notApplicable: localizedSchema,
  })
  .strict();
export type Scale = z.infer<typeof scaleSchema>;
