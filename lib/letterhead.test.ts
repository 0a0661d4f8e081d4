import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { LOGO_MAX_BYTES, checkLogoFile, fitLogo, hasLetterhead } from './letterhead';
import { coachProfileSchema } from './schemas';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

describe('checkLogoFile', () => {
  it('accepts PNG and JPEG files up to 200 kB whose bytes match their type', () => {
    expect(checkLogoFile({ size: 1000, type: 'image/png', head: png })).toBeNull();
    expect(checkLogoFile({ size: LOGO_MAX_BYTES, type: 'image/jpeg', head: jpeg })).toBeNull();
  });

  it('refuses larger files before looking at them', () => {
    expect(checkLogoFile({ size: LOGO_MAX_BYTES + 1, type: 'image/png', head: png })).toBe('too-large');
  });

  it('refuses SVG, other types and files whose bytes do not match the declared type', () => {
    expect(checkLogoFile({ size: 100, type: 'image/svg+xml', head: svg })).toBe('wrong-type');
    expect(checkLogoFile({ size: 100, type: 'image/png', head: svg })).toBe('wrong-type');
    expect(checkLogoFile({ size: 100, type: 'image/jpeg', head: png })).toBe('wrong-type');
    expect(checkLogoFile({ size: 100, type: 'image/gif', head: new TextEncoder().encode('GIF89a') })).toBe('wrong-type');
    expect(checkLogoFile({ size: 0, type: 'image/png', head: new Uint8Array() })).toBe('wrong-type');
  });
});

describe('fitLogo', () => {
  it('scales down to fit 600 × 200 and never scales up', () => {
    expect(fitLogo(1200, 200)).toEqual({ width: 600, height: 100 });
    expect(fitLogo(300, 900)).toEqual({ width: 67, height: 200 });
    expect(fitLogo(120, 40)).toEqual({ width: 120, height: 40 });
    expect(fitLogo(0, 40)).toEqual({ width: 0, height: 0 });
  });
});

describe('coachProfileSchema and hasLetterhead', () => {
  it('keeps PNG and JPEG data URLs and refuses SVG or script in the logo', () => {
    expect(v.safeParse(coachProfileSchema, { logo: 'data:image/png;base64,iVBORw0KGgo=' }).success).toBe(true);
    expect(v.safeParse(coachProfileSchema, { logo: 'data:image/jpeg;base64,/9j/4AAQ' }).success).toBe(true);
    expect(v.safeParse(coachProfileSchema, { logo: 'data:image/svg+xml;base64,PHN2Zz4=' }).success).toBe(false);
    expect(v.safeParse(coachProfileSchema, { logo: 'javascript:alert(1)' }).success).toBe(false);
    expect(v.safeParse(coachProfileSchema, { logo: 'data:image/png;base64,AAAA"><script>' }).success).toBe(false);
    expect(v.safeParse(coachProfileSchema, { logo: `data:image/png;base64,${'A'.repeat(300_000)}` }).success).toBe(false);
  });

  it('trims and caps the text fields, and an empty field is left out', () => {
    const parsed = v.parse(coachProfileSchema, { name: '  Anna Coach ', firm: 'x'.repeat(200), phone: '' });
    expect(parsed).toEqual({ name: 'Anna Coach', firm: 'x'.repeat(80) });
  });

  it('shows a letterhead only when something is filled in', () => {
    expect(hasLetterhead(undefined)).toBe(false);
    expect(hasLetterhead({})).toBe(false);
    expect(hasLetterhead({ firm: 'Coaching AG' })).toBe(true);
  });
});
