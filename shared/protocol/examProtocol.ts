import { z } from 'zod';
import { clientEventId } from './callProtocol';
import type { Bilingual, ProtocolError } from './callProtocol';

/**
 * The live exam: who may do what, the events that make an exam, and the examiner console's
 * socket messages. The candidate's call inside an exam is a practice-session call in exam mode
 * (callProtocol.ts: `call:command`, `session:view`); this file adds what only the jury sees.
 *
 * Every change is an event in the durable store (server/store): an exam's own events under the
 * exam id, each call's events under its session id. The console folds them with the same pure
 * functions the server uses, so it can resync from the store after any reconnect.
 */
export const EXAM_PROTOCOL_VERSION = 1;

export const userRoles = ['admin', 'examiner', 'trainer'] as const;
export type UserRole = (typeof userRoles)[number];

export interface PublicUser {
  id: string;
  login: string;
  name: string;
  role: UserRole;
}

export const customerModes = ['scripted', 'live'] as const;
export type CustomerMode = (typeof customerModes)[number];

/** REST `POST /api/exams` (examiner or admin). The creator is in the jury and presides unless told otherwise. */
export const createExamSchema = z.strictObject({
  candidateName: z.string().trim().min(1).max(120),
  scenarioIds: z.array(z.string().min(1).max(200)).min(1).max(10),
  customerMode: z.enum(customerModes),
  /** Extra time for accommodations: every timer is multiplied by it. */
  timeFactor: z.number().min(1).max(3).default(1),
  /** Other examiners' user ids, in the jury besides the creator. */
  jury: z.array(z.string().min(1).max(100)).max(5).default([]),
  /** The user id of the jury's president (default: the creator). */
  president: z.string().min(1).max(100).optional(),
});
export type CreateExamInput = z.infer<typeof createExamSchema>;

/** REST `POST /api/exam-join` (no account): the code read aloud by the examiner. */
export const joinExamSchema = z.strictObject({ code: z.string().trim().min(4).max(20) });

/** The candidate's answer to a good code: a bearer token kept by the browser for this exam only. */
export interface JoinExamAnswer {
  examId: string;
  candidateToken: string;
  candidateName: string;
}

export const examStatuses = ['waiting', 'running', 'finished'] as const;
export type ExamStatus = (typeof examStatuses)[number];

export const markDecisions = ['acquired', 'not-acquired', 'not-observed'] as const;
export type MarkDecision = (typeof markDecisions)[number];

export const finalDecisions = ['admis', 'ajourne'] as const;
export type FinalDecision = (typeof finalDecisions)[number];

/**
 * Event types of an exam (stored under the exam id). Payloads:
 * - `exam.created`: CreateExamInput (parsed) + { code, codeExpiresAt, createdBy, president, scenarioHashes: Record<id, sha256 hex> }
 * - `exam.candidateJoined`: { tokenHash } (SHA-256 hex of the candidate's bearer token; one event per join)
 * - `exam.started`: {}
 * - `exam.callOpened`: { index, sessionId, scenarioId }
 * - `exam.finished`: {}
 * - `mark.set`: MarkInput without id (author and time are the stored event's)
 * - `decision.recorded`: DecisionInput without id (president only)
 */
export const examEventTypes = [
  'exam.created',
  'exam.candidateJoined',
  'exam.started',
  'exam.callOpened',
  'exam.finished',
  'mark.set',
  'decision.recorded',
] as const;
export type ExamEventType = (typeof examEventTypes)[number];

/**
 * Event types of a call session (stored under the session id). Replaying them in order, each
 * after `advanceSession(session, at)`, rebuilds the session exactly:
 * - `session.created`: { scenarioId, mode, kind: 'practice' | 'exam', examId?, timeFactor? }
 * - `call.command`: { command: CallCommand } (client event id = command.id)
 * - `crm.request`: { method, path, query, body? } (CRM reads too: every request is an action)
 * - `customer.trigger`: { event } (an examiner playing the customer, live mode)
 */
export const sessionEventTypes = ['session.created', 'call.command', 'crm.request', 'customer.trigger'] as const;
export type SessionEventType = (typeof sessionEventTypes)[number];

/** One stored event as the console receives it (same shape as server/store's StoredEvent). */
export interface LoggedEvent {
  seq: number;
  sessionId: string;
  sessionSeq: number;
  clientEventId: string | null;
  type: string;
  payload: unknown;
  at: number;
  role: string;
  author: string | null;
}

export const markInputSchema = z.strictObject({
  id: clientEventId,
  examId: z.string().min(1).max(100),
  competency: z.string().regex(/^(RCD|ADM|ORG)-\d{2}$/),
  decision: z.enum(markDecisions),
  comment: z.string().max(2000).default(''),
});
export type MarkInput = z.infer<typeof markInputSchema>;

export const decisionInputSchema = z.strictObject({
  id: clientEventId,
  examId: z.string().min(1).max(100),
  decision: z.enum(finalDecisions),
  comment: z.string().max(4000).default(''),
});
export type DecisionInput = z.infer<typeof decisionInputSchema>;

export const examCommandSchema = z.strictObject({ id: clientEventId, examId: z.string().min(1).max(100) });
export const customerTriggerSchema = z.strictObject({
  id: clientEventId,
  examId: z.string().min(1).max(100),
  event: z.string().min(1).max(100),
});

export const examSocketEvents = {
  /** examiner → server `{ examId }`, ack `WatchAck`: joins the exam's console room. */
  watch: 'exam:watch',
  /** server → console room: each new LoggedEvent of the exam or of its calls, after its commit. */
  event: 'exam:event',
  /** examiner → server `examCommandSchema`, ack `ExamAck`: starts the exam (opens its first call). */
  start: 'exam:start',
  /** examiner → server `examCommandSchema`: opens the next scenario's call, or finishes the exam after the last. */
  next: 'exam:next',
  /** examiner → server `markInputSchema`, ack `ExamAck`. */
  mark: 'mark:set',
  /** president → server `decisionInputSchema`, ack `ExamAck`. */
  decision: 'decision:record',
  /** examiner (live customer mode) → server `customerTriggerSchema`, ack `ExamAck`. */
  customer: 'customer:trigger',
  /** candidate → server `{ token }`, ack `CandidateExamAck`: joins the exam as its candidate. */
  candidateJoin: 'exam:candidateJoin',
  /** server → candidate: `CandidateExamView` whenever the exam's state changes for them. */
  candidateState: 'exam:candidateState',
} as const;

export type ExamAck = { ok: true; seq: number; duplicate: boolean } | { ok: false; error: ProtocolError };

/** What a console needs to fold: the exam's events, each call's events, the scenarios in full. */
export interface WatchState {
  examId: string;
  /** The exam's own events, in order. */
  exam: LoggedEvent[];
  /** Each opened call's events, by session id. */
  calls: Record<string, LoggedEvent[]>;
  /** The scenarios of the exam as parsed objects (examiners may see everything). */
  scenarios: unknown[];
  jury: PublicUser[];
  you: PublicUser;
}
export type WatchAck = { ok: true; state: WatchState } | { ok: false; error: ProtocolError };

/** What the candidate sees of the exam itself (the call has its own CandidateView). */
export interface CandidateExamView {
  examId: string;
  candidateName: string;
  status: ExamStatus;
  /** The call to join (`session:join`) when one is open. */
  currentSessionId: string | null;
  /** 1-based position of the current call, and how many there are. */
  callNumber: number;
  callCount: number;
  message?: Bilingual;
}
export type CandidateExamAck = { ok: true; view: CandidateExamView } | { ok: false; error: ProtocolError };
