import { Worker } from 'node:worker_threads';
import { EVENT_COLUMNS } from './createEventWriter';
import type { EventRow, EventToWrite, WriterReply, WriterRequest, WrittenEvent } from './createEventWriter';
import { openEventDatabase } from './openEventDatabase';
import type { Durability, EventDatabaseSettings } from './openEventDatabase';
import type { LoggedEvent } from '../../shared/protocol/examProtocol';

export type SessionKind = 'practice' | 'exam';

/** See EventStoreOptions.groupCommitMs; chosen with `npm run bench -- live --window n`. */
export const defaultGroupCommitMs = 2;

/** An event to append. The store gives it its seqs and, unless given, its time. */
export type NewEvent = {
  sessionId: string;
  /** The browser's id for a command, so that a retry is a no-op; null for events the server makes (timers). */
  clientEventId?: string | null;
  type: string;
  /** Any JSON value. */
  payload: unknown;
  /** Who caused it: 'candidate', 'examiner', 'server'… */
  role: string;
  /** The user behind it when known (an examiner's id). */
  author?: string | null;
  /** Server time in ms since the epoch (default: now). */
  at?: number;
};

/** A committed event: the same shape the examiner's console receives (global seq, then per-session seq). */
export type StoredEvent = LoggedEvent;

/** `duplicate`: the client event id was already stored; `event` is then the original, unchanged. */
export type AppendResult = { event: StoredEvent; duplicate: boolean };

export type SessionSummary = {
  id: string;
  kind: SessionKind;
  scenarioIds: string[];
  createdAt: number;
  lastEventAt: number;
  lastSeq: number;
};

export type EventStoreOptions = {
  /** The SQLite file (created if missing). */
  file: string;
  /** Default `full`; see Durability. */
  durability?: Durability;
  /**
   * Group commit: appends queue up while a commit is under way and go together in the next one,
   * which starts once the I/O already waiting has been handled and at least this many ms after
   * the previous commit started (default 2: at most 500 fsyncs a second, for about 2 ms of
   * latency at most; 0 commits back to back).
   */
  groupCommitMs?: number;
  now?: () => number;
  /** Called after each commit of appends, before any of them resolves (metrics, tests). */
  onCommit?: (commit: { events: number; ms: number }) => void;
};

export type EventStore = {
  /** Resolves once the transaction holding the event is durably committed, never before. */
  append(event: NewEvent): Promise<AppendResult>;
  /** The session's committed events after `afterSeq` (a session seq), in order. */
  readSession(sessionId: string, afterSeq?: number): StoredEvent[];
  /** Records a session's kind and scenarios; a session first seen through `append` is a practice one. */
  describeSession(session: { id: string; kind: SessionKind; scenarioIds: readonly string[]; at?: number }): Promise<void>;
  listSessions(): SessionSummary[];
  /** Deletes every event of the sessions whose last event is older than `ageMs`, and the sessions. */
  deleteSessionsOlderThan(ageMs: number): Promise<{ sessions: number; events: number }>;
  /** journal_mode, synchronous and user_version as the writing connection reports them. */
  settings(): Promise<EventDatabaseSettings>;
  /** Commits what is queued, then closes the file. */
  close(): Promise<void>;
};

type SessionRow = { id: string; kind: SessionKind; scenario_ids: string; created_at: number; last_event_at: number; last_seq: number };
type Pending = { event: EventToWrite; resolve: (result: AppendResult) => void; reject: (error: unknown) => void };
type Call = { resolve: (value: unknown) => void; reject: (error: unknown) => void };
type Request = WriterRequest extends infer R ? (R extends WriterRequest ? Omit<R, 'id'> : never) : never;

/**
 * The durable, append-only event log of every session, in one SQLite file. Writes go to a writer
 * thread (eventStoreWorker.ts) that owns the only writing connection, so a commit's fsync never
 * blocks this event loop; reads use this thread's own connection and see committed data only.
 */
export function createEventStore(options: EventStoreOptions): EventStore {
  const durability = options.durability ?? 'full';
  const now = options.now ?? Date.now;
  const windowMs = options.groupCommitMs ?? defaultGroupCommitMs;
  // Creates the file and its schema before the writer starts; then serves the reads.
  const reader = openEventDatabase(options.file, durability);
  const readSql = {
    session: reader.prepare(`SELECT ${EVENT_COLUMNS} FROM events WHERE session_id = ? AND session_seq > ? ORDER BY session_seq`),
    sessions: reader.prepare('SELECT id, kind, scenario_ids, created_at, last_event_at, last_seq FROM sessions ORDER BY created_at, id'),
  };
  const worker = startWriter(options.file, durability);
  const calls = new Map<number, Call>();
  let nextCallId = 1;
  let failure: Error | null = null;
  let queue: Pending[] = [];
  let commit: Promise<void> | null = null;
  let timer: NodeJS.Timeout | NodeJS.Immediate | null = null;
  let lastCommitAt = -Infinity;
  let closing: Promise<void> | null = null;

  worker.on('message', (reply: WriterReply) => {
    const call = calls.get(reply.id);
    calls.delete(reply.id);
    if (calls.size === 0) worker.unref();
    if (reply.ok) call?.resolve(reply.value);
    else call?.reject(new Error(reply.error));
  });
  const fail = (error: Error) => {
    failure ??= error;
    for (const call of calls.values()) call.reject(failure);
    calls.clear();
  };
  worker.on('error', fail);
  worker.on('exit', () => fail(new Error('the event store writer has stopped')));
  worker.unref();

  function call<T>(request: Request): Promise<T> {
    if (failure) return Promise.reject(failure);
    const id = nextCallId;
    nextCallId += 1;
    if (calls.size === 0) worker.ref();
    return new Promise<T>((resolve, reject) => {
      calls.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ ...request, id } as WriterRequest);
    });
  }

  function flush(): void {
    timer = null;
    if (commit || queue.length === 0) return;
    const batch = queue;
    queue = [];
    const started = performance.now();
    lastCommitAt = started;
    commit = call<WrittenEvent[]>({ type: 'append', events: batch.map((p) => p.event) })
      .then(
        (written) => {
          options.onCommit?.({ events: batch.length, ms: performance.now() - started });
          batch.forEach((pending, i) => pending.resolve(toAppendResult(pending.event, written[i]!)));
        },
        (error: unknown) => batch.forEach((pending) => pending.reject(error)),
      )
      .finally(() => {
        commit = null;
        schedule(); // what queued up meanwhile is the next group
      });
  }

  function schedule(): void {
    if (commit || timer || queue.length === 0) return;
    const wait = lastCommitAt + windowMs - performance.now();
    timer = wait > 0 ? setTimeout(flush, wait) : setImmediate(flush);
  }

  /** Resolves once nothing is queued or being committed. */
  async function drain(): Promise<void> {
    if (timer) {
      clearTimeout(timer as NodeJS.Timeout);
      clearImmediate(timer as NodeJS.Immediate);
      timer = null;
    }
    while (commit || queue.length > 0) {
      flush();
      await commit;
    }
  }

  return {
    append(event) {
      return new Promise<AppendResult>((resolve, reject) => {
        if (closing) throw new Error('the event store is closed');
        if (failure) throw failure;
        queue.push({ event: toWrite(event, now), resolve, reject });
        schedule();
      });
    },
    readSession(sessionId, afterSeq = 0) {
      return (readSql.session.all(sessionId, afterSeq) as EventRow[]).map(toStoredEvent);
    },
    async describeSession({ id, kind, scenarioIds, at }) {
      await call({ type: 'describeSession', sessionId: id, kind, scenarioIds: JSON.stringify(scenarioIds), at: at ?? now() });
    },
    listSessions() {
      return (readSql.sessions.all() as SessionRow[]).map((row) => ({
        id: row.id,
        kind: row.kind,
        scenarioIds: JSON.parse(row.scenario_ids) as string[],
        createdAt: row.created_at,
        lastEventAt: row.last_event_at,
        lastSeq: row.last_seq,
      }));
    },
    async deleteSessionsOlderThan(ageMs) {
      await drain();
      return call({ type: 'purge', cutoff: now() - ageMs });
    },
    settings: () => call({ type: 'settings' }),
    close() {
      closing ??= (async () => {
        await drain();
        if (!failure) {
          const exited = new Promise((resolve) => worker.once('exit', resolve));
          await call({ type: 'close' });
          // Keep the process alive until the thread is gone (the last reply unref'd it).
          worker.ref();
          await exited;
        }
        reader.close();
      })();
      return closing;
    },
  };
}

/**
 * The writer thread runs TypeScript like the rest of the server: tsx is registered in it first
 * (the thread does not inherit the loader of `tsx server/main.ts`, nor vitest's).
 */
function startWriter(file: string, durability: Durability): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./eventStoreWorker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: { file, durability } });
}

function toWrite(event: NewEvent, now: () => number): EventToWrite {
  for (const key of ['sessionId', 'type', 'role'] as const) {
    if (typeof event[key] !== 'string' || event[key] === '') throw new TypeError(`event ${key} must be a non-empty string`);
  }
  if (event.clientEventId != null && (typeof event.clientEventId !== 'string' || event.clientEventId === '')) {
    throw new TypeError('event clientEventId must be a non-empty string or null');
  }
  if (event.at !== undefined && !Number.isSafeInteger(event.at)) throw new TypeError('event at must be an integer (ms)');
  const json = JSON.stringify(event.payload) as string | undefined;
  if (typeof json !== 'string') throw new TypeError(`event ${event.type}: the payload is not JSON`);
  return {
    sessionId: event.sessionId,
    clientEventId: event.clientEventId ?? null,
    type: event.type,
    json,
    at: event.at ?? now(),
    role: event.role,
    author: event.author ?? null,
  };
}

function toAppendResult(event: EventToWrite, written: WrittenEvent): AppendResult {
  if (written.duplicate) return { event: toStoredEvent(written.original), duplicate: true };
  return {
    event: {
      seq: written.seq,
      sessionId: event.sessionId,
      sessionSeq: written.sessionSeq,
      clientEventId: event.clientEventId,
      type: event.type,
      payload: JSON.parse(event.json) as unknown,
      at: event.at,
      role: event.role,
      author: event.author,
    },
    duplicate: false,
  };
}

function toStoredEvent(row: EventRow): StoredEvent {
  return {
    seq: row.seq,
    sessionId: row.session_id,
    sessionSeq: row.session_seq,
    clientEventId: row.client_event_id,
    type: row.type,
    payload: JSON.parse(row.payload) as unknown,
    at: row.at,
    role: row.role,
    author: row.author,
  };
}
