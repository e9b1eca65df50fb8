import { isIsoDate, isoDate, isoWeekday } from './isoDate';
import type { Language } from './isoDate';

/** A moment as the consumer lives it in their own time zone. */
export interface LocalDateTime {
  /** 'YYYY-MM-DD', local. */
  date: string;
  /** ISO weekday, Monday = 1 … Sunday = 7. */
  weekday: number;
  /** Minutes since local midnight (seconds dropped: 12:59:59 is 779). */
  minutes: number;
}

// An instant must say where it stands: 'Z' or an offset. A string without one would be read in
// the machine's own time zone, which differs between the browser and the server.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** A Date for an ISO instant with 'Z' or an offset, or a valid Date; throws a RangeError otherwise. */
export function parseInstant(instant: string | Date): Date {
  if (instant instanceof Date) {
    if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid Date');
    return instant;
  }
  const date = new Date(instant);
  // The date part is checked on its own: engines roll 2026-02-30 over to 2 March.
  if (!ISO_INSTANT.test(instant) || !isIsoDate(instant.slice(0, 10)) || Number.isNaN(date.getTime())) {
    throw new RangeError(`Not an ISO instant with 'Z' or an offset: '${instant}'`);
  }
  return date;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
    } catch {
      throw new RangeError(`Unknown IANA time zone: '${timeZone}'`);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The local date, weekday and time of day of an instant in an IANA time zone ('Europe/Paris',
 * 'Indian/Reunion'…), daylight saving time included, through Intl.
 */
export function localDateTime(instant: string | Date, timeZone: string): LocalDateTime {
  const parts = formatterFor(timeZone).formatToParts(parseInstant(instant));
  const value = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((part) => part.type === type)?.value);
  const date = isoDate(value('year'), value('month'), value('day'));
  // Some engines write midnight as 24 even with h23; it is 0 of the same day.
  const hour = value('hour') % 24;
  return { date, weekday: isoWeekday(date), minutes: hour * 60 + value('minute') };
}

/**
 * The consumer's local calendar date of a 'YYYY-MM-DD' date (taken as is) or of an instant.
 */
export function localDate(dateOrInstant: string, timeZone: string): string {
  return isIsoDate(dateOrInstant) ? dateOrInstant : localDateTime(dateOrInstant, timeZone).date;
}

/** A time of day: '13 h 05' / '13:05'. */
export function formatTimeOfDay(minutes: number, language: Language): string {
  const hours = Math.floor(minutes / 60);
  const rest = String(minutes % 60).padStart(2, '0');
  return language === 'fr' ? `${hours} h ${rest}` : `${String(hours).padStart(2, '0')}:${rest}`;
}

/** A slot bound on the hour: '13 h' / '13:00'. */
export function formatHour(minutes: number, language: Language): string {
  return language === 'fr' && minutes % 60 === 0 ? `${minutes / 60} h` : formatTimeOfDay(minutes, language);
}
