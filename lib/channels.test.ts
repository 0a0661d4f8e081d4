import * as v from 'valibot';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channels } from '@/content/channels';
import {
  channelAnswersSchema,
  channelGoals,
  channelIds,
  channelStates,
  contentFormats,
  customerKinds,
  reaches,
  weeklyHours,
  type ChannelAnswers,
  type CustomerKind,
} from './channel-schema';
import {
  MAX_CHANNELS,
  PRESENCE_MINUTES,
  cadenceOf,
  localizeChannel,
  missingPlanAnswers,
  planChannels,
  planForAssessment,
  toPlanChannel,
  type ChannelPlan,
} from './channels';

type Firm = ChannelAnswers & { customers: CustomerKind };
const answersArb: fc.Arbitrary<Firm> = fc.record({
  customers: fc.constantFrom(...customerKinds),
  reach: fc.constantFrom(...reaches),
  goals: fc.subarray([...channelGoals], { minLength: 1 }),
  hours: fc.constantFrom(...weeklyHours),
  formats: fc.subarray([...contentFormats]),
  existing: fc.dictionary(fc.constantFrom(...channelIds), fc.constantFrom(...channelStates)),
});

const planned = (plan: ChannelPlan) => (plan.status === 'incomplete' ? [] : plan.channels.map((c) => c.channel));
const plan = ({ customers, ...answers }: Firm, gateFailed = false) => planChannels(customers, answers, channels, { gateFailed });

const engineering: Firm = { customers: 'b2b', reach: 'national', goals: ['enquiries', 'network', 'applicants'], hours: 3, formats: ['text'], existing: {} };
const bakery: Firm = { customers: 'b2c', reach: 'local', goals: ['regulars', 'findable'], hours: 1, formats: ['photo'], existing: {} };

describe('planChannels', () => {
  it('never plans more minutes than the hours given', () => {
    fc.assert(
      fc.property(answersArb, fc.boolean(), (answers, gateFailed) => {
        const result = plan(answers, gateFailed);
        if (result.status === 'incomplete') throw new Error('complete answers');
        const sum = (result.presence?.minutes ?? 0) + result.channels.reduce((total, c) => total + c.minutes, 0);
        expect(result.totalMinutes).toBe(sum);
        expect(sum).toBeLessThanOrEqual(answers.hours! * 60);
        for (const c of result.channels) {
          expect(c.minutes).toBe(Math.round(c.postsPerWeek * c.minutesPerPost + c.replyMinutes));
        }
      }),
    );
  });

  it('never recommends fewer channels for more hours, and keeps the ones it had, in the same order', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...weeklyHours), fc.constantFrom(...weeklyHours), (answers, a, b) => {
        const [less, more] = a <= b ? [a, b] : [b, a];
        const few = planned(plan({ ...answers, hours: less }));
        const many = planned(plan({ ...answers, hours: more }));
        expect(many.length).toBeGreaterThanOrEqual(few.length);
        expect(many.slice(0, few.length)).toEqual(few);
      }),
    );
  });

  it('keeps to a few channels, never one that needs what nobody likes to make', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = plan(answers);
        if (result.status === 'incomplete') return;
        expect(result.channels.length).toBeLessThanOrEqual(MAX_CHANNELS);
        for (const c of result.channels) {
          const channel = channels.find((x) => x.id === c.channel)!;
          expect(channel.formats.some((f) => answers.formats!.includes(f))).toBe(true);
        }
      }),
    );
  });

  it('starts no channel while a gate fails, but still says what to do with the channels there are', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = plan(answers, true);
        if (result.status === 'incomplete') throw new Error('complete answers');
        expect(result.status).toBe('wait');
        expect(result.channels).toEqual([]);
        expect(result.existing.map((e) => e.channel).sort()).toEqual(Object.keys(answers.existing).sort());
      }),
    );
  });

  it('gives a B2B engineering firm LinkedIn first and a local bakery its map entry, as the data says', () => {
    const b2b = plan(engineering);
    const shop = plan({ ...bakery, hours: 3 });
    expect(planned(b2b)[0]).toBe('linkedin');
    expect(b2b.status !== 'incomplete' && b2b.presence?.channel).toBe('linkedin');
    expect(planned(b2b)).not.toContain('tiktok');
    expect(planned(shop)).not.toContain('linkedin');
    expect(shop.status !== 'incomplete' && shop.presence?.channel).toBe('google-business');
    expect(planned(shop).some((id) => id === 'facebook' || id === 'instagram')).toBe(true);
    expect(planned(b2b)).not.toEqual(planned(shop));
  });

  it('with about an hour a week, plans one channel at most beside the minimum presence', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = plan({ ...answers, hours: 1 });
        if (result.status === 'incomplete') return;
        expect(result.presence?.minutes).toBe(PRESENCE_MINUTES);
        expect(result.channels.length).toBeLessThanOrEqual(1);
      }),
    );
    const little = plan(bakery);
    expect(little.status !== 'incomplete' && little.presence?.channel).toBe('google-business');
  });

  it('without the time for even a minimum presence, plans nothing and says so', () => {
    const none = plan({ ...engineering, hours: 0 });
    expect(none).toMatchObject({ status: 'minimum', presence: null, channels: [], totalMinutes: 0 });
  });

  it('advises to pause dormant profiles it cannot keep alive and to close those long dead that do not fit', () => {
    const threeDormant = plan({
      ...bakery,
      hours: 0.5,
      existing: { facebook: 'dormant', instagram: 'abandoned', x: 'abandoned' },
    });
    if (threeDormant.status === 'incomplete') throw new Error('complete answers');
    expect(planned(threeDormant)).toEqual(['google-business']);
    expect(threeDormant.existing).toEqual([
      { channel: 'facebook', state: 'dormant', advice: 'pause' },
      { channel: 'instagram', state: 'abandoned', advice: 'pause' },
      { channel: 'x', state: 'abandoned', advice: 'close' },
    ]);
    const revived = plan({ ...bakery, hours: 5, existing: { facebook: 'dormant', 'google-business': 'active' } });
    if (revived.status === 'incomplete') throw new Error('complete answers');
    expect(revived.existing).toContainEqual({ channel: 'google-business', state: 'active', advice: 'keep' });
    expect(revived.existing.find((e) => e.channel === 'facebook')?.advice).toBe(planned(revived).includes('facebook') ? 'revive' : 'pause');
  });

  it('without answers plans nothing and names what is missing', () => {
    const empty = v.parse(channelAnswersSchema, {});
    expect(planChannels(undefined, empty, channels, { gateFailed: false })).toEqual({
      status: 'incomplete',
      missing: ['customers', 'reach', 'goals', 'hours', 'formats'],
    });
    expect(missingPlanAnswers({ ...empty, hours: 0 }, 'b2b')).toEqual(['reach', 'goals', 'formats']);
  });
});

describe('planForAssessment', () => {
  const stored = { profile: { market: 'b2c' as const }, channels: { reach: 'local' as const, goals: ['regulars' as const], hours: 2 as const, formats: ['photo' as const], existing: {} } };
  const failedGate = { itemId: 'time-two-hours', dimension: 'time', value: 1, status: 'failed' };

  it('takes whom the firm sells to from the profile and the rest from the channel answers', () => {
    expect(planForAssessment(stored, { cappedBy: [] }, channels)).toEqual(planChannels('b2c', stored.channels, channels, { gateFailed: false }));
    expect(planForAssessment({ ...stored, profile: {} }, { cappedBy: [] }, channels)).toEqual({ status: 'incomplete', missing: ['customers'] });
  });

  it('starts no channel while a gate is answered low, and keeps the minimum presence', () => {
    const waiting = planForAssessment(stored, { cappedBy: [failedGate] }, channels);
    expect(waiting).toMatchObject({ status: 'wait', channels: [], presence: { channel: 'google-business' } });
  });

  it('reads the same plan from channels cut to what it needs', () => {
    expect(planForAssessment(stored, { cappedBy: [] }, channels.map(toPlanChannel))).toEqual(planForAssessment(stored, { cappedBy: [] }, channels));
    expect(Object.keys(toPlanChannel(channels[0]!).rhythm).sort()).toEqual(['maxPosts', 'minPosts', 'minutesPerPost', 'replyMinutes']);
  });

  it('reads the same plan from channels in either language', () => {
    for (const locale of ['de', 'en'] as const) {
      const localized = channels.map((c) => localizeChannel(c, locale));
      expect(planForAssessment(stored, { cappedBy: [] }, localized)).toEqual(planForAssessment(stored, { cappedBy: [] }, channels));
    }
  });
});

describe('cadenceOf', () => {
  it('reads a month, a fortnight, or posts a week', () => {
    expect(cadenceOf(0.25)).toEqual({ kind: 'month', count: 1 });
    expect(cadenceOf(0.5)).toEqual({ kind: 'fortnight', count: 1 });
    expect(cadenceOf(1)).toEqual({ kind: 'week', count: 1 });
    expect(cadenceOf(3)).toEqual({ kind: 'week', count: 3 });
  });
});

describe('localizeChannel', () => {
  it('puts every text in one language and keeps every number', () => {
    for (const channel of channels) {
      const de = localizeChannel(channel, 'de');
      expect(de.why.b2b).toBe(channel.why.b2b.de);
      expect(localizeChannel(channel, 'en').rhythm.post).toBe(channel.rhythm.post.en);
      expect(de.rhythm.minPosts).toBe(channel.rhythm.minPosts);
      expect(de.facts.map((f) => f.text)).toEqual(channel.facts.map((f) => f.text.de));
      expect(JSON.stringify(de)).not.toContain('"en":');
    }
  });
});
