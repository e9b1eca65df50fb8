import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { EventStore, StoredEvent } from '../store/createEventStore';
import type { ProtocolError } from '../../shared/protocol/callProtocol';
import type { CreateExamInput, ExamAck, ExamEventType, PublicUser } from '../../shared/protocol/examProtocol';
import type { ExamCreatedPayload, ExamState } from '../../shared/exam/examState';
import { applyExamEvent, juryOf } from '../../shared/exam/examState';
import { examRefusals } from '../../shared/exam/examRefusals';

/** What the book needs of the session registry: a new exam call. */
export interface ExamCallOpener {
  create(
    scenarioId: string,
    options: { mode: 'exam'; kind: 'exam'; examId: string; timeFactor: number },
  ): Promise<{ id: string } | undefined>;
}

export interface ExamBookOptions {
  store: EventStore;
  sessions: ExamCallOpener;
  now: () => number;
  /** How long a join code is valid after the exam's creation. */
  codeTtlMs: number;
  newJoinCode: () => string;
  /** Each scenario's content hash. */
  hashOf: (scenarioId: string) => string;
}

/** What an operation hands back: the ack for the caller, then the events to broadcast. */
export interface ExamOutcome {
  ack: ExamAck;
  committed: StoredEvent[];
}

/**
 * Told of an operation's outcome, inside the exam's turn: first with the ack and the input's own
 * events, then (an operation that goes on, like opening a call) with `ack: null` and later events.
 */
export type Deliver = (outcome: { ack: ExamAck | null; committed: StoredEvent[] }) => void;

export type ExamBook = ReturnType<typeof createExamBook>;

const refuse = (error: ProtocolError): ExamOutcome => ({ ack: { ok: false, error }, committed: [] });
const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/**
 * The exams: each one's events live in the store under the exam id; the book keeps each exam's
 * folded state, its join code and its candidates' token hashes in memory, rebuilt from the store
 * by `recover`. Every change is appended durably before it is applied or answered, and the changes
 * of one exam run one at a time (`serial`), so a state check and its append cannot interleave.
 */
export function createExamBook(options: ExamBookOptions) {
  const { store, now } = options;
  const exams = new Map<string, ExamState>();
  const byCode = new Map<string, string>();
  const byTokenHash = new Map<string, string>();
  const bySession = new Map<string, string>();
  const tails = new Map<string, Promise<unknown>>();

  function apply(event: StoredEvent): void {
    const state = applyExamEvent(exams.get(event.sessionId) ?? null, event);
    if (!state) return;
    exams.set(state.id, state);
    if (event.type === 'exam.created') byCode.set(state.code, state.id);
    if (event.type === 'exam.candidateJoined') {
      const { tokenHash } = event.payload as { tokenHash?: unknown };
      if (typeof tokenHash === 'string') byTokenHash.set(tokenHash, state.id);
    }
    if (event.type === 'exam.callOpened') bySession.set((event.payload as { sessionId: string }).sessionId, state.id);
  }

  async function append(examId: string, type: ExamEventType, payload: unknown, by: { role: string; author: string | null; clientEventId?: string | null }) {
    const result = await store.append({ sessionId: examId, type, payload, role: by.role, author: by.author, clientEventId: by.clientEventId ?? null, at: now() });
    if (!result.duplicate) apply(result.event);
    return result;
  }

  /** Runs `task` after every earlier task of the same exam has settled. */
  function serial<T>(examId: string, task: () => Promise<T>): Promise<T> {
    const run = (tails.get(examId) ?? Promise.resolve()).then(task, task);
    const tail = run.catch(() => undefined);
    tails.set(examId, tail);
    void tail.then(() => {
      if (tails.get(examId) === tail) tails.delete(examId);
    });
    return run;
  }

  async function openCall(state: ExamState, examId: string, user: PublicUser, clientEventId: string): Promise<StoredEvent[]> {
    const index = state.calls.length;
    const scenarioId = state.scenarioIds[index]!;
    const session = await options.sessions.create(scenarioId, { mode: 'exam', kind: 'exam', examId, timeFactor: state.timeFactor });
    if (!session) throw new Error(`exam ${examId}: no scenario ${scenarioId}`);
    bySession.set(session.id, examId);
    const opened = await append(examId, 'exam.callOpened', { index, sessionId: session.id, scenarioId }, { role: 'examiner', author: user.id, clientEventId });
    return opened.duplicate ? [] : [opened.event];
  }

  /** The stored event of this exam with this client event id, if any (a retried input). */
  const earlier = (examId: string, clientEventId: string) => store.readSession(examId).find((e) => e.clientEventId === clientEventId);
  const accepted = (event: StoredEvent, duplicate: boolean): ExamAck => ({ ok: true, seq: event.seq, duplicate });

  return {
    get: (examId: string) => exams.get(examId),
    /** The committed events of an exam or of one of its calls, in order. */
    read: (sessionId: string) => store.readSession(sessionId),
    list: () => [...exams.values()],
    examOfSession: (sessionId: string) => bySession.get(sessionId),
    examOfToken: (token: string) => byTokenHash.get(hashToken(token)),
    /** The exam a code opens now: known, unexpired and not finished. */
    examOfCode(code: string): ExamState | undefined {
      const state = exams.get(byCode.get(code) ?? '');
      return state && state.codeExpiresAt > now() && state.status !== 'finished' ? state : undefined;
    },

    /** Rebuilds the in-memory index from the store; returns how many exams it found. */
    recover(): number {
      for (const summary of store.listSessions()) {
        if (summary.kind !== 'exam') continue;
        for (const event of store.readSession(summary.id)) apply(event);
      }
      return exams.size;
    },

    async create(input: CreateExamInput, user: PublicUser): Promise<ExamState> {
      const examId = randomUUID();
      let code = options.newJoinCode();
      while (byCode.has(code)) code = options.newJoinCode();
      const payload: ExamCreatedPayload = {
        ...input,
        jury: juryOf(user.id, input.jury).slice(1),
        president: input.president ?? user.id,
        code,
        codeExpiresAt: now() + options.codeTtlMs,
        createdBy: user.id,
        scenarioHashes: Object.fromEntries(input.scenarioIds.map((id) => [id, options.hashOf(id)])),
      };
      await store.describeSession({ id: examId, kind: 'exam', scenarioIds: input.scenarioIds, at: now() });
      await append(examId, 'exam.created', payload, { role: 'examiner', author: user.id });
      return exams.get(examId)!;
    },

    /** A new candidate token for the exam (stored as its hash); the event to broadcast. */
    async admitCandidate(examId: string): Promise<{ token: string; committed: StoredEvent[] }> {
      const token = randomBytes(32).toString('base64url');
      const { event } = await serial(examId, () => append(examId, 'exam.candidateJoined', { tokenHash: hashToken(token) }, { role: 'candidate', author: null }));
      return { token, committed: [event] };
    },

    /** Starts the exam (acked and broadcast once `exam.started` is stored), then opens its first call. */
    start: (examId: string, clientEventId: string, user: PublicUser, deliver: Deliver) =>
      serial(examId, async (): Promise<void> => {
        const before = earlier(examId, clientEventId);
        if (before) {
          deliver({ ack: accepted(before, true), committed: [] });
        } else {
          const state = exams.get(examId)!;
          if (state.status !== 'waiting') return deliver(refuse(examRefusals.notWaiting));
          if (!state.candidateJoined) return deliver(refuse(examRefusals.noCandidate));
          const started = await append(examId, 'exam.started', {}, { role: 'examiner', author: user.id, clientEventId });
          deliver({ ack: accepted(started.event, started.duplicate), committed: started.duplicate ? [] : [started.event] });
        }
        // Also on a retry: a crash may have stopped a start between its two events.
        const state = exams.get(examId)!;
        if (state.status === 'running' && state.calls.length === 0) deliver({ ack: null, committed: await openCall(state, examId, user, `${clientEventId}:call`) });
      }),

    /** Opens the next scenario's call, or finishes the exam after the last. */
    next: (examId: string, clientEventId: string, user: PublicUser, deliver: Deliver) =>
      serial(examId, async (): Promise<void> => {
        const before = earlier(examId, clientEventId);
        if (before) return deliver({ ack: accepted(before, true), committed: [] });
        const state = exams.get(examId)!;
        if (state.status !== 'running') return deliver(refuse(examRefusals.notRunning));
        const last = state.calls.length >= state.scenarioIds.length;
        const committed = last ? [(await append(examId, 'exam.finished', {}, { role: 'examiner', author: user.id, clientEventId })).event] : await openCall(state, examId, user, clientEventId);
        deliver({ ack: accepted(committed[0]!, false), committed });
      }),

    /** Appends a jury input (a mark, the decision) as it is; the caller has checked who may. */
    record: (examId: string, type: 'mark.set' | 'decision.recorded', clientEventId: string, payload: unknown, user: PublicUser, deliver: Deliver) =>
      serial(examId, async (): Promise<void> => {
        const result = await append(examId, type, payload, { role: 'examiner', author: user.id, clientEventId });
        deliver({ ack: accepted(result.event, result.duplicate), committed: result.duplicate ? [] : [result.event] });
      }),

    /** Runs `task` in the exam's turn (for inputs that write elsewhere, like a customer trigger). */
    serial,
  };
}
