import type { Channel } from './content-schema';
import {
  channelIds,
  type ChannelAnswers,
  type ChannelGoal,
  type ChannelId,
  type ChannelState,
  type ContentFormat,
  type CustomerKind,
  type Reach,
} from './channel-schema';

/** Minutes a week a findable, answered minimum presence takes: profile up to date, messages and reviews answered. */
export const PRESENCE_MINUTES = 20;
/** A small firm runs at most this many channels at once; more is the same plan in a hurry. */
export const MAX_CHANNELS = 3;
/** Below this fit a channel is not worth starting, however much time there is. */
export const MIN_FIT = 6;

export type PlanQuestion = 'customers' | 'reach' | 'goals' | 'hours' | 'formats';
export type PlanReason =
  | { kind: 'audience'; customers: CustomerKind }
  | { kind: 'goal'; goal: ChannelGoal }
  | { kind: 'format'; format: ContentFormat }
  | { kind: 'running' };

export type PlannedChannel = {
  channel: ChannelId;
  fit: number;
  postsPerWeek: number;
  minutesPerPost: number;
  /** Replies and comments; zero when the minimum presence on the same channel already covers them. */
  replyMinutes: number;
  minutes: number;
  reasons: PlanReason[];
};

export type ExistingAdvice = { channel: ChannelId; state: ChannelState; advice: 'keep' | 'revive' | 'pause' | 'close' };

export type ChannelPlan =
  | { status: 'incomplete'; missing: PlanQuestion[] }
  | {
      /** wait: a gate failed, so no new channel; minimum: time for no more than being findable; plan: channels. */
      status: 'wait' | 'minimum' | 'plan';
      /** Being findable and answering, on the channel that suits the firm best for that; null without the time for it. */
      presence: { channel: ChannelId; minutes: number } | null;
      channels: PlannedChannel[];
      existing: ExistingAdvice[];
      budgetMinutes: number;
      totalMinutes: number;
    };

/** What the plan reads of a channel: its fit and its rhythm, in any language (the texts are not read). */
export type PlanChannelData = Pick<Channel, 'id' | 'audience' | 'reach' | 'goals' | 'formats'> & {
  rhythm: Pick<Channel['rhythm'], 'minPosts' | 'maxPosts' | 'minutesPerPost' | 'replyMinutes'>;
};

/** A channel cut to what the plan reads, for a page that shows no channel texts. */
export function toPlanChannel({ id, audience, reach, goals, formats, rhythm }: Channel): PlanChannelData {
  const { minPosts, maxPosts, minutesPerPost, replyMinutes } = rhythm;
  return { id, audience, reach, goals, formats, rhythm: { minPosts, maxPosts, minutesPerPost, replyMinutes } };
}

function audienceFit(channel: PlanChannelData, customers: CustomerKind): number {
  return customers === 'mixed' ? Math.max(channel.audience.b2b, channel.audience.b2c) : channel.audience[customers];
}

type KnownAnswers = { customers: CustomerKind; reach: Reach; goals: ChannelGoal[]; formats: ContentFormat[] };

/** How well a channel fits the firm (higher is better); the same answers always give the same number. */
export function fitChannel(channel: PlanChannelData, answers: KnownAnswers, state?: ChannelState): number {
  const audience = audienceFit(channel, answers.customers);
  if (audience === 0) return 0;
  const goals = answers.goals.length === 0 ? 0 : Math.max(...answers.goals.map((g) => channel.goals[g]));
  const likes = channel.formats.some((f) => answers.formats.includes(f));
  // A channel that needs what nobody likes to make dies within weeks: it does not qualify at all.
  if (!likes) return 0;
  return audience * 2 + channel.reach[answers.reach] + goals * 2 + (state === 'active' ? 1 : 0);
}

function reasonsFor(channel: PlanChannelData, answers: KnownAnswers, state?: ChannelState): PlanReason[] {
  const reasons: PlanReason[] = [{ kind: 'audience', customers: answers.customers }];
  const best = [...answers.goals].sort((a, b) => channel.goals[b] - channel.goals[a])[0];
  if (best && channel.goals[best] >= 2) reasons.push({ kind: 'goal', goal: best });
  const format = channel.formats.find((f) => answers.formats.includes(f));
  if (format) reasons.push({ kind: 'format', format });
  if (state === 'active') reasons.push({ kind: 'running' });
  return reasons;
}

/** The channel where being findable and answered matters most: the map for local or private customers, else LinkedIn. */
export function presenceChannel(customers: CustomerKind, reach: Reach): ChannelId {
  return customers !== 'b2b' || reach === 'local' ? 'google-business' : 'linkedin';
}

/** Which plan questions are still open. */
export function missingPlanAnswers(answers: ChannelAnswers, customers: CustomerKind | undefined): PlanQuestion[] {
  const missing: PlanQuestion[] = [];
  if (!customers) missing.push('customers');
  if (!answers.reach) missing.push('reach');
  if (answers.goals.length === 0) missing.push('goals');
  if (answers.hours === undefined) missing.push('hours');
  if (answers.formats === undefined) missing.push('formats');
  return missing;
}

const cost = (posts: number, channel: PlanChannelData, withReplies: boolean) =>
  Math.round(posts * channel.rhythm.minutesPerPost + (withReplies ? channel.rhythm.replyMinutes : 0));

/**
 * The channel plan: a ranked short list that fits the customers, the goal and what the person likes to make, with a
 * weekly rhythm whose sum never exceeds the hours given, and what to do with the channels the firm already has.
 * Less time means fewer channels, never the same plan in a hurry. While a gate fails (nobody with the time or the
 * will), no channel is started. Pure; never throws.
 */
export function planChannels(
  customers: CustomerKind | undefined,
  answers: ChannelAnswers,
  catalogue: readonly PlanChannelData[],
  options: { gateFailed: boolean },
): ChannelPlan {
  const missing = missingPlanAnswers(answers, customers);
  if (missing.length > 0) return { status: 'incomplete', missing };
  const known = { customers: customers!, reach: answers.reach!, goals: answers.goals, formats: answers.formats! };
  const budget = Math.round(answers.hours! * 60);
  const order = (id: ChannelId) => channelIds.indexOf(id);

  const ranked = catalogue
    .map((channel) => ({ channel, fit: fitChannel(channel, known, answers.existing[channel.id]) }))
    .filter(({ fit }) => fit >= MIN_FIT)
    .sort((a, b) => b.fit - a.fit || order(a.channel.id) - order(b.channel.id));

  const presenceId = presenceChannel(known.customers, known.reach);
  const presence = budget >= PRESENCE_MINUTES ? { channel: presenceId, minutes: PRESENCE_MINUTES } : null;
  let spent = presence?.minutes ?? 0;
  const planned: PlannedChannel[] = [];

  if (!options.gateFailed && presence) {
    // In rank order, and stop at the first that does not fit: more time can only add channels, never swap them.
    for (const { channel, fit } of ranked) {
      if (planned.length === MAX_CHANNELS) break;
      const withReplies = channel.id !== presenceId;
      const minutes = cost(channel.rhythm.minPosts, channel, withReplies);
      if (spent + minutes > budget) break;
      spent += minutes;
      planned.push({
        channel: channel.id,
        fit,
        postsPerWeek: channel.rhythm.minPosts,
        minutesPerPost: channel.rhythm.minutesPerPost,
        replyMinutes: withReplies ? channel.rhythm.replyMinutes : 0,
        minutes,
        reasons: reasonsFor(channel, known, answers.existing[channel.id]),
      });
    }
    // Time left over goes into more posts on the channels that fit best, up to what is worth making.
    for (const line of planned) {
      const channel = catalogue.find((c) => c.id === line.channel)!;
      const step = channel.rhythm.minPosts;
      while (line.postsPerWeek + step <= channel.rhythm.maxPosts + 1e-9) {
        const more = cost(line.postsPerWeek + step, channel, line.replyMinutes > 0) - line.minutes;
        if (spent + more > budget) break;
        line.postsPerWeek = Math.round((line.postsPerWeek + step) * 100) / 100;
        line.minutes += more;
        spent += more;
      }
    }
  }

  const existing: ExistingAdvice[] = channelIds
    .filter((id) => answers.existing[id] !== undefined)
    .map((id) => {
      const state = answers.existing[id]!;
      const kept = planned.some((p) => p.channel === id) || presence?.channel === id;
      if (kept) return { channel: id, state, advice: state === 'active' ? 'keep' : 'revive' };
      // A deserted profile says something too: pause what may come back, close what has long been dead and does not fit.
      const fits = ranked.some((r) => r.channel.id === id);
      return { channel: id, state, advice: state === 'abandoned' && !fits ? 'close' : 'pause' };
    });

  const status = options.gateFailed ? 'wait' : planned.length === 0 ? 'minimum' : 'plan';
  return { status, presence, channels: planned, existing, budgetMinutes: budget, totalMinutes: spent };
}

/**
 * The plan for one assessment: whom the firm sells to comes from its profile, the rest from its channel answers; a gate
 * answered low (nobody with the time or the will) means no new channel. The one place results, print and comparison
 * take the plan from. Pure; never throws.
 */
export function planForAssessment(
  assessment: { profile: { market?: CustomerKind }; channels: ChannelAnswers },
  result: { cappedBy: readonly unknown[] },
  catalogue: readonly PlanChannelData[],
): ChannelPlan {
  return planChannels(assessment.profile.market, assessment.channels, catalogue, { gateFailed: result.cappedBy.length > 0 });
}

/** How a weekly number of posts reads: once a month, every two weeks, or so many a week. */
export function cadenceOf(postsPerWeek: number): { kind: 'month' | 'fortnight' | 'week'; count: number } {
  if (postsPerWeek < 0.5) return { kind: 'month', count: Math.max(1, Math.round(postsPerWeek * 4)) };
  if (postsPerWeek < 1) return { kind: 'fortnight', count: 1 };
  return { kind: 'week', count: Math.round(postsPerWeek * 10) / 10 };
}

type Text = { de: string; en: string };
type Localize<T> = T extends Text ? string : T extends readonly (infer U)[] ? Localize<U>[] : T extends object ? { [K in keyof T]: Localize<T[K]> } : T;
const isText = (value: unknown): value is Text =>
  typeof value === 'object' && value !== null && Object.keys(value).sort().join() === 'de,en';

/** A channel with every text in one language, for a page in that language. */
export function localizeChannel(channel: Channel, locale: 'de' | 'en'): Localize<Channel> {
  const walk = (value: unknown): unknown => {
    if (isText(value)) return value[locale];
    if (Array.isArray(value)) return value.map(walk);
    if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  return walk(channel) as Localize<Channel>;
}
export type LocalizedChannel = Localize<Channel>;
