import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema.js';

/**
 * How long a writer waits for another process's write lock before failing with store.busy. Writes are short
 * (one request, one job claim), so a few seconds only ever runs out when something is stuck.
 */
const BUSY_TIMEOUT_MS = 5000;

/** Owner-only: the file holds health data (encrypted fields, but also who did what and when). */
const DATA_DIR_MODE = 0o700;
const DATA_FILE_MODE = 0o600;

/**
 * Opens the embedded store. WAL lets readers run beside the single writer; synchronous = FULL fsyncs the WAL on
 * every commit, so a write acknowledged to a caller survives a power cut and not only a process crash; foreign
 * keys are off by default in SQLite and must be turned on per connection.
 */
export function openSqlite(path: string): { db: Kysely<Database>; close(): Promise<void> } {
  const file = resolve(path);
  mkdirSync(dirname(file), { recursive: true, mode: DATA_DIR_MODE });
  // Created here first so that SQLite, which gives its -wal and -shm files the database file's mode, never
  // creates any of them world-readable under a permissive umask.
  closeSync(openSync(file, 'a', DATA_FILE_MODE));
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, close: () => db.destroy() };
}
