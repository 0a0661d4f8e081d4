import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { channelIds } from '@/lib/channel-schema';
import { channelSchema, sourcedFactSchema } from '@/lib/content-schema';
import { channels, smeFacts } from './channels';

describe('content/channels', () => {
  it('holds every channel once, in the order of channelIds, each valid', () => {
    expect(channels.map((c) => c.id)).toEqual([...channelIds]);
    for (const channel of channels) expect(v.safeParse(channelSchema, channel).success, channel.id).toBe(true);
  });

  it('gives every figure its publisher, study and year, and marks figures older than three years as old', () => {
    const facts = [...smeFacts, ...channels.flatMap((c) => c.facts)];
    expect(facts.length).toBeGreaterThan(10);
    for (const fact of facts) {
      expect(v.safeParse(sourcedFactSchema, fact).success, fact.text.en).toBe(true);
      if (fact.year <= 2021) expect(fact.old, `${fact.text.en} (${fact.year})`).toBe(true);
    }
  });

  it('keeps a rhythm whose fewest posts are no more than its most', () => {
    for (const { id, rhythm } of channels) expect(rhythm.minPosts, id).toBeLessThanOrEqual(rhythm.maxPosts);
  });

  it('writes Swiss German: no «ß»', () => {
    expect(JSON.stringify(channels) + JSON.stringify(smeFacts)).not.toContain('ß');
  });
});
