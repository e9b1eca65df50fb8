import { describe, expect, it } from 'vitest';
import { formatHour, formatTimeOfDay, localDate, localDateTime, parseInstant } from './localDateTime';

const hm = (hours: number, minutes: number): number => hours * 60 + minutes;

describe('localDateTime', () => {
  it('reads Paris summer (UTC+2) and winter (UTC+1) time from UTC instants', () => {
    expect(localDateTime('2026-06-16T10:59:00Z', 'Europe/Paris')).toEqual({ date: '2026-06-16', weekday: 2, minutes: hm(12, 59) });
    expect(localDateTime('2026-01-13T11:59:00Z', 'Europe/Paris')).toEqual({ date: '2026-01-13', weekday: 2, minutes: hm(12, 59) });
  });

  it('follows the spring change on 29 March 2026 in Paris (02:00 CET → 03:00 CEST)', () => {
    expect(localDateTime('2026-03-29T00:59:00Z', 'Europe/Paris')).toEqual({ date: '2026-03-29', weekday: 7, minutes: hm(1, 59) });
    expect(localDateTime('2026-03-29T01:00:00Z', 'Europe/Paris')).toEqual({ date: '2026-03-29', weekday: 7, minutes: hm(3, 0) });
  });

  it('follows the autumn change on 25 October 2026 in Paris (03:00 CEST → 02:00 CET)', () => {
    expect(localDateTime('2026-10-25T00:59:00Z', 'Europe/Paris').minutes).toBe(hm(2, 59));
    expect(localDateTime('2026-10-25T01:00:00Z', 'Europe/Paris').minutes).toBe(hm(2, 0));
    expect(localDateTime('2026-10-26T09:00:00Z', 'Europe/Paris').minutes).toBe(hm(10, 0));
  });

  it('reads overseas zones, which keep no daylight saving time', () => {
    // Martinique is UTC-4 all year: 03:30 UTC is still the evening before.
    expect(localDateTime('2026-06-16T03:30:00Z', 'America/Martinique')).toEqual({ date: '2026-06-15', weekday: 1, minutes: hm(23, 30) });
    expect(localDateTime('2026-01-13T14:00:00Z', 'America/Martinique').minutes).toBe(hm(10, 0));
    // La Réunion is UTC+4 all year: 20:30 UTC is already the next day.
    expect(localDateTime('2026-06-16T20:30:00Z', 'Indian/Reunion')).toEqual({ date: '2026-06-17', weekday: 3, minutes: hm(0, 30) });
    expect(localDateTime('2026-01-13T08:30:00Z', 'Indian/Reunion').minutes).toBe(hm(12, 30));
  });

  it('accepts offsets and Date objects, drops the seconds', () => {
    expect(localDateTime('2026-09-14T13:05:00+02:00', 'Europe/Paris').minutes).toBe(hm(13, 5));
    expect(localDateTime('2026-09-14T13:05:00+02:00', 'Indian/Reunion').minutes).toBe(hm(15, 5));
    expect(localDateTime(new Date('2026-09-14T11:05:00Z'), 'Europe/Paris').minutes).toBe(hm(13, 5));
    expect(localDateTime('2026-06-16T10:59:59.999Z', 'Europe/Paris').minutes).toBe(hm(12, 59));
    expect(localDateTime('2026-06-15T22:00:00Z', 'Europe/Paris')).toEqual({ date: '2026-06-16', weekday: 2, minutes: 0 });
  });

  it('refuses an instant without offset, nonsense and unknown zones', () => {
    expect(() => localDateTime('2026-06-16T10:59:00', 'Europe/Paris')).toThrow(RangeError);
    expect(() => localDateTime('2026-06-16', 'Europe/Paris')).toThrow(RangeError);
    expect(() => localDateTime('tomorrow', 'Europe/Paris')).toThrow(RangeError);
    expect(() => localDateTime('2026-02-30T10:00:00Z', 'Europe/Paris')).toThrow(RangeError);
    expect(() => localDateTime(new Date(Number.NaN), 'Europe/Paris')).toThrow(RangeError);
    expect(() => localDateTime('2026-06-16T10:59:00Z', 'Mars/Olympus_Mons')).toThrow(/Unknown IANA time zone/);
    expect(parseInstant('2026-06-16T10:59:00+02:00').toISOString()).toBe('2026-06-16T08:59:00.000Z');
  });
});

describe('localDate', () => {
  it('keeps a date, and places an instant on the local calendar', () => {
    expect(localDate('2026-07-17', 'Indian/Reunion')).toBe('2026-07-17');
    expect(localDate('2026-07-17T21:00:00Z', 'Indian/Reunion')).toBe('2026-07-18');
    expect(localDate('2026-07-17T21:00:00Z', 'Europe/Paris')).toBe('2026-07-17');
  });
});

describe('time formatting', () => {
  it('writes French and English times', () => {
    expect(formatTimeOfDay(hm(13, 5), 'fr')).toBe('13 h 05');
    expect(formatTimeOfDay(hm(9, 59), 'fr')).toBe('9 h 59');
    expect(formatTimeOfDay(hm(9, 59), 'en')).toBe('09:59');
    expect(formatHour(hm(14, 0), 'fr')).toBe('14 h');
    expect(formatHour(hm(14, 0), 'en')).toBe('14:00');
  });
});
