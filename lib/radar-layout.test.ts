import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { content } from '@/content';
import { locales } from './content-ids';
import { layoutRadar, type RadarLabelText, type RadarLayout } from './radar-layout';

/** A generous estimate of a text's width at 12 px in a sans-serif font (wider than the browser's). */
const measure = (text: string) => text.length * 0.62 * 12;

const titles = (locale: (typeof locales)[number]): RadarLabelText[] =>
  content.dimensions.map((d) => ({ full: d.title[locale], short: d.shortTitle[locale] }));

function expectInside(layout: RadarLayout) {
  for (const label of layout.labels) {
    expect(label.box.left).toBeGreaterThanOrEqual(-0.01);
    expect(label.box.right).toBeLessThanOrEqual(layout.width + 0.01);
    expect(label.box.top).toBeGreaterThanOrEqual(-0.01);
    expect(label.box.bottom).toBeLessThanOrEqual(layout.height + 0.01);
  }
  // The grid is a polygon (recharts' default), so the drawing reaches out to its corners, one per axis.
  const count = layout.labels.length;
  for (let i = 0; i < count; i++) {
    const angle = ((90 - (360 / count) * i) * Math.PI) / 180;
    const x = layout.cx + Math.cos(angle) * layout.radius;
    const y = layout.cy - Math.sin(angle) * layout.radius;
    expect(x).toBeGreaterThanOrEqual(-0.01);
    expect(x).toBeLessThanOrEqual(layout.width + 0.01);
    expect(y).toBeGreaterThanOrEqual(-0.01);
    expect(y).toBeLessThanOrEqual(layout.height + 0.01);
  }
}

const overlaps = (a: RadarLayout['labels'][number]['box'], b: RadarLayout['labels'][number]['box']) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('layoutRadar', () => {
  for (const locale of locales) {
    it(`keeps every axis label of the nine dimensions whole, inside the drawing and apart, from 240 to 400 px (${locale})`, () => {
      for (let width = 240; width <= 400; width += 10) {
        const layout = layoutRadar(titles(locale), { width, fontSize: 12, measure });
        expectInside(layout);
        expect(layout.fontSize, `font at ${width}`).toBe(12);
        expect(layout.radius, `radius at ${width}`).toBeGreaterThanOrEqual(0.22 * width);
        layout.labels.forEach((label, i) => {
          const title = titles(locale)[i]!;
          expect(label.lines.join(' ')).toBe(label.short ? title.short : title.full);
          expect(label.lines.length).toBeLessThanOrEqual(2);
          layout.labels.slice(i + 1).forEach((other) => expect(overlaps(label.box, other.box), `${label.lines} / ${other.lines} at ${width}`).toBe(false));
        });
      }
    });
  }

  it('shortens only what it must: at the print size most titles stay whole, and a wider drawing never shortens more', () => {
    for (const locale of locales) {
      const count = (width: number) => layoutRadar(titles(locale), { width, fontSize: 12, measure }).labels.filter((l) => l.short).length;
      expect(count(380), locale).toBeLessThanOrEqual(2);
      for (let width = 240; width < 400; width += 20) expect(count(width + 20), `${locale} ${width}`).toBeLessThanOrEqual(count(width));
    }
  });

  it('splits a title joined by «&» only around the ampersand', () => {
    const layout = layoutRadar(titles('en'), { width: 300, fontSize: 12, measure });
    const target = layout.labels[content.dimensions.findIndex((d) => d.id === 'audience')]!;
    if (!target.short && target.lines.length === 2) expect(target.lines).toEqual(['Target groups', '& tone']);
  });

  it('keeps any labels inside the drawing, whole, for any width that leaves room for them', () => {
    const word = fc.string({ minLength: 1, maxLength: 14, unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzäöü') });
    const label = fc.record({ full: fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')), short: word });
    fc.assert(
      fc.property(fc.array(label, { minLength: 3, maxLength: 12 }), fc.integer({ min: 200, max: 800 }), (labels, width) => {
        const layout = layoutRadar(labels, { width, fontSize: 12, measure });
        const widest = Math.max(...labels.map((l) => measure(l.short)));
        if (widest * 2 + 20 > width) return;
        expectInside(layout);
        layout.labels.forEach((l, i) => expect(l.lines.join(' ')).toBe(l.short ? labels[i]!.short : labels[i]!.full.replace(/\s+/g, ' ')));
      }),
    );
  });

  it('measures each text once per layout, however often the search sets it', () => {
    for (const locale of ['de', 'en'] as const) {
      for (const width of [240, 300, 380]) {
        const calls: string[] = [];
        const counting = (text: string) => (calls.push(text), measure(text));
        const layout = layoutRadar(titles(locale), { width, fontSize: 12, measure: counting });
        expect(new Set(calls).size).toBe(calls.length);
        expect(layout).toEqual(layoutRadar(titles(locale), { width, fontSize: 12, measure }));
      }
    }
  });

  it('never throws, also without labels or width', () => {
    expect(() => layoutRadar([], { width: 300, fontSize: 12, measure })).not.toThrow();
    expect(() => layoutRadar(titles('de'), { width: 0, fontSize: 12, measure })).not.toThrow();
    expect(() => layoutRadar(titles('de'), { width: Number.NaN, fontSize: 12, measure })).not.toThrow();
  });
});
