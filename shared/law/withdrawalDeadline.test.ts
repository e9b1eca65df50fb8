import { describe, expect, it } from 'vitest';
import { withdrawalDeadline } from './withdrawalDeadline';

describe('withdrawalDeadline (L221-18, L221-19)', () => {
  it('counts 14 days from the day after receipt or conclusion', () => {
    expect(withdrawalDeadline('goods', '2026-09-14')).toBe('2026-09-28'); // Monday → Monday
    expect(withdrawalDeadline('service', '2026-09-15')).toBe('2026-09-29');
  });

  it('extends a period ending on a Sunday or a Saturday to the Monday', () => {
    expect(withdrawalDeadline('goods', '2026-09-13')).toBe('2026-09-28'); // would end Sunday 27
    expect(withdrawalDeadline('goods', '2026-09-12')).toBe('2026-09-28'); // would end Saturday 26
  });

  it('extends a period ending on a public holiday to the next working day', () => {
    expect(withdrawalDeadline('goods', '2026-06-30')).toBe('2026-07-15'); // would end Tuesday 14 July
    expect(withdrawalDeadline('service', '2026-10-28')).toBe('2026-11-12'); // would end Wednesday 11 November
    // Saturday 23 May, Sunday 24, Whit Monday 25: Tuesday 26 May 2026.
    expect(withdrawalDeadline('goods', '2026-05-09')).toBe('2026-05-26');
    // Christmas 2026 is a Friday: Monday 28 December.
    expect(withdrawalDeadline('goods', '2026-12-11')).toBe('2026-12-28');
  });

  it('counts Good Friday as a holiday in Alsace-Moselle only', () => {
    expect(withdrawalDeadline('goods', '2026-03-20')).toBe('2026-04-03');
    // Good Friday 3 April, Saturday, Sunday, Easter Monday 6 April: Tuesday 7 April.
    expect(withdrawalDeadline('goods', '2026-03-20', { alsaceMoselle: true })).toBe('2026-04-07');
  });

  it('adds twelve months when the withdrawal information was never given (L221-20)', () => {
    expect(withdrawalDeadline('goods', '2026-09-14', { informationMissing: true })).toBe('2027-09-28');
    // Initial end Friday 30 Oct 2026; twelve months later is Saturday 30 Oct 2027, then Sunday,
    // then All Saints' Day: Tuesday 2 November 2027.
    expect(withdrawalDeadline('goods', '2026-10-16')).toBe('2026-10-30');
    expect(withdrawalDeadline('goods', '2026-10-16', { informationMissing: true })).toBe('2027-11-02');
  });

  it('refuses a start that is not a date', () => {
    expect(() => withdrawalDeadline('goods', '2026-09-31')).toThrow(RangeError);
    expect(() => withdrawalDeadline('goods', '14/09/2026')).toThrow(RangeError);
  });
});
