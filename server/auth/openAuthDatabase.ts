import Database from 'better-sqlite3';
import type { Database as SqliteDatabase } from 'better-sqlite3';

/**
 * The accounts' tables, beside the event store's in the same file. They are created with
 * IF NOT EXISTS and leave `user_version` alone: that number belongs to the event store's
 * migrations (server/store/eventStoreMigrations.ts).
 */
const authSchema = `
  CREATE TABLE IF NOT EXISTS users (
    id            TEXT PRIMARY KEY,
    login         TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name          TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('admin', 'examiner', 'trainer')),
    password_hash TEXT NOT NULL,
    created_at    INTEGER NOT NULL
  ) STRICT;

  CREATE TABLE IF NOT EXISTS auth_sessions (
    token_hash TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX IF NOT EXISTS auth_sessions_by_user ON auth_sessions (user_id);
  CREATE INDEX IF NOT EXISTS auth_sessions_by_expiry ON auth_sessions (expires_at);
`;

/**
 * Opens the shared SQLite file on a connection of its own, in WAL mode with synchronous=FULL
 * (a session or a password change survives a power cut once answered), and creates the tables.
 */
export function openAuthDatabase(file: string): SqliteDatabase {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // The event store's writer thread commits on its own connection: wait for it, never fail.
    db.pragma('busy_timeout = 5000');
    if (String(db.pragma('journal_mode', { simple: true })) !== 'wal') throw new Error(`${file}: cannot use WAL mode`);
    db.exec(authSchema);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
