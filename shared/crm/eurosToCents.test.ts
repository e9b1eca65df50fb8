import { describe, expect, it } from 'vitest';
import { eurosToCents, percentToBasisPoints } from './eurosToCents';

describe('eurosToCents and percentToBasisPoints', () => {
  it('reads fixture amounts in decimal, without floating-point drift', () => {
    expect(eurosToCents(107.5)).toBe(10750);
    expect(eurosToCents(180.91)).toBe(18091);
    expect(eurosToCents(0.62)).toBe(62);
    expect(eurosToCents(4665.6)).toBe(466560);
    expect(eurosToCents(1.005)).toBe(101); // 1.005 * 100 is 100.49999… in binary
    expect(eurosToCents(0)).toBe(0);
  });

  it('turns VAT percentages into basis points', () => {
    expect(percentToBasisPoints(20)).toBe(2000);
    expect(percentToBasisPoints(5.5)).toBe(550);
    expect(percentToBasisPoints(2.1)).toBe(210);
    expect(percentToBasisPoints(10)).toBe(1000);
  });

  it('refuses what is not a number', () => {
    expect(() => eurosToCents(Number.NaN)).toThrow(RangeError);
    expect(() => percentToBasisPoints(-5)).toThrow(RangeError);
  });
});
