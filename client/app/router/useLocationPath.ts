import { useSyncExternalStore } from 'react';
import { currentPath, subscribeToLocation } from './navigate';

/** The current pathname; re-renders on navigate() and on back/forward. */
export function useLocationPath(): string {
  return useSyncExternalStore(subscribeToLocation, currentPath, () => '/');
}
