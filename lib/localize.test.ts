import { describe, expect, it } from 'vitest';
import { content } from '@/content';
import { runnerIds } from './content-ids';
import { adaptContent, localizeArticleQuestions, localizeContent, localizeVariedContent } from './localize';
import { pickVaried } from './variants';

describe('localizeContent', () => {
  it('gives every text in the chosen language and keeps ids, weights and gates', () => {
    for (const locale of ['de', 'en'] as const) {
      const localized = localizeContent(content, locale);
      expect(localized.items.map((i) => i.id)).toEqual(content.items.map((i) => i.id));
      localized.items.forEach((item, index) => {
        const source = content.items[index]!;
        expect(item.prompt).toBe(source.prompt[locale]);
        expect(item.weight).toBe(source.weight);
        expect(item.gate?.reason).toBe(source.gate?.reason[locale]);
      });
      expect(localized.dimensions.map((d) => d.title)).toEqual(content.dimensions.map((d) => d.title[locale]));
      expect(localized.guidance).toHaveLength(content.guidance.length);
    }
  });

  it('keeps quotations in the German original and adds a translation only in English', () => {
    const de = localizeContent(content, 'de');
    const en = localizeContent(content, 'en');
    expect(de.dimensions[0]!.quote.original).toBe(content.dimensions[0]!.quote.original);
    expect(de.dimensions[0]!.quote.translation).toBeNull();
    expect(en.dimensions[0]!.quote.original).toBe(content.dimensions[0]!.quote.original);
    expect(en.dimensions[0]!.quote.translation).toBe(content.dimensions[0]!.quote.en);
  });

  it('sorts bands and gives each its upper bound, the last ending at 100', () => {
    const bands = localizeContent(content, 'de').bands;
    expect(bands.map((b) => [b.min, b.max])).toEqual([
      [0, 39],
      [40, 59],
      [60, 79],
      [80, 100],
    ]);
  });

  it('numbers the scale points 1 to 5', () => {
    expect(localizeContent(content, 'en').scale.points.map((p) => p.value)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('localizeVariedContent and adaptContent', () => {
  it('word the same content as localizeContent for every runner and market', () => {
    for (const locale of ['de', 'en'] as const) {
      const varied = localizeVariedContent(content, locale);
      for (const runner of [undefined, ...runnerIds]) {
        for (const market of [undefined, 'b2b', 'b2c'] as const) {
          const context = { ...(runner ? { runner } : {}), ...(market ? { market } : {}) };
          expect(adaptContent(varied, context)).toEqual(localizeContent(content, locale, context));
        }
      }
    }
  });

  it('speaks to the owner as «Sie» where the owner runs the channels', () => {
    const owner = localizeContent(content, 'de', { runner: 'owner' });
    const neutral = localizeContent(content, 'de');
    const gate = content.items.find((i) => i.id === 'time-two-hours')!;
    expect(owner.items.find((i) => i.id === gate.id)!.prompt).toBe(pickVaried(gate.prompt, 'de', { runner: 'owner' }));
    expect(owner.items.find((i) => i.id === gate.id)!.prompt).toMatch(/^Sie /);
    expect(neutral.items.find((i) => i.id === gate.id)!.prompt).toMatch(/zuständige Person/);
    // Cards too: the people card at «ready» names «Sie», not a third person.
    const card = owner.guidance.find((g) => g.dimension === 'people' && g.band === 'ready')!;
    expect(card.body).toMatch(/^Sie /);
  });

  it('changes what is asked for B2B where the content says so', () => {
    const b2b = localizeContent(content, 'de', { market: 'b2b' });
    expect(b2b.needItems.find((i) => i.id === 'need-customers-ask')!.prompt).toMatch(/Geschäftskunden/);
    expect(localizeContent(content, 'de').needItems.find((i) => i.id === 'need-customers-ask')!.prompt).not.toMatch(/Geschäftskunden/);
  });

  it('keeps weights and the market weights for the browser', () => {
    const varied = localizeVariedContent(content, 'de');
    const source = content.items.find((i) => i.weightByMarket)!;
    expect(varied.items.find((i) => i.id === source.id)!.weightByMarket).toEqual(source.weightByMarket);
  });
});

describe('localizeArticleQuestions', () => {
  it('keeps the German original and translates only for English', () => {
    const de = localizeArticleQuestions(content.articleQuestions, 'de');
    const en = localizeArticleQuestions(content.articleQuestions, 'en');
    expect(de[0]!.translation).toBeNull();
    expect(en[0]!.translation).toBe(content.articleQuestions[0]!.en);
    expect(en.map((q) => q.items)).toEqual(content.articleQuestions.map((q) => q.items));
  });
});
