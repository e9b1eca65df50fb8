/**
 * A token bucket for one client's inputs: `burst` at once, then `perSecond` a second.
 * `take()` spends a token and says whether the input may go through.
 */
export function createTokenBucket({ burst, perSecond }: { burst: number; perSecond: number }, now: () => number): { take(): boolean } {
  let tokens = burst;
  let at = now();
  return {
    take() {
      const t = now();
      tokens = Math.min(burst, tokens + ((t - at) * perSecond) / 1000);
      at = t;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
