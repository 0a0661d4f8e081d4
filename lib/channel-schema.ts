// The channel plan's ids and what the owner says about customers, goal, hours and channels (what content/channels.ts
// says about each channel is checked by lib/content-schema.ts). Kept apart from the scored items: these answers choose
// channels, they do not score readiness.
import * as v from 'valibot';
import { object, partialRecord } from './schema-parts';

export const channelIds = ['google-business', 'linkedin', 'facebook', 'instagram', 'whatsapp-business', 'youtube', 'tiktok', 'xing', 'x'] as const;
export const channelIdSchema = v.picklist(channelIds);
export type ChannelId = v.InferOutput<typeof channelIdSchema>;

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
export const channelAnswersSchema = object({
  reach: v.optional(v.picklist(reaches)),
  goals: v.optional(v.pipe(v.array(v.picklist(channelGoals)), v.maxLength(channelGoals.length)), []),
  hours: v.optional(v.picklist(weeklyHours)),
  /** What the person who feeds the channels likes to make; an empty list after answering means «none of these». */
  formats: v.optional(v.pipe(v.array(v.picklist(contentFormats)), v.maxLength(contentFormats.length))),
  existing: v.optional(partialRecord(channelIdSchema, v.picklist(channelStates)), {}),
});
export type ChannelAnswers = v.InferOutput<typeof channelAnswersSchema>;
/** Channel answers before any is given. */
export const emptyChannelAnswers = (): ChannelAnswers => ({ goals: [], existing: {} });
