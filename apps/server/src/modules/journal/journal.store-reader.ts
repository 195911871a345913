import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { JournalEntry } from './journal.entry.js';
import type { JournalReader, SeqRange } from './journal.repository.js';
import { checkpointOf, entryOf } from './journal.store-rows.js';

interface JournalStoreReaderOptions {
  readonly db: Kysely<Database>;
  /** Entries read per query while streaming; memory stays bounded by one page whatever the journal's size. */
  readonly pageSize?: number;
}

/** Entries always come from queries, so always asynchronously. */
export interface JournalStoreReader extends JournalReader {
  entries(range: SeqRange): AsyncIterable<JournalEntry>;
}

// Large enough that a query's round trip is spread over many entries (verification streams millions), small
// enough that a page of ids and hashes stays around a megabyte.
const DEFAULT_PAGE_SIZE = 5000;

/** Reads the journal from the store, on SQLite or PostgreSQL alike; needs no lock and writes nothing. */
export function createJournalStoreReader(options: JournalStoreReaderOptions): JournalStoreReader {
  const { db } = options;
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError('journal store: pageSize must be positive');
  return {
    entries: (range) => pages(db, range, pageSize),
    async checkpoints({ fromSeq, toSeq, limit }) {
      let query = db.selectFrom('journal_checkpoints').selectAll().where('seq', '>=', fromSeq).orderBy('seq');
      if (toSeq !== undefined) query = query.where('seq', '<=', toSeq);
      if (limit !== undefined) query = query.limit(limit);
      return (await query.execute()).map(checkpointOf);
    },
  };
}

/**
 * Keyset pagination: each page starts after the last seq of the one before. Unlike OFFSET it costs one index seek
 * per page however deep into the journal, and unlike a server-side cursor it holds no transaction or connection
 * open between pages, so a long verification never blocks writers (SQLite has a single writer, and a long read
 * would hold back PostgreSQL's vacuum). Requesting the next page ahead, while the caller hashes the current one,
 * was measured and gained nothing: the drivers decode rows on this same thread, and that is where the time goes.
 */
async function* pages(db: Kysely<Database>, range: SeqRange, pageSize: number): AsyncGenerator<JournalEntry> {
  let after = range.fromSeq - 1;
  for (;;) {
    let query = db.selectFrom('journal_entries').selectAll().where('seq', '>', after).orderBy('seq').limit(pageSize);
    if (range.toSeq !== undefined) query = query.where('seq', '<=', range.toSeq);
    const rows = await query.execute();
    for (const row of rows) yield entryOf(row);
    const last = rows.at(-1);
    if (last === undefined || rows.length < pageSize) return;
    after = last.seq;
  }
}
