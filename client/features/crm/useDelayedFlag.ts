import { useEffect, useState } from 'react';

/**
 * True once `active` has stayed true for `delayMs`: a progress indicator that shows only for a
 * slow answer (a quick one never flashes a spinner).
 */
export function useDelayedFlag(active: boolean, delayMs = 300): boolean {
  const [late, setLate] = useState(false);
  useEffect(() => {
    if (!active) return undefined;
    const timer = setTimeout(() => setLate(true), delayMs);
    return () => {
      clearTimeout(timer);
      setLate(false);
    };
  }, [active, delayMs]);
  return active && late;
}
