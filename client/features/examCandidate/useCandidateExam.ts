import { useEffect, useState } from 'react';
import type { ProtocolError } from '../../../shared/protocol/callProtocol';
import type { CandidateExamAck, CandidateExamView } from '../../../shared/protocol/examProtocol';
import { examSocketEvents } from '../../../shared/protocol/examProtocol';
import type { CallSocket } from '../call/createCallConnection';

export type CandidateExam = { view: CandidateExamView | null; error: ProtocolError | null; offline: boolean };

/**
 * The candidate's link to the exam: `exam:candidateJoin { token }` on every (re)connection, then
 * each `exam:candidateState` the server sends.
 */
export function useCandidateExam(token: string): CandidateExam {
  const [view, setView] = useState<CandidateExamView | null>(null);
  const [error, setError] = useState<ProtocolError | null>(null);
  const [offline, setOffline] = useState(false);
  useEffect(() => {
    let closed = false;
    let socket: CallSocket | null = null;
    void openCandidateSocket(token, (ack) => {
      if (closed) return;
      if (ack.ok) {
        setView(ack.view);
        setError(null);
        setOffline(false);
      } else setError(ack.error);
    }).then((opened) => {
      if (closed) {
        opened.disconnect();
        return;
      }
      socket = opened;
      opened.on('disconnect', () => setOffline(true));
      opened.on(examSocketEvents.candidateState, (next: CandidateExamView) => setView(next));
    });
    return () => {
      closed = true;
      socket?.disconnect();
    };
  }, [token]);
  return { view, error, offline };
}

/**
 * A socket that presents the candidate's token on each (re)connection before anything else: the
 * server lets it join the exam's current call (`session:join`) only then. Its `connect` listeners
 * (the call connection's join) run once the server has acknowledged the token, not before.
 */
export async function openCandidateSocket(token: string, onJoined?: (ack: CandidateExamAck) => void): Promise<CallSocket> {
  const { io } = await import('socket.io-client');
  const socket = io({ transports: ['websocket', 'polling'] });
  const connectListeners: (() => void)[] = [];
  let presented = false;
  const present = () => {
    socket
      .timeout(5000)
      .emitWithAck(examSocketEvents.candidateJoin, { token })
      .then(
        (ack: CandidateExamAck) => {
          presented = ack.ok;
          onJoined?.(ack);
          if (ack.ok) for (const listener of connectListeners) listener();
        },
        () => (socket.connected ? present() : undefined),
      );
  };
  socket.on('connect', () => {
    presented = false;
    present();
  });
  socket.on('disconnect', () => {
    presented = false;
  });
  const wrapped: CallSocket = {
    get connected() {
      return socket.connected && presented;
    },
    on(event: string, listener: (...args: never[]) => void) {
      if (event === 'connect') connectListeners.push(listener as () => void);
      else socket.on(event, listener as (...args: unknown[]) => void);
      return wrapped;
    },
    timeout: (ms: number) => socket.timeout(ms),
    disconnect: () => socket.disconnect(),
  };
  return wrapped;
}
