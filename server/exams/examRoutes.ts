import type { IncomingMessage } from 'node:http';
import type { ApiRoute } from '../http/createRouter';
import { route } from '../http/createRouter';
import { HttpError } from '../http/HttpError';
import { readJsonBody } from '../http/readJsonBody';
import { httpErrorCodes, sendJson } from '../http/sendJson';
import { checkSameOrigin } from '../auth/checkSameOrigin';
import type { Auth } from '../auth/createAuth';
import type { AttemptLimiter } from '../auth/createAttemptLimiter';
import { normalizeJoinCode } from '../auth/joinCodes';
import type { JoinExamAnswer, PublicUser } from '../../shared/protocol/examProtocol';
import { createExamSchema, joinExamSchema, userRoles } from '../../shared/protocol/examProtocol';
import { examSummary } from '../../shared/exam/examState';
import type { StoredEvent } from '../store/createEventStore';
import type { ExamBook } from './createExamBook';

export interface ExamRoutesOptions {
  book: ExamBook;
  auth: Pick<Auth, 'requireRole' | 'getUser' | 'listUsers'>;
  scenarioIds: ReadonlySet<string>;
  /** Join attempts per client IP. */
  joinLimiter: AttemptLimiter;
  /** Told of the events a route committed (the candidate's arrival), to broadcast them. */
  publish: (examId: string, committed: StoredEvent[]) => void;
}

const jurors = ['examiner', 'admin'] as const;
const unprocessable = (message: string) => new HttpError(422, 'exam.invalid', message);
/** One answer for every code that opens nothing (unknown, expired, finished), so codes cannot be probed. */
const noSuchCode = () => new HttpError(404, 'exam.badCode', 'This code opens no exam: check it with the examiner.');

/**
 * The exams over REST: `POST /api/exams`, `GET /api/exams`, `GET /api/exams/:examId` (jury only,
 * with the join code), `GET /api/users?role=` (to choose a jury) and the candidate's
 * `POST /api/exam-join` (no account, rate-limited per IP).
 */
export function examRoutes(options: ExamRoutesOptions): ApiRoute[] {
  const { book, auth } = options;

  const checkJury = (user: PublicUser, juryIds: readonly string[], president: string | undefined) => {
    for (const id of juryIds) {
      const juror = auth.getUser(id);
      if (!juror || !jurors.some((role) => role === juror.role)) throw unprocessable(`The jury member ${id} is not an examiner`);
    }
    if (president !== undefined && president !== user.id && !juryIds.includes(president)) {
      throw unprocessable('The president must be a member of the jury');
    }
  };

  return [
    route('POST', '/api/exams', async (req, res) => {
      const user = auth.requireRole(req, jurors);
      checkSameOrigin(req);
      const parsed = createExamSchema.safeParse(await readJsonBody(req, { limitBytes: 10_000 }));
      if (!parsed.success) throw unprocessable(`Invalid exam: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ')}`);
      const unknown = parsed.data.scenarioIds.filter((id) => !options.scenarioIds.has(id));
      if (unknown.length > 0) throw unprocessable(`Unknown scenario: ${unknown.join(', ')}`);
      checkJury(user, parsed.data.jury, parsed.data.president);
      sendJson(res, 201, await book.create(parsed.data, user));
    }),

    route('GET', '/api/exams', (req, res) => {
      const user = auth.requireRole(req, jurors);
      const exams = book.list().filter((exam) => user.role === 'admin' || exam.jury.includes(user.id));
      sendJson(res, 200, { exams: exams.map(examSummary) });
    }),

    route('GET', '/api/exams/:examId', (req, res, { examId }) => {
      const user = auth.requireRole(req, jurors);
      const exam = book.get(examId);
      if (!exam) throw new HttpError(404, httpErrorCodes.notFound, `No exam ${examId}`);
      if (!exam.jury.includes(user.id)) throw new HttpError(403, 'exam.notJury', 'You are not on this exam’s jury');
      sendJson(res, 200, exam);
    }),

    route('GET', '/api/users', (req, res) => {
      auth.requireRole(req, jurors);
      const role = new URL(req.url ?? '/', 'http://plateau').searchParams.get('role');
      if (role !== null && !userRoles.some((r) => r === role)) throw unprocessable(`Unknown role ${role}`);
      sendJson(res, 200, { users: auth.listUsers().filter((u) => role === null || u.role === role) });
    }),

    route('POST', '/api/exam-join', async (req, res) => {
      checkSameOrigin(req);
      const verdict = options.joinLimiter.check(clientIp(req));
      if (!verdict.allowed) {
        const seconds = String(Math.ceil(verdict.retryAfterMs / 1000));
        throw new HttpError(429, 'exam.tooManyAttempts', 'Too many attempts: try again later.', { 'Retry-After': seconds });
      }
      const parsed = joinExamSchema.safeParse(await readJsonBody(req, { limitBytes: 1_000 }));
      if (!parsed.success) throw noSuchCode();
      const code = normalizeJoinCode(parsed.data.code);
      const exam = code === null ? undefined : book.examOfCode(code);
      if (!exam) throw noSuchCode();
      const { token, committed } = await book.admitCandidate(exam.id);
      options.publish(exam.id, committed);
      const answer: JoinExamAnswer = { examId: exam.id, candidateToken: token, candidateName: exam.candidateName };
      sendJson(res, 200, answer);
    }),
  ];
}

function clientIp(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}
