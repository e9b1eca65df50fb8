import { useCallback, useState } from 'react';

/** A boolean preference kept in localStorage (a blocked storage just forgets it). */
export function usePersistentFlag(key: string, initial: boolean): [boolean, (value: boolean) => void] {
  const [value, setValue] = useState(() => {
    try {
      const stored = localStorage.getItem(key);
      return stored === null ? initial : stored === 'true';
    } catch {
      return initial;
    }
  });
  const set = useCallback(
    (next: boolean) => {
      setValue(next);
      try {
        localStorage.setItem(key, String(next));
      } catch {
        // Private browsing: the choice lasts for this page.
      }
    },
    [key],
  );
  return [value, set];
}
