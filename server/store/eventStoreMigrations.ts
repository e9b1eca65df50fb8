import type { Database } from 'better-sqlite3';

/**
 * The store's schema, one migration per entry: entry i brings `user_version` from i to i + 1.
 * Append new entries (users, exams, marks…); never edit one that has shipped.
 */
export const eventStoreMigrations: readonly string[] = [
  `
  CREATE TABLE sessions (
    id            TEXT PRIMARY KEY,
    kind          TEXT NOT NULL DEFAULT 'practice' CHECK (kind IN ('practice', 'exam')),
    scenario_ids  TEXT NOT NULL DEFAULT '[]',
    created_at    INTEGER NOT NULL,
    last_event_at INTEGER NOT NULL,
    last_seq      INTEGER NOT NULL DEFAULT 0
  ) STRICT;
  CREATE INDEX sessions_by_last_event ON sessions (last_event_at);

  CREATE TABLE events (
    seq             INTEGER PRIMARY KEY,
    session_id      TEXT NOT NULL,
    session_seq     INTEGER NOT NULL,
    client_event_id TEXT,
    type            TEXT NOT NULL,
    payload         TEXT NOT NULL,
    at              INTEGER NOT NULL,
    role            TEXT NOT NULL,
    author          TEXT,
    UNIQUE (session_id, session_seq),
    UNIQUE (session_id, client_event_id)
  ) STRICT;
  `,
];

/** Runs the migrations the database has not seen yet, each in its own transaction. */
export function migrateEventStore(db: Database, migrations: readonly string[] = eventStoreMigrations): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new Error(`event store schema version ${current} is newer than this code knows (${migrations.length})`);
  }
  for (let version = current; version < migrations.length; version += 1) {
    db.transaction(() => {
      db.exec(migrations[version]!);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
  return migrations.length;
}
