import { existsSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { OpsError } from './ops.errors.js';

/** How long to wait for a writer's lock; the same bound the server's connections use. */
const BUSY_TIMEOUT_MS = 5000;
/**
 * Pages per backup step. The online backup restarts whenever another connection writes between two steps, so with
 * a server writing all the time a copy made in small steps might never finish: one step copies every page under a
 * single read transaction, which WAL lets writers work beside, and that read is the consistent snapshot.
 */
const ALL_PAGES = 0x7fffffff;

export type JournalHead = { readonly seq: number; readonly hash: string } | null;

/** The last journal entry in an open SQLite database, or null for an empty journal. */
function sqliteJournalHead(db: BetterSqlite3.Database): JournalHead {
  const row = db.prepare('select seq, hash from journal_entries order by seq desc limit 1').get() as
    | { seq: number; hash: string }
    | undefined;
  return row === undefined ? null : { seq: Number(row.seq), hash: row.hash };
}

/**
 * Copies `source` into `destination` with SQLite's online backup: consistent while other processes write to the
 * source, and written through SQLite's locks into a destination that servers may have open.
 */
export async function copySqlite(source: string, destination: string, options: { readonly?: boolean } = {}) {
  const db = new BetterSqlite3(source, { fileMustExist: true, readonly: options.readonly === true });
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    await db.backup(destination, { progress: () => ALL_PAGES });
  } finally {
    db.close();
  }
}

/**
 * A consistent copy of the server's SQLite file in `destination` (created beforehand, owner-only), turned into a
 * single self-contained file (rollback journal rather than WAL, so the copy needs no -wal file beside it).
 * Returns the journal head inside the copy.
 */
export async function backupSqlite(source: string, destination: string): Promise<JournalHead> {
  if (!existsSync(source)) throw new OpsError('backup.source_missing', { path: source });
  await copySqlite(source, destination);
  const copy = new BetterSqlite3(destination, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    return sqliteJournalHead(copy);
  } finally {
    copy.close();
  }
}
