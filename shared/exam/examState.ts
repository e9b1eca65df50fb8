import type { Bilingual } from '../protocol/callProtocol';
import type { CandidateExamView, CreateExamInput, CustomerMode, ExamStatus, LoggedEvent } from '../protocol/examProtocol';

/** The payload of `exam.created`, as the server records it. */
export interface ExamCreatedPayload extends CreateExamInput {
  code: string;
  codeExpiresAt: number;
  createdBy: string;
  president: string;
  scenarioHashes: Record<string, string>;
}

export interface ExamCall {
  /** 0-based position in the exam's scenarios. */
  index: number;
  sessionId: string;
  scenarioId: string;
  openedAt: number;
}

/**
 * An exam as the jury sees it, folded from its own events (marks and the decision are the grid's,
 * see examGrid). `code` must never leave the server except to the jury.
 */
export interface ExamState {
  id: string;
  candidateName: string;
  scenarioIds: string[];
  scenarioHashes: Record<string, string>;
  customerMode: CustomerMode;
  timeFactor: number;
  createdBy: string;
  createdAt: number;
  /** Every juror's user id, the creator first. */
  jury: string[];
  president: string;
  code: string;
  codeExpiresAt: number;
  status: ExamStatus;
  candidateJoined: boolean;
  startedAt: number | null;
  finishedAt: number | null;
  calls: ExamCall[];
  /** The open call (the last one opened) while the exam runs. */
  currentCall: ExamCall | null;
}

/** An exam without its join code, for lists. */
export type ExamSummary = Omit<ExamState, 'code' | 'codeExpiresAt'>;

/** The jury of an exam being created: the creator first, then the others, each once. */
export function juryOf(createdBy: string, others: readonly string[]): string[] {
  return [...new Set([createdBy, ...others])];
}

/**
 * Folds an exam's events, in order, into its state; null before `exam.created`. Events of other
 * types (marks, the decision) leave it unchanged.
 */
export function examState(events: readonly LoggedEvent[]): ExamState | null {
  let state: ExamState | null = null;
  for (const event of events) state = applyExamEvent(state, event);
  return state;
}

/** One step of examState: the state after `event`. Pure; returns a new object when it changes. */
export function applyExamEvent(state: ExamState | null, event: LoggedEvent): ExamState | null {
  if (event.type === 'exam.created') {
    const p = event.payload as ExamCreatedPayload;
    return {
      id: event.sessionId,
      candidateName: p.candidateName,
      scenarioIds: [...p.scenarioIds],
      scenarioHashes: { ...p.scenarioHashes },
      customerMode: p.customerMode,
      timeFactor: p.timeFactor,
      createdBy: p.createdBy,
      createdAt: event.at,
      jury: juryOf(p.createdBy, p.jury),
      president: p.president,
      code: p.code,
      codeExpiresAt: p.codeExpiresAt,
      status: 'waiting',
      candidateJoined: false,
      startedAt: null,
      finishedAt: null,
      calls: [],
      currentCall: null,
    };
  }
  if (!state) return state;
  switch (event.type) {
    case 'exam.candidateJoined':
      return state.candidateJoined ? state : { ...state, candidateJoined: true };
    case 'exam.started':
      return { ...state, status: 'running', startedAt: event.at };
    case 'exam.callOpened': {
      const p = event.payload as { index: number; sessionId: string; scenarioId: string };
      const call: ExamCall = { index: p.index, sessionId: p.sessionId, scenarioId: p.scenarioId, openedAt: event.at };
      return { ...state, calls: [...state.calls, call], currentCall: call };
    }
    case 'exam.finished':
      return { ...state, status: 'finished', finishedAt: event.at, currentCall: null };
    default:
      return state;
  }
}

/** The state without its join code. */
export function examSummary(state: ExamState): ExamSummary {
  const { code: _code, codeExpiresAt: _expires, ...summary } = state;
  return summary;
}

const messages = {
  waiting: { fr: 'Patientez : l’examinateur va lancer l’épreuve.', en: 'Please wait: the examiner will start the test.' },
  between: { fr: 'Patientez : l’appel suivant va commencer.', en: 'Please wait: the next call is about to start.' },
  finished: { fr: 'L’épreuve est terminée. Merci.', en: 'The test is over. Thank you.' },
} as const satisfies Record<string, Bilingual>;

/**
 * What the candidate may know of the exam: built field by field from the state, so that nothing
 * else (the code, the jury, marks, notes) can reach the candidate through it.
 */
export function candidateExamView(state: ExamState): CandidateExamView {
  const current = state.status === 'running' ? state.currentCall : null;
  const message =
    state.status === 'waiting' ? messages.waiting : state.status === 'finished' ? messages.finished : current ? undefined : messages.between;
  return {
    examId: state.id,
    candidateName: state.candidateName,
    status: state.status,
    currentSessionId: current?.sessionId ?? null,
    callNumber: current ? current.index + 1 : 0,
    callCount: state.scenarioIds.length,
    ...(message ? { message: { fr: message.fr, en: message.en } } : {}),
  };
}
