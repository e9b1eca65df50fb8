import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ProtocolError } from '../../../shared/protocol/callProtocol';
import type { ExamAck, LoggedEvent, WatchAck } from '../../../shared/protocol/examProtocol';
import { examSocketEvents } from '../../../shared/protocol/examProtocol';
import { newClientEventId } from '../call/newClientEventId';
import { addLoggedEvent, consoleLogOf, consoleModel, type ConsoleLog, type ConsoleModel, type ReplayCache } from './consoleModel';

/** What the console needs of a socket.io client socket. */
export interface ConsoleSocket {
  readonly connected: boolean;
  on(event: string, listener: (...args: never[]) => void): unknown;
  timeout(ms: number): { emitWithAck(event: string, payload: unknown): Promise<unknown> };
  disconnect(): unknown;
}

type ExamCommandEvent = (typeof examSocketEvents)['start' | 'next' | 'mark' | 'decision' | 'customer'];

export type ExamConsole = {
  connection: 'connecting' | 'online' | 'offline';
  error: ProtocolError | null;
  log: ConsoleLog | null;
  model: ConsoleModel | null;
  /** Sends a jury command with a fresh client event id; resolves with the server's ack. */
  send: (event: ExamCommandEvent, payload: Record<string, unknown>) => Promise<ExamAck>;
};

const ackTimeoutMs = 5000;

/**
 * The console's link to an exam: `exam:watch` on every (re)connection gives the whole log from
 * the store, then each `exam:event` is folded in. A reconnect therefore loses nothing.
 */
export function useExamConsole(examId: string, openSocket: () => Promise<ConsoleSocket> = openDefaultSocket): ExamConsole {
  const [log, setLog] = useState<ConsoleLog | null>(null);
  const [connection, setConnection] = useState<ExamConsole['connection']>('connecting');
  const [error, setError] = useState<ProtocolError | null>(null);
  const socketRef = useRef<ConsoleSocket | null>(null);
  const [cache] = useState<ReplayCache>(() => new Map());
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    let closed = false;
    let socket: ConsoleSocket | null = null;
    // Events that arrive while a watch is on its way are applied after its snapshot.
    let pending: LoggedEvent[] | null = null;
    const watch = async (current: ConsoleSocket) => {
      pending = [];
      let ack: WatchAck;
      try {
        ack = (await current.timeout(ackTimeoutMs).emitWithAck(examSocketEvents.watch, { examId })) as WatchAck;
      } catch {
        pending = null;
        if (!closed && current.connected) setTimeout(() => void watch(current), 1000);
        return;
      }
      if (closed) return;
      const late = pending;
      pending = null;
      if (!ack.ok) {
        setError(ack.error);
        return;
      }
      setError(null);
      cache.clear();
      setLog(late.reduce(addLoggedEvent, consoleLogOf(ack.state)));
      setConnection('online');
    };
    openSocket().then(
      (opened) => {
        if (closed) {
          opened.disconnect();
          return;
        }
        socket = opened;
        socketRef.current = opened;
        opened.on('connect', () => void watch(opened));
        opened.on('disconnect', () => setConnection('offline'));
        opened.on(examSocketEvents.event, (event: LoggedEvent) => {
          if (pending) pending.push(event);
          else setLog((before) => (before ? addLoggedEvent(before, event) : before));
        });
        if (opened.connected) void watch(opened);
      },
      () => setConnection('offline'),
    );
    return () => {
      closed = true;
      socket?.disconnect();
      socketRef.current = null;
    };
  }, [examId, openSocket, cache]);

  // Timers end calls without any event (wrap-up running out): look again every few seconds.
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 5000);
    return () => clearInterval(timer);
  }, []);

  const model = useMemo(() => (log ? consoleModel(log, cache, now) : null), [log, now, cache]);

  const send = useCallback(
    async (event: ExamCommandEvent, payload: Record<string, unknown>): Promise<ExamAck> => {
      const socket = socketRef.current;
      const unavailable: ExamAck = { ok: false, error: { code: 'offline', message: { fr: 'Pas de connexion au serveur.', en: 'No connection to the server.' } } };
      if (!socket) return unavailable;
      try {
        return (await socket.timeout(ackTimeoutMs).emitWithAck(event, { id: newClientEventId(), examId, ...payload })) as ExamAck;
      } catch {
        return unavailable;
      }
    },
    [examId],
  );

  return { connection, error, log, model, send };
}

async function openDefaultSocket(): Promise<ConsoleSocket> {
  const { io } = await import('socket.io-client');
  return io({ transports: ['websocket', 'polling'], withCredentials: true }) as unknown as ConsoleSocket;
}
