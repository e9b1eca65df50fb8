import { describe, expect, test } from 'vitest';
import { localInstant } from './localInstant';

describe('localInstant', () => {
  test('gives an instant with an offset that means the typed local time', () => {
    const instant = localInstant('2026-12-01', '10:30')!;
    expect(instant).toMatch(/^2026-12-01T10:30:00[+-]\d{2}:\d{2}$/);
    const back = new Date(instant);
    expect([back.getFullYear(), back.getMonth() + 1, back.getDate(), back.getHours(), back.getMinutes()]).toEqual([2026, 12, 1, 10, 30]);
  });

  test('null for a malformed or impossible date or time', () => {
    expect(localInstant('2026-02-30', '10:00')).toBeNull();
    expect(localInstant('2026-12-01', '24:00')).toBeNull();
    expect(localInstant('', '10:00')).toBeNull();
    expect(localInstant('2026-12-01', '')).toBeNull();
  });
});
