import { useCallback, useEffect, useReducer, useRef } from 'react';
import { callSessionReducer, initialCallSessionState, type CallSessionState } from './callSessionReducer';
import { createCallConnection, type CallCommandInput, type CallConnection, type CallConnectionOptions } from './createCallConnection';

export type CallSession = {
  state: CallSessionState;
  send: (command: CallCommandInput) => void;
  dismissError: () => void;
};

/** The live call of a session: one connection for the page's lifetime, its state, and `send`. */
export function useCallSession(sessionId: string, openSocket?: CallConnectionOptions['openSocket']): CallSession {
  const [state, dispatch] = useReducer(callSessionReducer, initialCallSessionState);
  const connection = useRef<CallConnection | null>(null);

  useEffect(() => {
    const created = createCallConnection({ sessionId, dispatch, storage: sessionStorage, ...(openSocket ? { openSocket } : {}) });
    connection.current = created;
    return () => {
      created.close();
      connection.current = null;
    };
  }, [sessionId, openSocket]);

  const send = useCallback((command: CallCommandInput) => {
    connection.current?.send(command);
  }, []);
  const dismissError = useCallback(() => dispatch({ type: 'errorDismissed' }), []);
  return { state, send, dismissError };
}
