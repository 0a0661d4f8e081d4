import { describe, expect, it } from 'vitest';
import { contextOf, localizeVaried, pickText, pickVaried, weightFor } from './variants';

const text = {
  de: 'Die zuständige Person …',
  en: 'The person in charge …',
  runner: { owner: { de: 'Sie …', en: 'You …' }, outside: { de: 'Die externe Stelle …', en: 'The agency …' } },
  market: { b2b: { de: 'Geschäftskunden …', en: 'Business customers …' } },
};

describe('contextOf', () => {
  it('reads the runner and a market that changes wording; «mixed» and nothing stay neutral', () => {
    expect(contextOf({ runner: 'owner', market: 'b2b' })).toEqual({ runner: 'owner', market: 'b2b' });
    expect(contextOf({ market: 'mixed' })).toEqual({});
    expect(contextOf({})).toEqual({});
    expect(contextOf(null)).toEqual({});
  });
});

describe('pickText / pickVaried', () => {
  it('prefers the runner’s variant, then the market’s, then the neutral text', () => {
    expect(pickVaried(text, 'de', {})).toBe('Die zuständige Person …');
    expect(pickVaried(text, 'de', { runner: 'owner', market: 'b2b' })).toBe('Sie …');
    expect(pickVaried(text, 'en', { runner: 'employee', market: 'b2b' })).toBe('Business customers …');
    expect(pickVaried(text, 'en', { runner: 'undecided', market: 'b2c' })).toBe('The person in charge …');
    expect(pickText({ text: 'plain' }, { runner: 'owner' })).toBe('plain');
  });

  it('localizes a plain bilingual text without variants', () => {
    expect(localizeVaried({ de: 'a', en: 'b' }, 'en')).toEqual({ text: 'b' });
    expect(localizeVaried(text, 'de')).toEqual({
      text: 'Die zuständige Person …',
      runner: { owner: 'Sie …', outside: 'Die externe Stelle …' },
      market: { b2b: 'Geschäftskunden …' },
    });
  });
});

describe('weightFor', () => {
  it('uses the market weight where there is one, else the base weight', () => {
    const item = { weight: 2, weightByMarket: { b2c: 3 } };
    expect(weightFor(item, {})).toBe(2);
    expect(weightFor(item, { market: 'b2c' })).toBe(3);
    expect(weightFor(item, { market: 'b2b' })).toBe(2);
    expect(weightFor({ weight: 1 }, { market: 'b2b' })).toBe(1);
  });
});
