const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/;

const englishMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A calendar day as the locale writes it: de-CH «27.11.2026», en-GB «27 November 2026», the same text as
 * Intl.DateTimeFormat's `dateStyle` medium and long (lib/dates.test.ts compares them over random days). Built by hand
 * because the first Intl.DateTimeFormat a page makes loads the runtime's calendar data: a task of 10–20 ms on a desktop,
 * four times that on a phone, in the middle of the results page's first render.
 */
function formatDay(year: number, month: number, day: number, locale: 'de' | 'en'): string {
  if (locale === 'en') return `${day} ${englishMonths[month - 1]} ${year}`;
  return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;
}

/** Parses a YYYY-MM-DD string as a UTC date, or returns null when it is not a real calendar date. */
function parseDateOnly(isoDate: string): Date | null {
  const match = dateOnly.exec(isoDate);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year); // Date.UTC maps years 0–99 to 1900–1999
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date;
}

/** Returns the instant an ISO string denotes, and whether it carries no time (so must be shown in UTC). */
function parseIso(iso: string): { date: Date; dateOnly: boolean } | null {
  const day = parseDateOnly(iso);
  if (day) return { date: day, dateOnly: true };
  if (!/^\d{4}-\d{2}-\d{2}T/.test(iso)) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : { date, dateOnly: false };
}

/**
 * Formats an ISO date or date-time as a date: de → "27.11.2026" (de-CH), en → "27 November 2026" (en-GB), in
 * `timeZone` or else the runtime's zone; invalid input (or an unknown zone) is returned unchanged.
 */
export function formatDate(iso: string, locale: 'de' | 'en', timeZone?: string): string {
  const parsed = parseIso(iso);
  if (!parsed) return iso;
  const { date } = parsed;
  // A bare YYYY-MM-DD is a calendar day, not an instant: formatting it in a zone west of UTC would show the day before.
  if (parsed.dateOnly) return formatDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), locale);
  if (timeZone === undefined) return formatDay(date.getFullYear(), date.getMonth() + 1, date.getDate(), locale);
  try {
    // Only a caller that names a zone makes a formatter: for the calendar day there.
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(date);
    const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
    return formatDay(part('year'), part('month'), part('day'), locale);
  } catch {
    return iso; // unknown time zone name
  }
}

/** Adds whole days to a YYYY-MM-DD date in UTC (no DST drift); returns the input unchanged when it is not a valid date or the result leaves years 0000–9999. */
export function addDays(isoDate: string, days: number): string {
  const date = parseDateOnly(isoDate);
  if (!date || !Number.isFinite(days)) return isoDate;
  date.setUTCDate(date.getUTCDate() + Math.trunc(days));
  const year = date.getUTCFullYear();
  if (Number.isNaN(year) || year < 0 || year > 9999) return isoDate;
  return toYmd(year, date.getUTCMonth() + 1, date.getUTCDate());
}

/** Returns the local calendar date of `date` as YYYY-MM-DD (what the person sees as "today"); an invalid Date gives "". */
export function toIsoDate(date: Date): string {
  const year = date.getFullYear();
  if (Number.isNaN(year) || year < 0 || year > 9999) return '';
  return toYmd(year, date.getMonth() + 1, date.getDate());
}

function toYmd(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
