import {
  callSocketEvents,
  type CallCommand,
  type CandidateView,
  type CommandAck,
  type JoinAck,
} from '../../../shared/protocol/callProtocol';
import { callRefusals } from '../../../shared/session/callRefusals';
import { commandToSend, enqueue, readOutbox, settle, writeOutbox, type OutboxEntry } from './callOutbox';
import type { CallSessionAction } from './callSessionReducer';
import { newClientEventId } from './newClientEventId';

/** A call command as the page issues it: the connection gives it its event id. */
export type CallCommandInput = CallCommand extends infer C ? (C extends CallCommand ? Omit<C, 'id'> : never) : never;

/** What the connection needs of a socket.io client socket (the real one satisfies it). */
export interface CallSocket {
  readonly connected: boolean;
  on(event: string, listener: (...args: never[]) => void): unknown;
  timeout(ms: number): { emitWithAck(event: string, payload: unknown): Promise<unknown> };
  disconnect(): unknown;
}

export interface CallConnectionOptions {
  sessionId: string;
  dispatch: (action: CallSessionAction) => void;
  /** Where unacknowledged commands survive a reload (sessionStorage in the browser). */
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  /** Opens the socket; by default socket.io-client, loaded on demand, on this page's origin. */
  openSocket?: () => Promise<CallSocket>;
  ackTimeoutMs?: number;
  now?: () => number;
}

export interface CallConnection {
  /** Queues the command (persisted until acked) and sends it as soon as the session is joined. */
  send(command: CallCommandInput): string;
  close(): void;
}

const retryDelayMs = 1000;
/** The server's bucket gives back a command every 100 ms: wait a little more than that. */
const rateLimitedRetryMs = 250;

/**
 * The page's one link to the server for a session: joins its room on every (re)connection and
 * renders the fresh view, then sends the outbox in order, one command at a time, each with an ack
 * and a timeout. A timed-out command stays first in line and goes again (the server ignores a
 * duplicate id); one refused for coming too fast goes again after a short pause; any other refusal
 * is dropped and reported.
 */
export function createCallConnection(options: CallConnectionOptions): CallConnection {
  const { sessionId, dispatch, storage } = options;
  const ackTimeoutMs = options.ackTimeoutMs ?? 5000;
  const now = options.now ?? Date.now;
  let entries: OutboxEntry[] = readOutbox(storage, sessionId);
  let socket: CallSocket | null = null;
  let joined = false;
  let flushing = false;
  let closed = false;

  function save(next: OutboxEntry[]) {
    entries = next;
    writeOutbox(storage, sessionId, entries);
    dispatch({ type: 'outboxChanged', pending: entries.length });
  }

  async function join(current: CallSocket) {
    while (!closed && current.connected && !joined) {
      let ack: JoinAck;
      try {
        ack = (await current.timeout(ackTimeoutMs).emitWithAck(callSocketEvents.join, { sessionId })) as JoinAck;
      } catch {
        await delay(retryDelayMs);
        continue;
      }
      if (closed) return;
      if (!ack.ok) {
        dispatch({ type: 'joinFailed', error: ack.error });
        return;
      }
      joined = true;
      dispatch({ type: 'joined', view: ack.view, receivedAt: now() });
      void flush();
    }
  }

  async function flush() {
    if (flushing) return;
    flushing = true;
    try {
      while (!closed && joined && socket?.connected && entries.length > 0) {
        const entry = entries[0]!;
        const command = commandToSend(entry, now());
        if (!command) {
          save(settle(entries, entry.command.id));
          continue;
        }
        let ack: CommandAck;
        try {
          ack = (await socket.timeout(ackTimeoutMs).emitWithAck(callSocketEvents.command, command)) as CommandAck;
        } catch {
          // No answer in time: keep it first in line; it goes again now, or after the next join.
          if (socket?.connected) await delay(retryDelayMs);
          continue;
        }
        if (!ack.ok && ack.error.code === callRefusals.tooFast.code) {
          // Nothing was done: the same command (a voice event with its wait added) goes again.
          await delay(rateLimitedRetryMs);
          continue;
        }
        save(settle(entries, entry.command.id));
        if (!ack.ok) dispatch({ type: 'commandRejected', error: ack.error });
      }
    } finally {
      flushing = false;
    }
  }

  dispatch({ type: 'connecting' });
  if (entries.length > 0) dispatch({ type: 'outboxChanged', pending: entries.length });
  (options.openSocket ?? openDefaultSocket)().then(
    (opened) => {
      if (closed) {
        opened.disconnect();
        return;
      }
      socket = opened;
      opened.on('connect', () => {
        joined = false;
        void join(opened);
      });
      opened.on('disconnect', () => {
        joined = false;
        dispatch({ type: 'disconnected' });
      });
      opened.on(callSocketEvents.view, (view: CandidateView) => {
        if (view.sessionId === sessionId) dispatch({ type: 'viewReceived', view, receivedAt: now() });
      });
      if (opened.connected) void join(opened);
    },
    () => dispatch({ type: 'disconnected' }),
  );

  return {
    send(input) {
      const command = { ...input, id: newClientEventId() } as CallCommand;
      save(enqueue(entries, command, now()));
      void flush();
      return command.id;
    },
    close() {
      closed = true;
      socket?.disconnect();
    },
  };
}

async function openDefaultSocket(): Promise<CallSocket> {
  // Loaded with the first call, not with the app: the home page does not carry socket.io.
  const { io } = await import('socket.io-client');
  return io({ transports: ['websocket', 'polling'] }) as unknown as CallSocket;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
