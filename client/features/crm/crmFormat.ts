import type { Locale } from '../../app/i18n/locales';
import { formatEuros, formatVatRate } from '../../../shared/crm/formatEuros';
import { formatDateWithWeekday } from '../../../shared/law/isoDate';

// French formats in French (28/11/2026, « 1 234,56 € », 16:47:06), English ones in English
// (28 Nov 2026, €1,234.56, 16:47:06). Dates 'YYYY-MM-DD' are calendar days: they are never moved
// through a time zone. Instants carry their offset and are shown in the browser's local time.

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const englishDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const clocks = new Map<Locale, Intl.DateTimeFormat>();

/** '28/11/2026' / '28 Nov 2026'; anything that is not a date comes back as it is. */
export function formatDay(date: string, locale: Locale): string {
  const match = ISO_DAY.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  if (locale === 'fr') return `${day}/${month}/${year}`;
  return englishDay.format(new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))));
}

/** 'mercredi 2 décembre 2026' / 'Wednesday 2 December 2026'. */
export function formatLongDay(date: string, locale: Locale): string {
  try {
    return formatDateWithWeekday(date, locale);
  } catch {
    return date;
  }
}

/** '16:47:06', local time, 24-hour clock in both languages. */
export function formatClock(instant: string, locale: Locale): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  let clock = clocks.get(locale);
  if (!clock) {
    clock = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    clocks.set(locale, clock);
  }
  return clock.format(date);
}

/** '28/11/2026 16:47' / '28 Nov 2026 16:47' for an instant (local time); a plain date as `formatDay`. */
export function formatMoment(dateOrInstant: string, locale: Locale): string {
  if (ISO_DAY.test(dateOrInstant)) return formatDay(dateOrInstant, locale);
  const date = new Date(dateOrInstant);
  if (Number.isNaN(date.getTime())) return dateOrInstant;
  const pad = (value: number) => String(value).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${formatDay(day, locale)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** '1 234,56 €' / '€1,234.56' (the CRM's own formatter: the same text on every engine). */
export function formatMoney(cents: number, locale: Locale): string {
  return formatEuros(cents, locale);
}

/** '5,5 %' / '5.5%'. */
export function formatRate(vatRateBp: number, locale: Locale): string {
  return formatVatRate(vatRateBp, locale);
}
