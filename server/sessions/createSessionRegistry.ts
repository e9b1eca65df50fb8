import { randomUUID } from 'node:crypto';
import type { CrmRequest, CrmResponse } from '../../shared/crm/handleCrmRequest';
import type { CallCommand, CommandAck, PracticeMode } from '../../shared/protocol/callProtocol';
import type { Scenario } from '../../shared/scenario/scenarioSchema';
import type { PracticeSession, SessionKind } from '../../shared/session/practiceSession';
import { createPracticeSession } from '../../shared/session/practiceSession';
import type { SessionCreatedPayload } from '../../shared/session/replaySession';
import { playCommand, playCrmRequest, playCustomerTrigger, replaySession } from '../../shared/session/replaySession';
import type { EventStore, NewEvent, StoredEvent } from '../store/createEventStore';

export interface CreateSessionOptions {
  mode: PracticeMode;
  /** Default 'practice'. */
  kind?: SessionKind;
  examId?: string;
  /** Exam accommodations: every timer is multiplied by it. */
  timeFactor?: number;
}

export type SessionEventListener = (event: StoredEvent, session: PracticeSession) => void;

export interface SessionRegistry {
  /** Rebuilds every call session of the store (start-up); returns how many. */
  recover(): Promise<number>;
  /** A new session, once its `session.created` is durably stored; undefined when no scenario has that id. */
  create(scenarioId: string, options: CreateSessionOptions): Promise<PracticeSession | undefined>;
  get(sessionId: string): PracticeSession | undefined;
  /** Every session in memory (to re-arm their timers after recovery). */
  all(): PracticeSession[];
  /**
   * Plays a candidate command at `at` and resolves once it is durably stored (a refused command is
   * not stored; a retried id answers the original seq, once that one is stored). Rejects when
   * there is no such session or the store fails.
   */
  command(sessionId: string, command: CallCommand, at: number): Promise<CommandAck>;
  /** Serves a CRM request at `at`; resolves with the CRM's answer once the request is stored. */
  crm(sessionId: string, request: CrmRequest, at: number): Promise<CrmResponse>;
  /**
   * The examiner playing the customer (live mode): `customer.trigger` at `at`, by `author`. The
   * ack's seq is the stored event's session seq. With a `clientEventId`, a retry is a duplicate.
   */
  trigger(sessionId: string, event: string, author: string, at: number, clientEventId?: string): Promise<CommandAck>;
  /** Whether every change made to the session in memory is committed (views are sent only then). */
  isSettled(sessionId: string): boolean;
  /** Called after each commit, in commit order, with the stored event and its session. Returns an unsubscribe. */
  onEvent(listener: SessionEventListener): () => void;
}

export interface SessionRegistryOptions {
  scenarios: readonly Scenario[];
  store: EventStore;
  now?: () => Date;
  /** Sessions that cannot be recovered (unknown scenario, a log that does not replay). Default console.warn. */
  onRecoveryError?: (sessionId: string, error: unknown) => void;
}

/** What the registry keeps beside each session: the commits under way, the examiner's triggers by client id. */
interface Entry {
  session: PracticeSession;
  /** The time of the last event played: a later event never goes back in time. */
  lastAt: number;
  /** Appends not yet committed. */
  pending: number;
  /** Resolves when the last append queued so far is committed (a duplicate waits for its original). */
  tail: Promise<unknown>;
  triggers: Map<string, number>;
}

/**
 * Call sessions (practice, and each call of an exam), played in memory and logged, event by
 * event, in the durable store: a change is applied in memory, its event appended in that same
 * order, and whoever asked is answered only after the commit. At start-up `recover()` replays
 * the store's logs into the same states. Session ids are random UUIDs: the id is the only key to
 * a practice session's CRM.
 */
export function createSessionRegistry(options: SessionRegistryOptions): SessionRegistry {
  const { store } = options;
  const now = options.now ?? (() => new Date());
  const onRecoveryError = options.onRecoveryError ?? ((id, error) => console.warn(`Session ${id} not recovered: ${String(error)}`));
  const scenarios = new Map(options.scenarios.map((s) => [s.id, s]));
  const entries = new Map<string, Entry>();
  const listeners = new Set<SessionEventListener>();

  const entryOf = (sessionId: string): Entry => {
    const entry = entries.get(sessionId);
    if (!entry) throw new Error(`No session ${sessionId}`);
    return entry;
  };
  /** The event's time: never before the session's last one (a clock stepping back changes no order). */
  const timeFor = (entry: Entry, at: number): number => {
    entry.lastAt = Math.max(entry.lastAt, Math.round(at));
    return entry.lastAt;
  };
  /** Appends now (so that the store keeps the order of memory), resolves after the commit and the listeners. */
  const append = (entry: Entry, event: NewEvent): Promise<StoredEvent> => {
    entry.pending += 1;
    const committed = store.append(event).then(
      ({ event: stored }) => {
        entry.pending -= 1;
        for (const listener of listeners) {
          try {
            listener(stored, entry.session);
          } catch (error) {
            console.error(error);
          }
        }
        return stored;
      },
      (error: unknown) => {
        entry.pending -= 1;
        throw error;
      },
    );
    entry.tail = committed.catch(() => undefined);
    return committed;
  };

  return {
    async recover() {
      let count = 0;
      for (const summary of store.listSessions()) {
        if (entries.has(summary.id)) continue;
        const events = store.readSession(summary.id);
        // The store also holds exams' own logs: a call session's log opens with session.created.
        if (events[0]?.type !== 'session.created') continue;
        try {
          const { scenarioId } = events[0].payload as SessionCreatedPayload;
          const scenario = scenarios.get(scenarioId);
          if (!scenario) throw new Error(`no scenario ${scenarioId} in the library`);
          const session = replaySession(scenario, events);
          const triggers = new Map(events.flatMap((e) => (e.type === 'customer.trigger' && e.clientEventId ? [[e.clientEventId, e.sessionSeq] as const] : [])));
          entries.set(session.id, { session, lastAt: events.at(-1)!.at, pending: 0, tail: Promise.resolve(), triggers });
          count += 1;
        } catch (error) {
          onRecoveryError(summary.id, error);
        }
      }
      return count;
    },

    async create(scenarioId, { mode, kind = 'practice', examId, timeFactor }) {
      const scenario = scenarios.get(scenarioId);
      if (!scenario) return undefined;
      const startedAt = new Date(Math.round(now().getTime()));
      const payload: SessionCreatedPayload = {
        scenarioId,
        mode,
        kind,
        ...(examId !== undefined ? { examId } : {}),
        ...(timeFactor !== undefined ? { timeFactor } : {}),
      };
      const session = createPracticeSession(randomUUID(), scenario, startedAt, payload);
      const entry: Entry = { session, lastAt: startedAt.getTime(), pending: 0, tail: Promise.resolve(), triggers: new Map() };
      // Known only once stored: no command can reach a session that a crash would forget.
      const created = append(entry, { sessionId: session.id, type: 'session.created', payload, role: 'server', at: startedAt.getTime() });
      await store.describeSession({ id: session.id, kind, scenarioIds: [scenarioId], at: startedAt.getTime() });
      await created;
      entries.set(session.id, entry);
      return session;
    },

    get: (sessionId) => entries.get(sessionId)?.session,
    all: () => [...entries.values()].map((entry) => entry.session),

    async command(sessionId, command, at) {
      const entry = entryOf(sessionId);
      const time = timeFor(entry, at);
      const ack = playCommand(entry.session, command, time);
      if (!ack.ok) return ack;
      if (ack.duplicate) {
        await entry.tail;
        return ack;
      }
      await append(entry, { sessionId, clientEventId: command.id, type: 'call.command', payload: { command }, role: 'candidate', at: time });
      return ack;
    },

    async crm(sessionId, request, at) {
      const entry = entryOf(sessionId);
      const time = timeFor(entry, at);
      const response = playCrmRequest(entry.session, request, time);
      const { method, path, query, body } = request;
      await append(entry, { sessionId, type: 'crm.request', payload: { method, path, query, ...(body !== undefined ? { body } : {}) }, role: 'candidate', at: time });
      return response;
    },

    async trigger(sessionId, event, author, at, clientEventId) {
      const entry = entryOf(sessionId);
      const seen = clientEventId === undefined ? undefined : entry.triggers.get(clientEventId);
      if (seen !== undefined) {
        await entry.tail;
        return { ok: true, seq: entry.triggers.get(clientEventId!) ?? seen, duplicate: true };
      }
      const time = timeFor(entry, at);
      const ack = playCustomerTrigger(entry.session, event, time);
      if (!ack.ok) return ack;
      // Claimed before the commit, so that a retry meanwhile is a duplicate; the seq is known after it.
      if (clientEventId !== undefined) entry.triggers.set(clientEventId, -1);
      const stored = await append(entry, {
        sessionId,
        clientEventId: clientEventId ?? null,
        type: 'customer.trigger',
        payload: { event },
        role: 'examiner',
        author,
        at: time,
      });
      if (clientEventId !== undefined) entry.triggers.set(clientEventId, stored.sessionSeq);
      return { ok: true, seq: stored.sessionSeq, duplicate: false };
    },

    isSettled: (sessionId) => (entries.get(sessionId)?.pending ?? 0) === 0,

    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
