import { describe, expect, test } from 'vitest';
import { formatClock, formatDay, formatLongDay, formatMoment, formatMoney, formatRate } from './crmFormat';

describe('CRM formats', () => {
  test('dates are French in French, English in English, and never shift a day', () => {
    expect(formatDay('2026-11-28', 'fr')).toBe('28/11/2026');
    expect(formatDay('2026-11-28', 'en')).toBe('28 Nov 2026');
    expect(formatDay('2026-01-01', 'fr')).toBe('01/01/2026');
    expect(formatDay('not a date', 'fr')).toBe('not a date');
    expect(formatLongDay('2026-12-02', 'fr')).toBe('mercredi 2 décembre 2026');
    expect(formatLongDay('2026-12-02', 'en')).toBe('Wednesday 2 December 2026');
  });

  test('amounts: « 1 234,56 € » in French, €1,234.56 in English', () => {
    expect(formatMoney(123456, 'fr')).toBe('1\u202f234,56\u00a0€');
    expect(formatMoney(14700, 'en')).toBe('€147.00');
    expect(formatRate(550, 'fr')).toBe('5,5\u00a0%');
  });

  test('instants are shown in local time, on a 24-hour clock', () => {
    const instant = new Date(2026, 10, 28, 16, 7, 5).toISOString();
    expect(formatClock(instant, 'fr')).toBe('16:07:05');
    expect(formatClock(instant, 'en')).toBe('16:07:05');
    expect(formatMoment(instant, 'fr')).toBe('28/11/2026 16:07');
    expect(formatMoment('2026-11-23', 'fr')).toBe('23/11/2026');
  });
});
