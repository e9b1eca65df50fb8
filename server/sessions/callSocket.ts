import type { Server, Socket } from 'socket.io';
import type { CommandAck, JoinAck } from '../../shared/protocol/callProtocol';
import { callCommandSchema, callSocketEvents, joinPayloadSchema } from '../../shared/protocol/callProtocol';
import { advanceSession, sessionDeadline } from '../../shared/session/applyCallCommand';
import { callRefusals } from '../../shared/session/callRefusals';
import { candidateView } from '../../shared/session/candidateView';
import type { PracticeSession } from '../../shared/session/practiceSession';
import type { SessionRegistry } from './createSessionRegistry';
import { createTokenBucket } from '../http/createTokenBucket';
import { jsonSize } from '../http/jsonSize';

export interface CallSocketOptions {
  /** Server clock in ms (default Date.now). */
  now?: () => number;
  /** A command larger than this (as JSON) is refused unread. Default 2 KB. */
  maxCommandBytes?: number;
  /** Per socket: a burst of `burst` commands, then `perSecond` a second. Default 30 and 10. */
  rateLimit?: { burst: number; perSecond: number };
  /** Told when the store fails to commit a command (default: console.error). */
  onError?: (error: unknown) => void;
}

export interface CallSocket {
  /** Re-arms the session's timer and, once its changes are all committed, sends its view to its room. */
  changed(session: PracticeSession): void;
  /** Arms the session's timer at its next deadline (a recovered session's timers count from their deadlines). */
  arm(session: PracticeSession): void;
  /** Clears every timer (the app is closing). */
  close(): void;
}

export const sessionRoom = (sessionId: string) => `session:${sessionId}`;

/** What a command gets when the store cannot commit it: nothing is acked that is not stored. */
export const storeFailure = {
  code: 'store.failed',
  message: { fr: 'Le serveur n’a pas pu enregistrer : réessayez.', en: 'The server could not save: try again.' },
} as const;

/**
 * The practice call over socket.io. `session:join` puts the socket in the session's room and
 * acks its view; `call:command` is validated, played on the session the socket joined, stored,
 * then acked (`{ ok, seq, duplicate }` or `{ ok: false, error }`). After every committed event of
 * a session (a command, a CRM request, the customer played by an examiner) its new view goes to
 * the room, never showing a change the store has not committed. Each session has at most one
 * armed timer, at its next deadline (a scenario timer or the end of wrap-up); when it fires the
 * session advances and the view is broadcast.
 */
export function attachCallSocket(io: Server, registry: SessionRegistry, options: CallSocketOptions = {}): CallSocket {
  const now = options.now ?? Date.now;
  const maxBytes = options.maxCommandBytes ?? 2048;
  const { burst, perSecond } = options.rateLimit ?? { burst: 30, perSecond: 10 };
  const timers = new Map<string, NodeJS.Timeout>();
  const broadcasts = new Map<string, NodeJS.Immediate>();
  let closed = false;

  /** After the acks of this turn (one view for a burst of changes), if nothing of the session is still uncommitted. */
  const broadcast = (session: PracticeSession) => {
    if (broadcasts.has(session.id) || closed) return;
    broadcasts.set(
      session.id,
      setImmediate(() => {
        broadcasts.delete(session.id);
        if (registry.isSettled(session.id)) io.to(sessionRoom(session.id)).emit(callSocketEvents.view, candidateView(session, now()));
      }),
    );
  };
  const arm = (session: PracticeSession) => {
    clearTimeout(timers.get(session.id));
    timers.delete(session.id);
    const deadline = sessionDeadline(session);
    if (deadline === null || closed) return;
    const timer = setTimeout(() => {
      timers.delete(session.id);
      advanceSession(session, now());
      changed(session);
    }, Math.max(0, deadline - now()));
    timers.set(session.id, timer);
  };
  const changed = (session: PracticeSession) => {
    arm(session);
    broadcast(session);
  };
  /** Lets the session's time catch up with `at`; broadcasts if a timer fired meanwhile. */
  const catchUp = (session: PracticeSession, at = now()) => {
    if (advanceSession(session, at)) changed(session);
  };
  const unsubscribe = registry.onEvent((_event, session) => changed(session));

  io.on('connection', (socket: Socket) => {
    const bucket = createTokenBucket({ burst, perSecond }, now);

    socket.on(callSocketEvents.join, (payload: unknown, ack: unknown) => {
      const reply = (answer: JoinAck) => typeof ack === 'function' && ack(answer);
      const parsed = joinPayloadSchema.safeParse(payload);
      if (!parsed.success) return reply({ ok: false, error: callRefusals.badPayload });
      const session = registry.get(parsed.data.sessionId);
      if (!session) return reply({ ok: false, error: callRefusals.noSession });
      const previous = socket.data.sessionId as string | undefined;
      if (previous && previous !== session.id) void socket.leave(sessionRoom(previous));
      socket.data.sessionId = session.id;
      void socket.join(sessionRoom(session.id));
      catchUp(session);
      arm(session);
      reply({ ok: true, view: candidateView(session, now()) });
    });

    socket.on(callSocketEvents.command, (payload: unknown, ack: unknown) => {
      const reply = (answer: CommandAck) => typeof ack === 'function' && ack(answer);
      if (jsonSize(payload) > maxBytes) return reply({ ok: false, error: callRefusals.tooLarge });
      if (!bucket.take()) return reply({ ok: false, error: callRefusals.tooFast });
      const parsed = callCommandSchema.safeParse(payload);
      if (!parsed.success) return reply({ ok: false, error: callRefusals.badPayload });
      const session = registry.get((socket.data.sessionId as string | undefined) ?? '');
      if (!session) return reply({ ok: false, error: callRefusals.notJoined });
      const at = now();
      catchUp(session, at);
      registry.command(session.id, parsed.data, at).then(reply, (error: unknown) => {
        (options.onError ?? console.error)(error);
        reply({ ok: false, error: storeFailure });
      });
    });
  });

  return {
    changed,
    arm,
    close() {
      closed = true;
      unsubscribe();
      for (const timer of timers.values()) clearTimeout(timer);
      for (const pending of broadcasts.values()) clearImmediate(pending);
      timers.clear();
      broadcasts.clear();
    },
  };
}
