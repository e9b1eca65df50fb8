import type { Database } from 'better-sqlite3';
import { readEventDatabaseSettings } from './openEventDatabase';
import type { EventDatabaseSettings } from './openEventDatabase';

/** An event ready to write: validated, its payload already JSON, its time set. */
export type EventToWrite = {
  sessionId: string;
  clientEventId: string | null;
  type: string;
  json: string;
  at: number;
  role: string;
  author: string | null;
};

/** What was written: the new seqs, or for a known client event id the original row (duplicate). */
export type WrittenEvent = { seq: number; sessionSeq: number; duplicate: false } | { duplicate: true; original: EventRow };

export type EventRow = {
  seq: number;
  session_id: string;
  session_seq: number;
  client_event_id: string | null;
  type: string;
  payload: string;
  at: number;
  role: string;
  author: string | null;
};

/** The store's writer, on the writer thread: the only code that writes to the file. */
export type WriterRequest =
  | { id: number; type: 'append'; events: EventToWrite[] }
  | { id: number; type: 'describeSession'; sessionId: string; kind: string; scenarioIds: string; at: number }
  | { id: number; type: 'purge'; cutoff: number }
  | { id: number; type: 'settings' }
  | { id: number; type: 'close' };

export type WriterReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

export const EVENT_COLUMNS = 'seq, session_id, session_seq, client_event_id, type, payload, at, role, author';

/**
 * The write side of the store over one connection. `append` writes a batch in one transaction
 * (one fsync): each event gets the next gapless seq of its session, unless its client event id
 * is already stored, in which case the original row is returned and nothing changes.
 */
export function createEventWriter(db: Database) {
  const sql = {
    // A client event id already stored inserts nothing (changes = 0): the original is then read back.
    insert: db.prepare(
      `INSERT INTO events (session_id, session_seq, client_event_id, type, payload, at, role, author) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (session_id, client_event_id) DO NOTHING`,
    ),
    byClientId: db.prepare(`SELECT ${EVENT_COLUMNS} FROM events WHERE session_id = ? AND client_event_id = ?`),
    lastSeq: db.prepare('SELECT last_seq FROM sessions WHERE id = ?'),
    touchSession: db.prepare(
      `INSERT INTO sessions (id, created_at, last_event_at, last_seq) VALUES (?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET last_event_at = max(last_event_at, excluded.last_event_at), last_seq = excluded.last_seq`,
    ),
    describeSession: db.prepare(
      `INSERT INTO sessions (id, kind, scenario_ids, created_at, last_event_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, scenario_ids = excluded.scenario_ids`,
    ),
    purgeEvents: db.prepare('DELETE FROM events WHERE session_id IN (SELECT id FROM sessions WHERE last_event_at < ?)'),
    purgeSessions: db.prepare('DELETE FROM sessions WHERE last_event_at < ?'),
  };
  /** Last committed seq per session (loaded on first use). */
  const lastSeqs = new Map<string, number>();

  function committedLastSeq(sessionId: string): number {
    let last = lastSeqs.get(sessionId);
    if (last === undefined) {
      last = (sql.lastSeq.get(sessionId) as { last_seq: number } | undefined)?.last_seq ?? 0;
      lastSeqs.set(sessionId, last);
    }
    return last;
  }

  const appendBatch = db.transaction((events: readonly EventToWrite[]) => {
    const touched = new Map<string, { lastSeq: number; at: number }>();
    const written = events.map((event): WrittenEvent => {
      const previous = touched.get(event.sessionId);
      const sessionSeq = (previous?.lastSeq ?? committedLastSeq(event.sessionId)) + 1;
      const info = sql.insert.run(event.sessionId, sessionSeq, event.clientEventId, event.type, event.json, event.at, event.role, event.author);
      if (info.changes === 0) return { duplicate: true, original: sql.byClientId.get(event.sessionId, event.clientEventId) as EventRow };
      touched.set(event.sessionId, { lastSeq: sessionSeq, at: Math.max(event.at, previous?.at ?? event.at) });
      return { seq: Number(info.lastInsertRowid), sessionSeq, duplicate: false };
    });
    for (const [id, { lastSeq, at }] of touched) sql.touchSession.run(id, at, at, lastSeq);
    return { written, touched };
  });

  return {
    append(events: readonly EventToWrite[]): WrittenEvent[] {
      const { written, touched } = appendBatch(events);
      // Committed: only now do the new seqs count.
      for (const [id, { lastSeq }] of touched) lastSeqs.set(id, lastSeq);
      return written;
    },
    describeSession(sessionId: string, kind: string, scenarioIds: string, at: number): void {
      sql.describeSession.run(sessionId, kind, scenarioIds, at, at);
    },
    purge(cutoff: number): { sessions: number; events: number } {
      const deleted = db.transaction(() => ({ events: sql.purgeEvents.run(cutoff).changes, sessions: sql.purgeSessions.run(cutoff).changes }))();
      lastSeqs.clear();
      return deleted;
    },
    settings: (): EventDatabaseSettings => readEventDatabaseSettings(db),
  };
}
