import type { Server, Socket } from 'socket.io';
import { z } from 'zod';
import type { Auth } from '../auth/createAuth';
import type { SessionRegistry } from '../sessions/createSessionRegistry';
import type { StoredEvent } from '../store/createEventStore';
import type { ProtocolError } from '../../shared/protocol/callProtocol';
import { callSocketEvents } from '../../shared/protocol/callProtocol';
import type { CandidateExamAck, ExamAck, PublicUser, WatchAck, WatchState } from '../../shared/protocol/examProtocol';
import { customerTriggerSchema, decisionInputSchema, examCommandSchema, examSocketEvents, markInputSchema } from '../../shared/protocol/examProtocol';
import { examRefusals } from '../../shared/exam/examRefusals';
import type { ExamState } from '../../shared/exam/examState';
import { candidateExamView } from '../../shared/exam/examState';
import { isGridCompetency } from '../../shared/exam/examGridCompetencies';
import type { Scenario } from '../../shared/scenario/scenarioSchema';
import type { Deliver, ExamBook } from './createExamBook';
import { createTokenBucket } from '../http/createTokenBucket';
import { jsonSize } from '../http/jsonSize';

export interface ExamSocketOptions {
  /** Server clock in ms (default Date.now). */
  now?: () => number;
  /** An input larger than this (as JSON) is refused unread. Default 16 KB (a decision's comment). */
  maxInputBytes?: number;
  /** Per socket: a burst of `burst` inputs, then `perSecond` a second. Default 30 and 10. */
  rateLimit?: { burst: number; perSecond: number };
  /**
   * How often consoles are checked again (default 10 s): a socket whose examiner has signed out,
   * expired or left the jury stops receiving the exam's events.
   */
  recheckMs?: number;
}

export interface ExamSocketDeps {
  book: ExamBook;
  auth: Pick<Auth, 'userFromSocket' | 'getUser'>;
  sessions: Pick<SessionRegistry, 'trigger' | 'onEvent' | 'get'>;
  scenarios: ReadonlyMap<string, Scenario>;
  onError: (error: unknown) => void;
}

export interface ExamSocket {
  /** Broadcasts an exam's committed events to its console, and the candidate's view if it changed. */
  publish(examId: string, committed: readonly StoredEvent[]): void;
  /**
   * Null when `socket` may join (or command) the session, else why not: a call of an exam is open
   * only to that exam's candidate, and only while it is current. Every socket checks it (a socket
   * middleware) before the call socket's `session:join` and `call:command`.
   */
  sessionRefusal(socket: Socket, sessionId: string): ProtocolError | null;
  close(): void;
}

export const consoleRoom = (examId: string) => `exam:${examId}:console`;
export const candidateRoom = (examId: string) => `exam:${examId}:candidate`;

type Reply<T> = (answer: T) => void;

/**
 * The exam over socket.io (examSocketEvents): the jury's console (`exam:watch`, then every committed
 * event of the exam and of its calls as `exam:event`), the examiners' inputs (start, next, marks,
 * the decision, the live customer) and the candidate's `exam:candidateJoin`. Each examiner input is
 * size-capped, rate-limited, checked against the signed-in user (read again on every input) and
 * zod-validated; an accepted one is durably appended, then acked, then broadcast.
 */
export function attachExamSocket(io: Server, deps: ExamSocketDeps, options: ExamSocketOptions = {}): ExamSocket {
  const { book, auth, sessions } = deps;
  const now = options.now ?? Date.now;
  const maxBytes = options.maxInputBytes ?? 16 * 1024;
  const { burst, perSecond } = options.rateLimit ?? { burst: 30, perSecond: 10 };
  const lastCandidateView = new Map<string, string>();

  /** The signed-in juror of the exam behind a socket, or why not (read again for every input). */
  const jurorOf = (socket: Socket, examId: string): { user: PublicUser; exam: ExamState } | ProtocolError => {
    const user = auth.userFromSocket(socket);
    if (!user) return examRefusals.notSignedIn;
    const exam = book.get(examId);
    if (!exam) return examRefusals.unknownExam;
    if (user.role === 'trainer' || !exam.jury.includes(user.id)) return examRefusals.notJury;
    return { user, exam };
  };

  // Broadcasts go to a room without asking who is in it: check the consoles' sockets now and then.
  const recheck = setInterval(() => {
    for (const [room, socketIds] of io.sockets.adapter.rooms) {
      const examId = /^exam:(.+):console$/.exec(room)?.[1];
      if (!examId) continue;
      for (const socketId of socketIds) {
        const socket = io.sockets.sockets.get(socketId);
        if (socket && 'code' in jurorOf(socket, examId)) void socket.leave(room);
      }
    }
  }, options.recheckMs ?? 10_000);
  recheck.unref();

  const publish = (examId: string, committed: readonly StoredEvent[]) => {
    for (const event of committed) io.to(consoleRoom(examId)).emit(examSocketEvents.event, event);
    const state = book.get(examId);
    if (!state) return;
    const view = candidateExamView(state);
    const text = JSON.stringify(view);
    if (lastCandidateView.get(examId) === text) return;
    lastCandidateView.set(examId, text);
    io.to(candidateRoom(examId)).emit(examSocketEvents.candidateState, view);
  };

  // A call's events go to its exam's console as they are committed.
  const unsubscribe = sessions.onEvent((event, session) => {
    const examId = session.examId ?? book.examOfSession(event.sessionId);
    if (examId) io.to(consoleRoom(examId)).emit(examSocketEvents.event, event);
  });

  const watchState = (exam: ExamState, you: PublicUser): WatchState => ({
    examId: exam.id,
    exam: book.read(exam.id),
    calls: Object.fromEntries(exam.calls.map((call) => [call.sessionId, book.read(call.sessionId)])),
    scenarios: exam.scenarioIds.map((id) => deps.scenarios.get(id)),
    jury: exam.jury.flatMap((id) => auth.getUser(id) ?? []),
    you,
  });

  const sessionRefusal = (socket: Socket, sessionId: string): ProtocolError | null => {
    const examId = sessions.get(sessionId)?.examId ?? book.examOfSession(sessionId);
    if (!examId) return null;
    const exam = book.get(examId);
    const current = exam?.status === 'running' ? exam.currentCall?.sessionId : undefined;
    return socket.data.examCandidate === examId && current === sessionId ? null : examRefusals.notYourCall;
  };

  io.on('connection', (socket: Socket) => {
    // The call socket's join and commands reach an exam's call only from its candidate, while it is current.
    socket.use((packet, next) => {
      const [event, payload] = packet;
      const sessionId =
        event === callSocketEvents.join ? (payload as { sessionId?: unknown } | null)?.sessionId : event === callSocketEvents.command ? socket.data.sessionId : undefined;
      const refusal = typeof sessionId === 'string' ? sessionRefusal(socket, sessionId) : null;
      if (!refusal) return next();
      const ack: unknown = packet.at(-1);
      if (typeof ack === 'function') ack({ ok: false, error: refusal });
    });

    const bucket = createTokenBucket({ burst, perSecond }, now);

    /** The common gate of every input: size, rate, schema; then the handler, whose failures become an error ack. */
    const on = <S extends z.ZodType, A>(name: string, schema: S, handle: (input: z.infer<S>, reply: Reply<A>) => Promise<void> | void) => {
      socket.on(name, (payload: unknown, ack: unknown) => {
        const reply: Reply<A> = (answer) => {
          if (typeof ack === 'function') ack(answer);
        };
        const refuse = (error: ProtocolError) => reply({ ok: false, error } as A);
        if (jsonSize(payload) > maxBytes) return refuse(examRefusals.tooLarge);
        if (!bucket.take()) return refuse(examRefusals.tooFast);
        const parsed = schema.safeParse(payload);
        if (!parsed.success) return refuse(examRefusals.badPayload);
        Promise.resolve()
          .then(() => handle(parsed.data, reply))
          .catch((error: unknown) => {
            deps.onError(error);
            refuse(examRefusals.failed);
          });
      });
    };

    const juror = (examId: string) => jurorOf(socket, examId);

    /** Runs a juror's input: a refusal, or the book's outcomes, each acked (the first) then broadcast. */
    const jurorInput = (examId: string, reply: Reply<ExamAck>, run: (user: PublicUser, exam: ExamState, deliver: Deliver) => ProtocolError | Promise<void>) => {
      const who = juror(examId);
      if ('code' in who) return reply({ ok: false, error: who });
      const deliver: Deliver = ({ ack, committed }) => {
        if (ack) reply(ack);
        publish(examId, committed);
      };
      const outcome = run(who.user, who.exam, deliver);
      return 'code' in outcome ? reply({ ok: false, error: outcome }) : outcome;
    };

    on(examSocketEvents.watch, examCommandSchema.pick({ examId: true }), ({ examId }, reply: Reply<WatchAck>) => {
      const who = juror(examId);
      if ('code' in who) return reply({ ok: false, error: who });
      // Joined and read in the same turn: an event committed after the read reaches the room.
      void socket.join(consoleRoom(examId));
      reply({ ok: true, state: watchState(who.exam, who.user) });
    });

    on(examSocketEvents.start, examCommandSchema, ({ id, examId }, reply: Reply<ExamAck>) =>
      jurorInput(examId, reply, (user, _exam, deliver) => book.start(examId, id, user, deliver)),
    );
    on(examSocketEvents.next, examCommandSchema, ({ id, examId }, reply: Reply<ExamAck>) =>
      jurorInput(examId, reply, (user, _exam, deliver) => book.next(examId, id, user, deliver)),
    );
    on(examSocketEvents.mark, markInputSchema, ({ id, ...mark }, reply: Reply<ExamAck>) =>
      jurorInput(mark.examId, reply, (user, _exam, deliver) =>
        isGridCompetency(mark.competency) ? book.record(mark.examId, 'mark.set', id, mark, user, deliver) : examRefusals.notOnGrid,
      ),
    );
    on(examSocketEvents.decision, decisionInputSchema, ({ id, ...decision }, reply: Reply<ExamAck>) =>
      jurorInput(decision.examId, reply, (user, exam, deliver) =>
        exam.president === user.id ? book.record(decision.examId, 'decision.recorded', id, decision, user, deliver) : examRefusals.notPresident,
      ),
    );
    on(examSocketEvents.customer, customerTriggerSchema, ({ id, examId, event }, reply: Reply<ExamAck>) =>
      jurorInput(examId, reply, (user, exam, deliver) => {
        if (exam.customerMode !== 'live') return examRefusals.notLive;
        const call = exam.status === 'running' ? exam.currentCall : null;
        if (!call) return examRefusals.noCall;
        // The call's event reaches the console through the registry's onEvent.
        return book.serial(examId, async () => deliver({ ack: await sessions.trigger(call.sessionId, event, user.id, now(), id), committed: [] }));
      }),
    );

    on(examSocketEvents.candidateJoin, candidateJoinSchema, ({ token }, reply: Reply<CandidateExamAck>) => {
      const exam = book.get(book.examOfToken(token) ?? '');
      if (!exam) return reply({ ok: false, error: examRefusals.badToken });
      const previous = socket.data.examCandidate as string | undefined;
      if (previous && previous !== exam.id) void socket.leave(candidateRoom(previous));
      socket.data.examCandidate = exam.id;
      void socket.join(candidateRoom(exam.id));
      reply({ ok: true, view: candidateExamView(exam) });
    });
  });

  return {
    publish,
    sessionRefusal,
    close() {
      clearInterval(recheck);
      unsubscribe();
    },
  };
}

const candidateJoinSchema = z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/) });
