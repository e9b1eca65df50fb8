import type { LocalizedText } from '../competencies/referential';
import { addDays, isoDate, isoWeekday, parseIsoDate } from './isoDate';

// The public holidays of C. trav. art. L3133-1, which D223-9 refers to, plus the two days local
// law adds in Alsace-Moselle (Bas-Rhin, Haut-Rhin, Moselle; C. trav. art. L3134-13, cited from
// memory). Strictly, Good Friday is a holiday there only in communes with a Protestant or mixed
// church; like most employers, we count it everywhere in the three departments.
//
// Not included: the days commemorating the abolition of slavery in the overseas departments
// (from memory: Martinique 22 May, Guadeloupe 27 May, Guyane 10 June, La Réunion 20 December,
// Mayotte 27 April), holidays set by other texts than L3133-1.

export interface PublicHolidayOptions {
  /** Add Good Friday and St Stephen's Day (26 December). */
  alsaceMoselle?: boolean;
}

export interface PublicHoliday {
  /** 'YYYY-MM-DD'. */
  date: string;
  name: LocalizedText;
}

/**
 * Easter Sunday of a Gregorian year, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
 * Throws a RangeError before 1583, the first full Gregorian year, and past 9999.
 */
export function easterSunday(year: number): string {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new RangeError(`Not a Gregorian year between 1583 and 9999: ${year}`);
  }
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

const cache = new Map<string, readonly PublicHoliday[]>();

/** The public holidays of a year, with their names, sorted by date. */
export function frenchPublicHolidayCalendar(year: number, options: PublicHolidayOptions = {}): readonly PublicHoliday[] {
  const key = `${year}:${options.alsaceMoselle === true}`;
  const known = cache.get(key);
  if (known) return known;

  const easter = easterSunday(year);
  const fixed = (month: number, day: number): string => isoDate(year, month, day);
  const holidays: PublicHoliday[] = [
    { date: fixed(1, 1), name: { fr: 'Jour de l’an', en: 'New Year’s Day' } },
    { date: addDays(easter, 1), name: { fr: 'Lundi de Pâques', en: 'Easter Monday' } },
    { date: fixed(5, 1), name: { fr: 'Fête du Travail', en: 'Labour Day' } },
    { date: fixed(5, 8), name: { fr: 'Victoire 1945', en: 'Victory in Europe Day' } },
    { date: addDays(easter, 39), name: { fr: 'Ascension', en: 'Ascension Day' } },
    { date: addDays(easter, 50), name: { fr: 'Lundi de Pentecôte', en: 'Whit Monday' } },
    { date: fixed(7, 14), name: { fr: 'Fête nationale', en: 'Bastille Day' } },
    { date: fixed(8, 15), name: { fr: 'Assomption', en: 'Assumption Day' } },
    { date: fixed(11, 1), name: { fr: 'Toussaint', en: 'All Saints’ Day' } },
    { date: fixed(11, 11), name: { fr: 'Armistice 1918', en: 'Armistice Day' } },
    { date: fixed(12, 25), name: { fr: 'Noël', en: 'Christmas Day' } },
  ];
  if (options.alsaceMoselle) {
    holidays.push(
      { date: addDays(easter, -2), name: { fr: 'Vendredi saint', en: 'Good Friday' } },
      { date: fixed(12, 26), name: { fr: 'Saint-Étienne', en: 'St Stephen’s Day' } },
    );
  }
  // Ascension can fall on 1 or 8 May (it did in 2008): one date, named once.
  const byDate = new Map<string, PublicHoliday>();
  for (const holiday of holidays) if (!byDate.has(holiday.date)) byDate.set(holiday.date, holiday);
  const sorted = [...byDate.values()].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  cache.set(key, sorted);
  return sorted;
}

/** The French public holidays of a year, 'YYYY-MM-DD', sorted. */
export function frenchPublicHolidays(year: number, options: PublicHolidayOptions = {}): string[] {
  return frenchPublicHolidayCalendar(year, options).map((holiday) => holiday.date);
}

/** The public holiday on this 'YYYY-MM-DD' date, if any. */
export function publicHolidayOn(date: string, options: PublicHolidayOptions = {}): PublicHoliday | undefined {
  const { year } = parseIsoDate(date);
  return frenchPublicHolidayCalendar(year, options).find((holiday) => holiday.date === date);
}

/** A working day ("jour ouvrable" in the sense of L221-19): Monday to Friday, not a public holiday. */
export function isWorkingDay(date: string, options: PublicHolidayOptions = {}): boolean {
  return isoWeekday(date) <= 5 && publicHolidayOn(date, options) === undefined;
}
