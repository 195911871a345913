import { type Kysely, sql, type Transaction } from 'kysely';
import type { StoreDialect } from '../../db/database.js';
import type { Database } from '../../db/schema.js';
import { storeErrorCode } from '../../db/store.errors.js';
import type { JournalCheckpoint } from './journal.checkpoint.js';
import type { JournalEntry } from './journal.entry.js';
import type { ChainedBatch, JournalRepository } from './journal.repository.js';
import { createJournalStoreReader, type JournalStoreReader } from './journal.store-reader.js';
import { checkpointRow, entryOf, entryRow } from './journal.store-rows.js';

interface JournalStoreOptions {
  readonly db: Kysely<Database>;
  readonly dialect: StoreDialect;
  readonly pageSize?: number;
}

// Rows per INSERT statement. Nine bound values per entry: 1000 rows stay well below the bind-parameter limits of
// both dialects (32,766 in SQLite, 65,535 in PostgreSQL) whatever batch size the appender is configured with.
const ROWS_PER_INSERT = 1000;
// The PostgreSQL advisory lock that serialises journal appends across server processes, as its two-key form
// ("vigi", "ejrn" in ASCII): a key space of its own, apart from the single-key lock Kysely's migrator takes.
const APPEND_LOCK = [0x76_69_67_69, 0x65_6a_72_6e] as const;

type Writer = Kysely<Database> | Transaction<Database>;

/** The store implements every part of the contract, the optional locked append included. */
interface JournalStore extends JournalRepository, JournalStoreReader {
  appendAtHead(build: (last: JournalEntry | undefined) => ChainedBatch): Promise<readonly JournalEntry[]>;
}

async function insert(db: Writer, entries: readonly JournalEntry[], checkpoints: readonly JournalCheckpoint[]) {
  for (let i = 0; i < entries.length; i += ROWS_PER_INSERT) {
    await db
      .insertInto('journal_entries')
      .values(entries.slice(i, i + ROWS_PER_INSERT).map(entryRow))
      .execute();
  }
  if (checkpoints.length > 0)
    await db.insertInto('journal_checkpoints').values(checkpoints.map(checkpointRow)).execute();
}

async function lastEntry(db: Writer): Promise<JournalEntry | undefined> {
  const row = await db.selectFrom('journal_entries').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirst();
  return row === undefined ? undefined : entryOf(row);
}

/**
 * The journal in the store, on SQLite or PostgreSQL. Every append holds the store's append lock for its
 * transaction: SQLite's single write lock, or on PostgreSQL an advisory lock that every journal transaction takes
 * first. Optimistic appends then fail fast on a taken seq, and appendAtHead (read the head, chain, insert) is
 * atomic, so the writer that lost a race appends next instead of losing again.
 */
export function createJournalStore(options: JournalStoreOptions): JournalStore {
  const { db, dialect } = options;

  /** Runs `work` holding the append lock, in one transaction. */
  function locked<T>(work: (db: Writer) => Promise<T>): Promise<T> {
    if (dialect === 'postgres') {
      return db.transaction().execute(async (trx) => {
        await sql`select pg_advisory_xact_lock(${APPEND_LOCK[0]}, ${APPEND_LOCK[1]})`.execute(trx);
        return work(trx);
      });
    }
    // BEGIN IMMEDIATE takes SQLite's write lock before the first read: with a deferred BEGIN, reading the head
    // and then writing fails outright (SQLITE_BUSY_SNAPSHOT) when another process committed in between.
    return db.connection().execute(async (connection) => {
      await sql`begin immediate`.execute(connection);
      try {
        const result = await work(connection);
        await sql`commit`.execute(connection);
        return result;
      } catch (error) {
        await sql`rollback`.execute(connection);
        throw error;
      }
    });
  }

  return {
    ...createJournalStoreReader(options),
    lastEntry: () => lastEntry(db),

    async append(entries, checkpoints) {
      if (entries.length === 0 && checkpoints.length === 0) return 'appended';
      try {
        await locked((trx) => insert(trx, entries, checkpoints));
        return 'appended';
      } catch (error) {
        // seq is the primary key of both tables: a duplicate means another process appended first. The
        // transaction is rolled back, so nothing of this batch (entries or checkpoints) remains.
        if (storeErrorCode(error) === 'store.unique_violation') return 'conflict';
        throw error;
      }
    },

    appendAtHead(build) {
      return locked(async (trx) => {
        const { entries, checkpoints } = build(await lastEntry(trx));
        await insert(trx, entries, checkpoints);
        return entries;
      });
    },
  };
}
