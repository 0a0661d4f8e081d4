// The schemas of the content files (content/): the tests check every text and figure against them, and the types of the
// content come from them. The browser never builds them: the ids it needs are in lib/content-ids.ts.
import * as z from './zod';
import { channelIdSchema, contentFormats } from './channel-schema';
import { articleIds, bandIds, dimensionIds, markets, needLevelIds, runnerIds, textMarkets, verdictIds } from './content-ids';

export type { ArticleId, BandId, DimensionId, Locale, Market, NeedLevelId, RunnerId, TextMarket, VerdictId } from './content-ids';

const nonEmpty = () => z.string().check(z.minLength(1));
const shortWord = () => z.string().check(z.regex(/^\S{1,12}$/));

export const localizedSchema = z.strictObject({ de: nonEmpty(), en: nonEmpty() });
export type Localized = z.infer<typeof localizedSchema>;

const runnerIdSchema = z.enum(runnerIds);
const textMarketSchema = z.enum(textMarkets);

/**
 * A text with optional variants: `de`/`en` is the wording for an employee in charge and a mixed or unknown market;
 * `runner` and `market` hold the wording for another runner or market (a runner variant wins over a market variant).
 */
export const variedSchema = z.strictObject({
  de: nonEmpty(),
  en: nonEmpty(),
  runner: z.optional(z.partialRecord(runnerIdSchema, localizedSchema)),
  market: z.optional(z.partialRecord(textMarketSchema, localizedSchema)),
});
export type Varied = z.infer<typeof variedSchema>;

/** Two up to `max` varied texts: the coach's prompts of a step, the steps of a card. */
const variedList = (max: number) => z.array(variedSchema).check(z.minLength(2), z.maxLength(max));

const dimensionIdSchema = z.enum(dimensionIds);
const bandIdSchema = z.enum(bandIds);
const articleIdSchema = z.enum(articleIds);

/**
 * A short quotation of the source article (always the German original) with an English rendering; `quotedFrom`
 * names the source the post itself quotes (the GDI-Impuls headline), so the words are not put in the author's mouth.
 */
export const quoteSchema = z.strictObject({
  article: articleIdSchema,
  original: z.string().check(z.minLength(1), z.maxLength(320)),
  en: z.string().check(z.minLength(1), z.maxLength(400)),
  quotedFrom: z.optional(localizedSchema),
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
    intro: variedSchema,
    /** Where the dimension comes from in the articles (for the Methode page). */
    origin: localizedSchema,
    quote: quoteSchema,
    /** Open questions a critical companion asks in coach mode (2–3). */
    coachPrompts: variedList(3),
  });
export type Dimension = z.infer<typeof dimensionSchema>;

const weightSchema = z.int().check(z.minimum(1), z.maximum(3));

export const itemSchema = z.strictObject({
    id: z.string().check(z.regex(/^[a-z]+-[a-z0-9-]+$/)),
    dimension: dimensionIdSchema,
    prompt: variedSchema,
    help: z.optional(variedSchema),
    weight: weightSchema,
    /** Where B2B or B2C changes how much the item counts. */
    weightByMarket: z.optional(z.partialRecord(textMarketSchema, weightSchema)),
    /**
     * A gate not met (answered low, «weiss nicht» or left open) caps the overall level: nobody with the time or the will.
     * `reason` is said when it is answered low, `unclear` when it is not known.
     */
    gate: z.optional(z.strictObject({ reason: variedSchema, unclear: variedSchema })),
  });
export type Item = z.infer<typeof itemSchema>;

/** A statement of the need step: full agreement means the firm needs a presence (not that it is ready). */
export const needItemSchema = z.strictObject({
  id: z.string().check(z.regex(/^need-[a-z0-9-]+$/)),
  prompt: variedSchema,
  help: z.optional(variedSchema),
  weight: weightSchema,
  weightByMarket: z.optional(z.partialRecord(textMarketSchema, weightSchema)),
});
export type NeedItem = z.infer<typeof needItemSchema>;

/** A question with fixed choices (who runs the channels, whom the firm sells to), asked before the statements. */
export const choiceQuestionSchema = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.strictObject({
    legend: localizedSchema,
    help: z.optional(localizedSchema),
    options: z.record(z.enum(values), localizedSchema),
  });
export const runnerQuestionSchema = choiceQuestionSchema(runnerIds);
export const marketQuestionSchema = choiceQuestionSchema(markets);
export type RunnerQuestion = z.infer<typeof runnerQuestionSchema>;
export type MarketQuestion = z.infer<typeof marketQuestionSchema>;

/** The need step: its texts, the two choice questions and the statements. */
export const needStepSchema = z.strictObject({
  title: localizedSchema,
  intro: localizedSchema,
  origin: localizedSchema,
  quote: quoteSchema,
  coachPrompts: variedList(3),
  runner: runnerQuestionSchema,
  market: marketQuestionSchema,
});
export type NeedStep = z.infer<typeof needStepSchema>;

/**
 * What every level holds (the readiness bands, the need levels): the lowest score (inclusive) that reaches it, its
 * name, and what it means (the verdict weighs need and readiness together).
 */
const levelFields = <Id extends z.ZodMiniType>(id: Id) => ({
  id,
  min: z.int().check(z.minimum(0), z.maximum(100)),
  name: localizedSchema,
  meaning: localizedSchema,
});

/** What every card of advice holds: a title, a body, a quotation from the articles and two or three steps. */
const cardFields = {
  title: variedSchema,
  body: variedSchema,
  quote: quoteSchema,
  steps: variedList(3),
};

const needLevelIdSchema = z.enum(needLevelIds);

export const needLevelSchema = z.strictObject(levelFields(needLevelIdSchema));
export type NeedLevel = z.infer<typeof needLevelSchema>;

export const bandSchema = z.strictObject(levelFields(bandIdSchema));
export type Band = z.infer<typeof bandSchema>;

export const guidanceSchema = z.strictObject({
  dimension: dimensionIdSchema,
  band: bandIdSchema,
  ...cardFields,
  /** The card sends the owner to win followers or reach: never shown while a gate is not met. */
  growsReach: z.optional(z.literal(true)),
});
export type Guidance = z.infer<typeof guidanceSchema>;

/** The card for a gate's topic while the gate is not met: answered low («failed») or not known («unknown»). */
export const gateGuidanceSchema = z.strictObject({
  item: z.string().check(z.minLength(1)),
  status: z.enum(['failed', 'unknown']),
  ...cardFields,
});
export type GateGuidance = z.infer<typeof gateGuidanceSchema>;

/** Shown instead of a card that grows reach while a gate is not met: what to do with that topic meanwhile. */
export const holdGuidanceSchema = z.strictObject({ dimension: dimensionIdSchema, ...cardFields });
export type HoldGuidance = z.infer<typeof holdGuidanceSchema>;


export const verdictSchema = z.strictObject({
  id: z.enum(verdictIds),
  /** The answer in a few words, e.g. «Must Have – aber zuerst die Grundlagen legen». */
  title: localizedSchema,
  body: variedSchema,
  /** What to do, or the minimum presence that pays in any case. */
  stepsTitle: localizedSchema,
  steps: variedList(4),
  quote: quoteSchema,
});
export type Verdict = z.infer<typeof verdictSchema>;

/** A question the articles ask, kept as data with the items that cover it. */
export const articleQuestionSchema = z.strictObject({
    id: nonEmpty(),
    article: articleIdSchema,
    /** The question as the article puts it (German original). */
    original: nonEmpty(),
    en: nonEmpty(),
    quotedFrom: z.optional(localizedSchema),
    /** Items and need items that cover it. */
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

/** The whole questionnaire as data; lib/ scores against it, app/ renders it. */
export type ContentModel = {
  articles: Article[];
  dimensions: Dimension[];
  items: Item[];
  need: NeedStep;
  needItems: NeedItem[];
  needLevels: NeedLevel[];
  bands: Band[];
  guidance: Guidance[];
  gateGuidance: GateGuidance[];
  holdGuidance: HoldGuidance[];
  verdicts: Verdict[];
  articleQuestions: ArticleQuestion[];
  scale: Scale;
};

/** How well a channel serves an audience, a reach or a goal: 0 (not) to 3 (very well). */
const fit = z.int().check(z.minimum(0), z.maximum(3));

/** A figure with its publisher, study and year; `old` marks a figure the app shows as dated. */
export const sourcedFactSchema = z.strictObject({
  text: localizedSchema,
  publisher: z.string().check(z.minLength(1)),
  study: z.string().check(z.minLength(1)),
  year: z.int().check(z.minimum(2000), z.maximum(2100)),
  old: z.optional(z.boolean()),
});
export type SourcedFact = z.infer<typeof sourcedFactSchema>;

/** What content/channels.ts says about each channel of the plan. */
export const channelSchema = z.strictObject({
  id: channelIdSchema,
  name: localizedSchema,
  /** How well it reaches business customers and private customers (0–3). */
  audience: z.strictObject({ b2b: fit, b2c: fit }),
  /** How well it serves a firm whose customers are near, in the region, or across the country (0–3). */
  reach: z.strictObject({ local: fit, regional: fit, national: fit }),
  /** What it is good for (0–3 per goal). */
  goals: z.strictObject({ enquiries: fit, applicants: fit, regulars: fit, findable: fit, network: fit }),
  /** What one has to make to keep it alive; the plan prefers channels whose format the person likes to make. */
  formats: z.array(z.enum(contentFormats)).check(z.minLength(1)),
  /** The weekly rhythm: the fewest posts that keep it alive and the most worth making, minutes each, replies a week. */
  rhythm: z.strictObject({
    minPosts: z.number().check(z.positive(), z.maximum(7)),
    maxPosts: z.number().check(z.positive(), z.maximum(7)),
    minutesPerPost: z.int().check(z.minimum(5), z.maximum(180)),
    replyMinutes: z.int().check(z.minimum(0), z.maximum(120)),
    post: localizedSchema,
  }),
  /** One sentence each, in the owner's terms: why it fits a business-customer firm, and why a private-customer one. */
  why: z.strictObject({ b2b: localizedSchema, b2c: localizedSchema }),
  /** Which real meetings, events or calls it leads to: online maintains, offline decides. */
  offline: localizedSchema,
  /** How to pause it without leaving a deserted profile behind. */
  pause: localizedSchema,
  facts: z.array(sourcedFactSchema),
});
export type Channel = z.infer<typeof channelSchema>;
