// The channel plan as data: what the owner says about customers, goal, hours and channels, and what content/channels.ts
// says about each channel. Kept apart from the scored items: these answers choose channels, they do not score readiness.
import * as z from 'zod/mini';
import { localizedSchema } from './content-schema';

export const channelIds = ['google-business', 'linkedin', 'facebook', 'instagram', 'whatsapp-business', 'youtube', 'tiktok', 'xing', 'x'] as const;
export const channelIdSchema = z.enum(channelIds);
export type ChannelId = z.infer<typeof channelIdSchema>;

/** Whom the firm sells to; asked once, in the need step, as the profile's market. */
export const customerKinds = ['b2b', 'b2c', 'mixed'] as const;
export const reaches = ['local', 'regional', 'national'] as const;
export const channelGoals = ['enquiries', 'applicants', 'regulars', 'findable', 'network'] as const;
export const contentFormats = ['text', 'photo', 'video'] as const;
/** How recently a channel the firm has was last fed: up to 4 weeks, 1–6 months, longer. */
export const channelStates = ['active', 'dormant', 'abandoned'] as const;
/** Hours a week someone can really give the channels; 0 is an honest answer too. */
export const weeklyHours = [0, 0.5, 1, 2, 3, 5, 8] as const;

export type CustomerKind = (typeof customerKinds)[number];
export type Reach = (typeof reaches)[number];
export type ChannelGoal = (typeof channelGoals)[number];
export type ContentFormat = (typeof contentFormats)[number];
export type ChannelState = (typeof channelStates)[number];

/** The owner's answers for the channel plan; everything optional until given. Whom the firm sells to is the profile's. */
export const channelAnswersSchema = z.object({
  reach: z.optional(z.enum(reaches)),
  goals: z._default(z.array(z.enum(channelGoals)).check(z.maxLength(channelGoals.length)), []),
  hours: z.optional(z.literal(weeklyHours)),
  /** What the person who feeds the channels likes to make; an empty list after answering means «none of these». */
  formats: z.optional(z.array(z.enum(contentFormats)).check(z.maxLength(contentFormats.length))),
  existing: z._default(z.partialRecord(channelIdSchema, z.enum(channelStates)), {}),
});
export type ChannelAnswers = z.infer<typeof channelAnswersSchema>;
/** Channel answers before any is given. */
export const emptyChannelAnswers = (): ChannelAnswers => ({ goals: [], existing: {} });

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
