import type { CandidateView, ProtocolError } from '../../../shared/protocol/callProtocol';

/** What the call page knows: the link to the server, the last view, what went wrong. */
export interface CallSessionState {
  connection: 'connecting' | 'online' | 'offline';
  view: CandidateView | null;
  /** Server time minus browser time when the last view arrived: timers run on the server's clock. */
  clockOffsetMs: number;
  /** The session could not be joined (unknown session, server refusal). */
  joinError: ProtocolError | null;
  /** The last command the server refused, until dismissed or the next accepted view. */
  commandError: ProtocolError | null;
  /** Commands sent or waiting, not yet acknowledged. */
  pending: number;
}

export type CallSessionAction =
  | { type: 'connecting' }
  | { type: 'disconnected' }
  | { type: 'joined'; view: CandidateView; receivedAt: number }
  | { type: 'joinFailed'; error: ProtocolError }
  | { type: 'viewReceived'; view: CandidateView; receivedAt: number }
  | { type: 'commandRejected'; error: ProtocolError }
  | { type: 'errorDismissed' }
  | { type: 'outboxChanged'; pending: number };

export const initialCallSessionState: CallSessionState = {
  connection: 'connecting',
  view: null,
  clockOffsetMs: 0,
  joinError: null,
  commandError: null,
  pending: 0,
};

export function callSessionReducer(state: CallSessionState, action: CallSessionAction): CallSessionState {
  switch (action.type) {
    case 'connecting':
      return state.connection === 'connecting' ? state : { ...state, connection: 'connecting' };
    case 'disconnected':
      return { ...state, connection: 'offline' };
    case 'joined':
      // A (re)join answers with the session as it is now: it replaces whatever we had.
      return { ...state, connection: 'online', joinError: null, view: action.view, clockOffsetMs: action.view.serverNow - action.receivedAt };
    case 'joinFailed':
      return { ...state, connection: 'online', joinError: action.error };
    case 'viewReceived': {
      const current = state.view;
      // A view of another session, or older than the one shown, changes nothing.
      if (current && (current.sessionId !== action.view.sessionId || action.view.serverNow < current.serverNow)) return state;
      return { ...state, view: action.view, clockOffsetMs: action.view.serverNow - action.receivedAt };
    }
    case 'commandRejected':
      return { ...state, commandError: action.error };
    case 'errorDismissed':
      return state.commandError ? { ...state, commandError: null } : state;
    case 'outboxChanged':
      return state.pending === action.pending ? state : { ...state, pending: action.pending };
  }
}
