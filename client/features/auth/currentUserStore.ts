import type { PublicUser } from '../../../shared/protocol/examProtocol';
import { fetchMe } from './authApi';

export type CurrentUserState = { status: 'loading' | 'anonymous' } | { status: 'signed-in'; user: PublicUser };

let state: CurrentUserState = { status: 'loading' };
/** Bumped by every change, so that an older `/api/me` answer never overwrites a newer state. */
let generation = 0;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function set(next: CurrentUserState): void {
  generation += 1;
  state = next;
  for (const listener of listeners) listener();
}

/**
 * Who is signed in, shared by every component of the page (the header, the login page, the
 * examiner's console): asked once of `/api/me` when first needed, then updated by login and logout.
 */
export const currentUserStore = {
  get: (): CurrentUserState => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    if (state.status === 'loading' && !loading) void currentUserStore.refresh();
    return () => listeners.delete(listener);
  },
  /** Asks `/api/me` again (e.g. after a 401 from another call: the session may have expired). */
  refresh(): Promise<void> {
    const asked = generation;
    loading = fetchMe().then((user) => {
      loading = null;
      if (asked === generation) set(user ? { status: 'signed-in', user } : { status: 'anonymous' });
    });
    return loading;
  },
  signedIn: (user: PublicUser) => set({ status: 'signed-in', user }),
  signedOut: () => set({ status: 'anonymous' }),
  /** Back to the start (tests). */
  reset(): void {
    generation += 1;
    loading = null;
    state = { status: 'loading' };
  },
};
