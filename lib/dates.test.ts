import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, formatDate, toIsoDate } from './dates';

describe('formatDate', () => {
  it('formats in de-CH and en-GB', () => {
    expect(formatDate('2026-11-27', 'de')).toBe('27.11.2026');
    expect(formatDate('2026-11-27', 'en')).toBe('27 November 2026');
    expect(formatDate('2026-03-05', 'de')).toBe('05.03.2026');
    expect(formatDate('2026-03-05', 'en')).toBe('5 March 2026');
  });

  it('shows a bare YYYY-MM-DD as that calendar day in every time zone', () => {
    expect(formatDate('2026-11-27', 'de', 'America/Los_Angeles')).toBe('27.11.2026');
    expect(formatDate('2026-11-27', 'en', 'Pacific/Kiritimati')).toBe('27 November 2026');
  });

  it('formats a date-time in the given zone', () => {
    expect(formatDate('2026-11-27T23:30:00.000Z', 'de', 'Europe/Zurich')).toBe('28.11.2026');
    expect(formatDate('2026-11-27T23:30:00.000Z', 'en', 'UTC')).toBe('27 November 2026');
    expect(formatDate('2026-11-27T10:00:00+02:00', 'de', 'UTC')).toBe('27.11.2026');
  });

  it('returns invalid input unchanged instead of throwing', () => {
    for (const bad of ['', 'gestern', '2026-02-30', '2026-13-01', '27.11.2026', '2026-11-27Tnonsense']) {
      expect(formatDate(bad, 'de')).toBe(bad);
      expect(formatDate(bad, 'en')).toBe(bad);
    }
    expect(formatDate('2026-11-27T10:00:00Z', 'de', 'Not/AZone')).toBe('2026-11-27T10:00:00Z');
  });
});

describe('formatDate against Intl', () => {
  // The text the locale's own date styles give: what formatDate writes by hand.
  const intl = (date: Date, locale: 'de' | 'en', timeZone?: string) =>
    new Intl.DateTimeFormat(locale === 'de' ? 'de-CH' : 'en-GB', { dateStyle: locale === 'de' ? 'medium' : 'long', timeZone }).format(date);
  const dates = fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true });
  const locales = fc.constantFrom('de' as const, 'en' as const);

  it('writes every calendar day as Intl.DateTimeFormat does', () => {
    fc.assert(
      fc.property(dates, locales, (date, locale) => {
        expect(formatDate(date.toISOString().slice(0, 10), locale)).toBe(intl(date, locale, 'UTC'));
      }),
    );
  });

  it('writes every instant as Intl.DateTimeFormat does, in the runtime zone and in a named one', () => {
    const zones = fc.constantFrom('UTC', 'Europe/Zurich', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Kolkata');
    fc.assert(
      fc.property(dates, locales, zones, (date, locale, zone) => {
        const iso = date.toISOString();
        expect(formatDate(iso, locale)).toBe(intl(date, locale));
        expect(formatDate(iso, locale, zone)).toBe(intl(date, locale, zone));
      }),
    );
  });
});

describe('addDays', () => {
  it('adds across month, year and leap-day boundaries', () => {
    expect(addDays('2026-11-27', 30)).toBe('2026-12-27');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-28', 90)).toBe('2026-06-26');
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
  });

  it('is not shifted by daylight saving time', () => {
    // 29 March 2026 has 23 hours in Zurich; calendar arithmetic must not care.
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
  });

  it('returns invalid input unchanged', () => {
    expect(addDays('2026-02-30', 1)).toBe('2026-02-30');
    expect(addDays('not a date', 1)).toBe('not a date');
    expect(addDays('2026-11-27', Number.NaN)).toBe('2026-11-27');
    expect(addDays('9999-12-31', 1)).toBe('9999-12-31');
    expect(addDays('2026-11-27', 1e12)).toBe('2026-11-27');
  });

  it('adding n then -n days is the identity', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2999-12-31'), noInvalidDate: true }), fc.integer({ min: -5000, max: 5000 }), (d, n) => {
        const iso = d.toISOString().slice(0, 10);
        expect(addDays(addDays(iso, n), -n)).toBe(iso);
      }),
    );
  });
});

describe('toIsoDate', () => {
  it('returns the local calendar date', () => {
    expect(toIsoDate(new Date(2026, 10, 27, 23, 59))).toBe('2026-11-27');
    expect(toIsoDate(new Date(2026, 0, 1, 0, 0))).toBe('2026-01-01');
  });

  it('gives an empty string for an invalid Date', () => {
    expect(toIsoDate(new Date('nope'))).toBe('');
  });
});
