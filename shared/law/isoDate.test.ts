import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, formatDate, formatDateWithWeekday, isIsoDate, isoWeekday, parseIsoDate } from './isoDate';

describe('isoDate', () => {
  it('recognises real calendar dates only', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-9-1')).toBe(false);
    expect(isIsoDate('2026-09-01T10:00:00Z')).toBe(false);
    expect(() => parseIsoDate('2026-02-30')).toThrow(RangeError);
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('adds months, ending on the last day of a shorter month', () => {
    expect(addMonths('2026-09-14', 12)).toBe('2027-09-14');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('counts days between dates, across the DST change (UTC arithmetic)', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-07-17', '2026-09-15')).toBe(60);
    expect(daysBetween('2026-09-15', '2026-09-14')).toBe(-1);
  });

  it('gives ISO weekdays, Monday = 1', () => {
    expect(isoWeekday('2026-09-14')).toBe(1);
    expect(isoWeekday('2026-09-19')).toBe(6);
    expect(isoWeekday('2026-09-20')).toBe(7);
  });

  it('formats dates in French and English', () => {
    expect(formatDate('2026-05-25', 'fr')).toBe('25 mai 2026');
    expect(formatDate('2026-05-01', 'fr')).toBe('1er mai 2026');
    expect(formatDate('2026-08-11', 'en')).toBe('11 August 2026');
    expect(formatDateWithWeekday('2026-09-14', 'fr')).toBe('lundi 14 septembre 2026');
    expect(formatDateWithWeekday('2026-09-14', 'en')).toBe('Monday 14 September 2026');
  });
});
