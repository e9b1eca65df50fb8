import type { IncomingMessage } from 'node:http';
import type { Server } from 'socket.io';
import type { ApiRoute } from '../http/createRouter';
import type { Auth } from '../auth/createAuth';
import { createAttemptLimiter, newJoinCode } from '../auth/joinCodes';
import type { SessionRegistry } from '../sessions/createSessionRegistry';
import type { EventStore } from '../store/createEventStore';
import type { Scenario } from '../../shared/scenario/scenarioSchema';
import { createExamBook } from './createExamBook';
import type { ExamBook } from './createExamBook';
import { examRoutes } from './examRoutes';
import { attachExamSocket } from './examSocket';
import type { ExamSocket, ExamSocketOptions } from './examSocket';
import { scenarioHash } from './scenarioHash';
import { examExportRoutes } from './exportRoutes';
import { HttpError } from '../http/HttpError';
import { examGrid } from '../../shared/exam/examGrid';
import type { ExamGrid } from '../../shared/exam/examGrid';
import { debriefSession, isCallFinished } from '../../shared/scoring/debriefSession';

export interface ExamsOptions extends ExamSocketOptions {
  io: Server;
  store: EventStore;
  sessions: SessionRegistry;
  auth: Auth;
  scenarios: readonly Scenario[];
  /** Each scenario's source file text, by id, for its content hash (else its canonical JSON is hashed). */
  scenarioTexts?: ReadonlyMap<string, string>;
  /** How long a join code is valid (default 4 h). */
  codeTtlMs?: number;
  /** Join attempts per IP (default 10 a minute). */
  joinLimit?: { max: number; windowMs: number };
  onError?: (error: unknown) => void;
}

export interface Exams {
  book: ExamBook;
  routes: ApiRoute[];
  /** Rebuilds the exams from the store (after the registry's own recover); returns how many. */
  recover(): number;
  /** For the call socket: null when the socket may use the session, else the refusal. */
  sessionRefusal: ExamSocket['sessionRefusal'];
  close(): void;
}

/** Live exams: the book of exams in the store, their REST routes and their socket. */
export function createExams(options: ExamsOptions): Exams {
  const now = options.now ?? Date.now;
  const scenarios = new Map(options.scenarios.map((s) => [s.id, s]));
  const book = createExamBook({
    store: options.store,
    sessions: options.sessions,
    now,
    codeTtlMs: options.codeTtlMs ?? 4 * 60 * 60 * 1000,
    newJoinCode,
    hashOf: (id) => scenarioHash(scenarios.get(id), options.scenarioTexts?.get(id)),
  });
  const socket = attachExamSocket(
    options.io,
    { book, auth: options.auth, sessions: options.sessions, scenarios, onError: options.onError ?? ((error) => console.error(error)) },
    options,
  );
  const loadGrid = (examId: string): ExamGrid | undefined => {
    const exam = book.get(examId);
    if (!exam) return undefined;
    const calls = exam.calls.map(({ sessionId, scenarioId }) => {
      const session = options.sessions.get(sessionId);
      return {
        sessionId,
        scenario: scenarios.get(scenarioId) ?? { id: scenarioId, title: scenarioId },
        scenarioHash: exam.scenarioHashes[scenarioId] ?? null,
        debrief: session && isCallFinished(session, now()) ? debriefSession(session) : null,
      };
    });
    return examGrid({ examEvents: book.read(examId), users: options.auth.listUsers(), calls });
  };
  const loadLog = (examId: string) => {
    const exam = book.get(examId);
    if (!exam) return undefined;
    return { examId, exam: book.read(examId), calls: Object.fromEntries(exam.calls.map((call) => [call.sessionId, book.read(call.sessionId)])) };
  };
  /** An examiner or admin; for an exam that exists, a member of its jury (admins too may export). */
  const requireExaminer = (req: IncomingMessage) => {
    const user = options.auth.requireRole(req, ['examiner', 'admin']);
    const examId = /^\/api\/exams\/([^/?#]+)\//.exec(req.url ?? '')?.[1];
    const exam = examId === undefined ? undefined : book.get(decodeURIComponent(examId));
    if (exam && user.role !== 'admin' && !exam.jury.includes(user.id)) throw new HttpError(403, 'exam.notJury', 'You are not on this exam’s jury');
  };
  const routes = examRoutes({
    book,
    auth: options.auth,
    scenarioIds: new Set(scenarios.keys()),
    joinLimiter: createAttemptLimiter({ ...(options.joinLimit ?? { max: 10, windowMs: 60_000 }), now }),
    publish: socket.publish,
  });
  routes.push(...examExportRoutes({ loadGrid, loadLog, requireExaminer }));
  return { book, routes, recover: book.recover, sessionRefusal: socket.sessionRefusal, close: socket.close };
}
