// The schemas of the content files (content/): the tests check every text and figure against them, and the types of the
// content come from them. The browser never builds them: the ids it needs are in lib/content-ids.ts.
import * as v from 'valibot';
import { partialRecord } from './schema-parts';
import { channelIdSchema, contentFormats } from './channel-schema';
import { articleIds, bandIds, dimensionIds, markets, needLevelIds, runnerIds, textMarkets, verdictIds } from './content-ids';

export type { ArticleId, BandId, DimensionId, Locale, Market, NeedLevelId, RunnerId, TextMarket, VerdictId } from './content-ids';

const nonEmpty = () => v.pipe(v.string(), v.minLength(1));
const shortWord = () => v.pipe(v.string(), v.regex(/^\S{1,12}$/));

export const localizedSchema = v.strictObject({ de: nonEmpty(), en: nonEmpty() });
export type Localized = v.InferOutput<typeof localizedSchema>;

const runnerIdSchema = v.picklist(runnerIds);
const textMarketSchema = v.picklist(textMarkets);

/**
 * A text with optional variants: `de`/`en` is the wording for an employee in charge and a mixed or unknown market;
 * `runner` and `market` hold the wording for another runner or market (a runner variant wins over a market variant).
 */
export const variedSchema = v.strictObject({
  de: nonEmpty(),
  en: nonEmpty(),
  runner: v.optional(partialRecord(runnerIdSchema, localizedSchema)),
  market: v.optional(partialRecord(textMarketSchema, localizedSchema)),
});
export type Varied = v.InferOutput<typeof variedSchema>;

/** Two up to `max` varied texts: the coach's prompts of a step, the steps of a card. */
const variedList = (max: number) => v.pipe(v.array(variedSchema), v.minLength(2), v.maxLength(max));

const dimensionIdSchema = v.picklist(dimensionIds);
const bandIdSchema = v.picklist(bandIds);
const articleIdSchema = v.picklist(articleIds);

/**
 * A short quotation of the source article (always the German original) with an English rendering; `quotedFrom`
 * names the source the post itself quotes (the GDI-Impuls headline), so the words are not put in the author's mouth.
 */
export const quoteSchema = v.strictObject({
  article: articleIdSchema,
  original: v.pipe(v.string(), v.minLength(1), v.maxLength(320)),
  en: v.pipe(v.string(), v.minLength(1), v.maxLength(400)),
  quotedFrom: v.optional(localizedSchema),
});
export type Quote = v.InferOutput<typeof quoteSchema>;

export const articleSchema = v.strictObject({ id: articleIdSchema, title: nonEmpty(), author: nonEmpty(), note: localizedSchema });
export type Article = v.InferOutput<typeof articleSchema>;

export const dimensionSchema = v.strictObject({
    id: dimensionIdSchema,
    title: localizedSchema,
    /** One word for tight spots such as the radar's axis labels on a phone, where the full title cannot fit. */
    shortTitle: v.strictObject({ de: shortWord(), en: shortWord() }),
    /** One sentence: what this step asks about. */
    intro: variedSchema,
    /** Where the dimension comes from in the articles (for the Methode page). */
    origin: localizedSchema,
    quote: quoteSchema,
    /** Open questions a critical companion asks in coach mode (2–3). */
    coachPrompts: variedList(3),
  });
export type Dimension = v.InferOutput<typeof dimensionSchema>;

const weightSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3));

export const itemSchema = v.strictObject({
    id: v.pipe(v.string(), v.regex(/^[a-z]+-[a-z0-9-]+$/)),
    dimension: dimensionIdSchema,
    prompt: variedSchema,
    help: v.optional(variedSchema),
    weight: weightSchema,
    /** Where B2B or B2C changes how much the item counts. */
    weightByMarket: v.optional(partialRecord(textMarketSchema, weightSchema)),
    /**
     * A gate not met (answered low, «weiss nicht» or left open) caps the overall level: nobody with the time or the will.
     * `reason` is said when it is answered low, `unclear` when it is not known.
     */
    gate: v.optional(v.strictObject({ reason: variedSchema, unclear: variedSchema })),
  });
export type Item = v.InferOutput<typeof itemSchema>;

/** A statement of the need step: full agreement means the firm needs a presence (not that it is ready). */
export const needItemSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^need-[a-z0-9-]+$/)),
  prompt: variedSchema,
  help: v.optional(variedSchema),
  weight: weightSchema,
  weightByMarket: v.optional(partialRecord(textMarketSchema, weightSchema)),
});
export type NeedItem = v.InferOutput<typeof needItemSchema>;

/** A question with fixed choices (who runs the channels, whom the firm sells to), asked before the statements. */
export const choiceQuestionSchema = <const T extends readonly [string, ...string[]]>(values: T) =>
  v.strictObject({
    legend: localizedSchema,
    help: v.optional(localizedSchema),
    /** One wording per choice, every choice. */
    options: v.strictObject(
      Object.fromEntries(values.map((id) => [id, localizedSchema])) as { [K in T[number]]: typeof localizedSchema },
    ),
  });
export const runnerQuestionSchema = choiceQuestionSchema(runnerIds);
export const marketQuestionSchema = choiceQuestionSchema(markets);
export type RunnerQuestion = v.InferOutput<typeof runnerQuestionSchema>;
export type MarketQuestion = v.InferOutput<typeof marketQuestionSchema>;

/** The need step: its texts, the two choice questions and the statements. */
export const needStepSchema = v.strictObject({
  title: localizedSchema,
  intro: localizedSchema,
  origin: localizedSchema,
  quote: quoteSchema,
  coachPrompts: variedList(3),
  runner: runnerQuestionSchema,
  market: marketQuestionSchema,
});
export type NeedStep = v.InferOutput<typeof needStepSchema>;

/**
 * What every level holds (the readiness bands, the need levels): the lowest score (inclusive) that reaches it, its
 * name, and what it means (the verdict weighs need and readiness together).
 */
const levelFields = <Id extends v.GenericSchema>(id: Id) => ({
  id,
  min: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
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

const needLevelIdSchema = v.picklist(needLevelIds);

export const needLevelSchema = v.strictObject(levelFields(needLevelIdSchema));
export type NeedLevel = v.InferOutput<typeof needLevelSchema>;

export const bandSchema = v.strictObject(levelFields(bandIdSchema));
export type Band = v.InferOutput<typeof bandSchema>;

export const guidanceSchema = v.strictObject({
  dimension: dimensionIdSchema,
  band: bandIdSchema,
  ...cardFields,
  /** The card sends the owner to win followers or reach: never shown while a gate is not met. */
  growsReach: v.optional(v.literal(true)),
});
export type Guidance = v.InferOutput<typeof guidanceSchema>;

/** The card for a gate's topic while the gate is not met: answered low («failed») or not known («unknown»). */
export const gateGuidanceSchema = v.strictObject({
  item: v.pipe(v.string(), v.minLength(1)),
  status: v.picklist(['failed', 'unknown']),
  ...cardFields,
});
export type GateGuidance = v.InferOutput<typeof gateGuidanceSchema>;

/** Shown instead of a card that grows reach while a gate is not met: what to do with that topic meanwhile. */
export const holdGuidanceSchema = v.strictObject({ dimension: dimensionIdSchema, ...cardFields });
export type HoldGuidance = v.InferOutput<typeof holdGuidanceSchema>;


export const verdictSchema = v.strictObject({
  id: v.picklist(verdictIds),
  /** The answer in a few words, e.g. «Must Have – aber zuerst die Grundlagen legen». */
  title: localizedSchema,
  body: variedSchema,
  /** What to do, or the minimum presence that pays in any case. */
  stepsTitle: localizedSchema,
  steps: variedList(4),
  quote: quoteSchema,
});
export type Verdict = v.InferOutput<typeof verdictSchema>;

/** A question the articles ask, kept as data with the items that cover it. */
export const articleQuestionSchema = v.strictObject({
    id: nonEmpty(),
    article: articleIdSchema,
    /** The question as the article puts it (German original). */
    original: nonEmpty(),
    en: nonEmpty(),
    quotedFrom: v.optional(localizedSchema),
    /** Items and need items that cover it. */
    items: v.pipe(v.array(v.string()), v.minLength(1)),
  });
export type ArticleQuestion = v.InferOutput<typeof articleQuestionSchema>;

/** The answer scale: five points of agreement plus «weiss nicht» and «trifft nicht zu». */
export const scaleValues = [1, 2, 3, 4, 5] as const;
export const scaleSchema = v.strictObject({
    points: v.pipe(v.array(localizedSchema), v.length(5)),
    unknown: localizedSchema,
    notApplicable: localizedSchema,
  });
export type Scale = v.InferOutput<typeof scaleSchema>;

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
const fit = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3));

/** A figure with its publisher, study and year; `old` marks a figure the app shows as dated. */
export const sourcedFactSchema = v.strictObject({
  text: localizedSchema,
  publisher: v.pipe(v.string(), v.minLength(1)),
  study: v.pipe(v.string(), v.minLength(1)),
  year: v.pipe(v.number(), v.integer(), v.minValue(2000), v.maxValue(2100)),
  old: v.optional(v.boolean()),
});
export type SourcedFact = v.InferOutput<typeof sourcedFactSchema>;

/** What content/channels.ts says about each channel of the plan. */
export const channelSchema = v.strictObject({
  id: channelIdSchema,
  name: localizedSchema,
  /** How well it reaches business customers and private customers (0–3). */
  audience: v.strictObject({ b2b: fit, b2c: fit }),
  /** How well it serves a firm whose customers are near, in the region, or across the country (0–3). */
  reach: v.strictObject({ local: fit, regional: fit, national: fit }),
  /** What it is good for (0–3 per goal). */
  goals: v.strictObject({ enquiries: fit, applicants: fit, regulars: fit, findable: fit, network: fit }),
  /** What one has to make to keep it alive; the plan prefers channels whose format the person likes to make. */
  formats: v.pipe(v.array(v.picklist(contentFormats)), v.minLength(1)),
  /** The weekly rhythm: the fewest posts that keep it alive and the most worth making, minutes each, replies a week. */
  rhythm: v.strictObject({
    minPosts: v.pipe(v.number(), v.gtValue(0), v.maxValue(7)),
    maxPosts: v.pipe(v.number(), v.gtValue(0), v.maxValue(7)),
    minutesPerPost: v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(180)),
    replyMinutes: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(120)),
    post: localizedSchema,
  }),
  /** One sentence each, in the owner's terms: why it fits a business-customer firm, and why a private-customer one. */
  why: v.strictObject({ b2b: localizedSchema, b2c: localizedSchema }),
  /** Which real meetings, events or calls it leads to: online maintains, offline decides. */
  offline: localizedSchema,
  /** How to pause it without leaving a deserted profile behind. */
  pause: localizedSchema,
  facts: v.array(sourcedFactSchema),
});
export type Channel = v.InferOutput<typeof channelSchema>;
