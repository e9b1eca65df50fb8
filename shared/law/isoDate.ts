// Calendar dates as 'YYYY-MM-DD' strings. Arithmetic runs on UTC midnights, so the machine's own
// time zone never leaks in; ISO dates also compare correctly as strings.

export type Language = 'fr' | 'en';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

const MONTHS = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;

/** Monday first, as ISO weekdays: WEEKDAYS.fr[weekday - 1]. */
export const WEEKDAYS = {
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
} as const;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Whether the text is a real calendar date written 'YYYY-MM-DD' (2026-02-30 is not). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const parts = partsOf(utcMidnight(year, month, day));
  return parts.year === year && parts.month === month && parts.day === day;
}

/** The parts of a 'YYYY-MM-DD' date; throws a RangeError for anything else. */
export function parseIsoDate(date: string): DateParts {
  if (!isIsoDate(date)) throw new RangeError(`Not a date written YYYY-MM-DD: '${date}'`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/** 'YYYY-MM-DD' for a year, a month (1–12) and a day. */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The date `days` days later (earlier when negative). */
export function addDays(date: string, days: number): string {
  const { year, month, day } = parseIsoDate(date);
  return toIso(new Date(utcMidnight(year, month, day).getTime() + days * DAY_MS));
}

/**
 * The date `months` months later, on the same day of the month or, when that month is shorter,
 * on its last day (31 January + 1 month = 28 or 29 February), as French and EU rules on periods
 * expressed in months have it.
 */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = parseIsoDate(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const lastDay = partsOf(new Date(utcMidnight(targetYear, targetMonth + 1, 1).getTime() - DAY_MS)).day;
  return isoDate(targetYear, targetMonth, Math.min(day, lastDay));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  return Math.round((utcMidnight(b.year, b.month, b.day).getTime() - utcMidnight(a.year, a.month, a.day).getTime()) / DAY_MS);
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function isoWeekday(date: string): number {
  const { year, month, day } = parseIsoDate(date);
  const sundayFirst = utcMidnight(year, month, day).getUTCDay();
  return sundayFirst === 0 ? 7 : sundayFirst;
}

/** '25 mai 2026', '1er mai 2026' / '25 May 2026'. */
export function formatDate(date: string, language: Language): string {
  const { year, month, day } = parseIsoDate(date);
  const dayText = language === 'fr' && day === 1 ? '1er' : String(day);
  return `${dayText} ${MONTHS[language][month - 1]} ${year}`;
}

/** 'lundi 25 mai 2026' / 'Monday 25 May 2026'. */
export function formatDateWithWeekday(date: string, language: Language): string {
  return `${WEEKDAYS[language][isoWeekday(date) - 1]} ${formatDate(date, language)}`;
}

function utcMidnight(year: number, month: number, day: number): Date {
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

function partsOf(date: Date): DateParts {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function toIso(date: Date): string {
  const { year, month, day } = partsOf(date);
  return isoDate(year, month, day);
}
