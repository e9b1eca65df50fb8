import { describe, expect, it } from 'vitest';
import { easterSunday, frenchPublicHolidays, isWorkingDay, publicHolidayOn } from './frenchPublicHolidays';

describe('easterSunday', () => {
  it.each([
    [1818, '1818-03-22'], // the earliest possible date
    [1943, '1943-04-25'], // the latest possible date
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('Easter %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('refuses years outside the Gregorian range it knows, and fractions', () => {
    expect(() => easterSunday(1582)).toThrow(RangeError);
    expect(() => easterSunday(2026.5)).toThrow(RangeError);
  });
});

describe('frenchPublicHolidays', () => {
  it('lists the eleven holidays of C. trav. L3133-1 for 2026, sorted', () => {
    expect(frenchPublicHolidays(2026)).toEqual([
      '2026-01-01',
      '2026-04-06', // Easter Monday
      '2026-05-01',
      '2026-05-08',
      '2026-05-14', // Ascension = Easter + 39
      '2026-05-25', // Whit Monday = Easter + 50
      '2026-07-14',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-25',
    ]);
  });

  it('adds Good Friday and 26 December in Alsace-Moselle', () => {
    const alsace = frenchPublicHolidays(2026, { alsaceMoselle: true });
    expect(alsace).toHaveLength(13);
    expect(alsace).toContain('2026-04-03');
    expect(alsace).toContain('2026-12-26');
    expect([...alsace].sort()).toEqual(alsace);
    expect(frenchPublicHolidays(2026)).not.toContain('2026-04-03');
  });

  it('lists a date once when Ascension falls on 1 May (2008)', () => {
    expect(frenchPublicHolidays(2008)).toHaveLength(10);
    expect(publicHolidayOn('2008-05-01')?.name.fr).toBe('Fête du Travail');
  });

  it('puts Whit Monday 2026 on 25 May and names it', () => {
    expect(publicHolidayOn('2026-05-25')?.name).toEqual({ fr: 'Lundi de Pentecôte', en: 'Whit Monday' });
    expect(publicHolidayOn('2026-05-26')).toBeUndefined();
  });

  it('returns a fresh array each time (the cache is not exposed)', () => {
    const first = frenchPublicHolidays(2027);
    first.push('tampered');
    expect(frenchPublicHolidays(2027)).not.toContain('tampered');
  });
});

describe('isWorkingDay', () => {
  it('is Monday to Friday, not a public holiday', () => {
    expect(isWorkingDay('2026-05-25')).toBe(false); // Whit Monday
    expect(isWorkingDay('2026-05-26')).toBe(true);
    expect(isWorkingDay('2026-09-19')).toBe(false); // Saturday
    expect(isWorkingDay('2026-09-20')).toBe(false); // Sunday
    expect(isWorkingDay('2026-04-03')).toBe(true); // Good Friday, a working day in most of France
    expect(isWorkingDay('2026-04-03', { alsaceMoselle: true })).toBe(false);
  });
});
