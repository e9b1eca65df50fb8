import { useSyncExternalStore } from 'react';
import type { PublicUser } from '../../../shared/protocol/examProtocol';
import { currentUserStore } from './currentUserStore';

export type CurrentUser = {
  status: 'loading' | 'anonymous' | 'signed-in';
  /** Present when signed in. */
  user?: PublicUser;
  /** Asks the server again who is signed in. */
  refresh: () => Promise<void>;
};

/** Who is signed in (`GET /api/me`), shared across the page and updated by login and logout. */
export function useCurrentUser(): CurrentUser {
  const state = useSyncExternalStore(currentUserStore.subscribe, currentUserStore.get);
  return state.status === 'signed-in'
    ? { status: state.status, user: state.user, refresh: currentUserStore.refresh }
    : { status: state.status, refresh: currentUserStore.refresh };
}
