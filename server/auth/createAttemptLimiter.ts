/** Whether one more attempt is allowed now, and if not, how long until it is. */
export type AttemptVerdict = { allowed: boolean; retryAfterMs: number };

export type AttemptLimiter = {
  /** Counts one attempt for `key` unless it is already over the limit, and says whether it may go on. */
  check(key: string): AttemptVerdict;
  /** Takes back the last attempt counted for `key` (one that turned out legitimate). */
  release(key: string): void;
  /** Forgets the attempts of `key` (e.g. after a successful login). */
  reset(key: string): void;
  /** How many keys are tracked (metrics, tests). */
  size(): number;
};

export type AttemptLimiterOptions = {
  /** Attempts allowed per key within any window of `windowMs`. */
  max: number;
  windowMs: number;
  now?: () => number;
};

/** Past this many keys, a check first drops the keys whose attempts have all expired (once per window). */
const SWEEP_ABOVE_KEYS = 10_000;

/**
 * A sliding-window attempt counter per key (an IP address, a login), in memory: at most `max`
 * attempts in any `windowMs`. A refused attempt is not counted, so a client that waits
 * `retryAfterMs` gets its next try. Memory stays bounded by the attempts of the last two windows.
 */
export function createAttemptLimiter(options: AttemptLimiterOptions): AttemptLimiter {
  const { max, windowMs } = options;
  if (!Number.isInteger(max) || max < 1) throw new RangeError('max must be a positive integer');
  if (!(windowMs > 0)) throw new RangeError('windowMs must be positive');
  const now = options.now ?? Date.now;
  const attempts = new Map<string, number[]>();
  let lastSweepAt = -Infinity;

  /** The key's attempts still inside the window (expired ones dropped). */
  function recent(key: string, at: number): number[] {
    const times = attempts.get(key);
    if (!times) return [];
    const kept = times.filter((time) => time > at - windowMs);
    if (kept.length === 0) attempts.delete(key);
    else attempts.set(key, kept);
    return kept;
  }

  function verdict(times: readonly number[], at: number): AttemptVerdict {
    if (times.length < max) return { allowed: true, retryAfterMs: 0 };
    // The oldest attempt that keeps the count at max leaves the window first.
    return { allowed: false, retryAfterMs: times[times.length - max]! + windowMs - at };
  }

  function sweep(at: number): void {
    // At most once per window, so that many live keys do not make every check walk them all.
    if (attempts.size <= SWEEP_ABOVE_KEYS || at - lastSweepAt < windowMs) return;
    lastSweepAt = at;
    for (const key of [...attempts.keys()]) recent(key, at);
  }

  return {
    check(key) {
      const at = now();
      sweep(at);
      const times = recent(key, at);
      const answer = verdict(times, at);
      if (answer.allowed) attempts.set(key, [...times, at]);
      return answer;
    },
    release(key) {
      const times = attempts.get(key);
      if (!times) return;
      times.pop();
      if (times.length === 0) attempts.delete(key);
    },
    reset(key) {
      attempts.delete(key);
    },
    size: () => attempts.size,
  };
}
