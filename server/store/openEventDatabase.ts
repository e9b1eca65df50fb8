import Database from 'better-sqlite3';
import type { Database as SqliteDatabase } from 'better-sqlite3';
import { migrateEventStore } from './eventStoreMigrations';

/**
 * `full` (default): every commit is fsynced before it returns, so an acked event survives a power
 * cut. `normal`: in WAL mode a power cut may drop the last commits (a killed process loses
 * nothing); only for benchmarks and tests that say so.
 */
export type Durability = 'full' | 'normal';

const synchronousLevel = { full: 2, normal: 1 } as const;

export type EventDatabaseSettings = { journalMode: string; synchronous: number; userVersion: number };

/**
 * Opens (or creates) the SQLite file in WAL mode with the asked durability, and migrates it.
 * better-sqlite3 opens WAL databases at synchronous=NORMAL unless told otherwise, so the level is
 * set on this connection and read back; a mismatch throws rather than run less durable than asked.
 */
export function openEventDatabase(file: string, durability: Durability = 'full'): SqliteDatabase {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${synchronousLevel[durability]}`);
    db.pragma('busy_timeout = 5000');
    const settings = readEventDatabaseSettings(db);
    if (settings.journalMode !== 'wal') throw new Error(`${file}: journal_mode is ${settings.journalMode}, not wal`);
    if (settings.synchronous !== synchronousLevel[durability]) {
      throw new Error(`${file}: synchronous is ${settings.synchronous}, not ${synchronousLevel[durability]}`);
    }
    migrateEventStore(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The settings as SQLite reports them on this connection. */
export function readEventDatabaseSettings(db: SqliteDatabase): EventDatabaseSettings {
  return {
    journalMode: String(db.pragma('journal_mode', { simple: true })),
    synchronous: Number(db.pragma('synchronous', { simple: true })),
    userVersion: Number(db.pragma('user_version', { simple: true })),
  };
}
