import { describe, expect, it } from 'vitest';
import { createAttemptLimiter } from './createAttemptLimiter';
import { createAttemptLimiter as fromJoinCodes } from './joinCodes';

describe('createAttemptLimiter', () => {
  it('allows max attempts per key in any window, then says how long to wait; a refused attempt does not count', () => {
    let clock = 1_000;
    const limiter = createAttemptLimiter({ max: 3, windowMs: 60_000, now: () => clock });
    for (const at of [1_000, 11_000, 21_000]) {
      clock = at;
      expect(limiter.check('1.2.3.4')).toEqual({ allowed: true, retryAfterMs: 0 });
    }
    clock = 30_000;
    expect(limiter.check('1.2.3.4')).toEqual({ allowed: false, retryAfterMs: 31_000 });
    expect(limiter.check('5.6.7.8').allowed).toBe(true);
    clock = 61_000; // the first attempt has left the window, not the others
    expect(limiter.check('1.2.3.4')).toEqual({ allowed: true, retryAfterMs: 0 });
    expect(limiter.check('1.2.3.4')).toEqual({ allowed: false, retryAfterMs: 10_000 }); // 11 s + 60 s − 61 s
  });

  it('reset forgets a key, release takes back its last attempt', () => {
    const limiter = fromJoinCodes({ max: 2, windowMs: 1000, now: () => 0 });
    limiter.check('a');
    limiter.check('a');
    expect(limiter.check('a').allowed).toBe(false);
    limiter.release('a');
    expect(limiter.check('a').allowed).toBe(true);
    expect(limiter.check('a').allowed).toBe(false);
    limiter.reset('a');
    expect(limiter.check('a').allowed).toBe(true);
  });

  it('forgets keys whose attempts expired, without walking every key on every check', () => {
    let clock = 0;
    const limiter = createAttemptLimiter({ max: 1, windowMs: 1000, now: () => clock });
    const started = performance.now();
    for (let i = 0; i < 50_000; i += 1) limiter.check(`ip${i}`);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(limiter.size()).toBe(50_000);
    clock = 5000;
    expect(limiter.check('late').allowed).toBe(true);
    expect(limiter.size()).toBe(1);
    expect(limiter.check('late')).toEqual({ allowed: false, retryAfterMs: 1000 });
  });

  it('refuses nonsense limits', () => {
    expect(() => createAttemptLimiter({ max: 0, windowMs: 1000 })).toThrow(RangeError);
    expect(() => createAttemptLimiter({ max: 1, windowMs: 0 })).toThrow(RangeError);
  });
});
