import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { JournalPublicKeys } from './journal.checkpoint.js';
import type { JournalEntry } from './journal.entry.js';
import { scanIntactJournal } from './journal.intact-scan.js';
import { createJournalStoreReader } from './journal.store-reader.js';
import { type JournalVerification, verifyJournal } from './journal.verify.js';

interface StoredJournalVerification {
  readonly verification: JournalVerification;
  /** Rows read before verification stopped: all of them when it passed, up to the problem when it did not. */
  readonly entriesRead: number;
  /** Checkpoint rows in the store. */
  readonly checkpoints: number;
}

// Every row, including any planted below seq 1: the chain starts at 1, so a row before it can only have been
// put there by hand, and the verifier must see it to report it.
const EVERY_ROW = { fromSeq: Number.MIN_SAFE_INTEGER + 1 };

async function* counted(entries: AsyncIterable<JournalEntry>, count: { value: number }): AsyncGenerator<JournalEntry> {
  for await (const entry of entries) {
    count.value += 1;
    yield entry;
  }
}

/**
 * What `vigie audit verify` runs: the whole journal re-computed from the store, streamed in constant memory.
 * Checkpoints are read before the entries, never after: each checkpoint is committed with its entries, so every
 * checkpoint read then has its entries in the stream, while one read later could vouch for entries appended after
 * the stream ended and be mistaken for a truncation. Entries appended during the run are verified as well.
 *
 * An intact journal is confirmed by scanIntactJournal, which reads one text per entry written out by the database;
 * anything it does not prove intact is verified again, from the start, field by field, and that verifier names the
 * problem. Tampering thus costs a second read; an intact journal is read once, two to three times faster than field
 * by field (bench/journal.js).
 */
export async function verifyStoredJournal(options: {
  readonly db: Kysely<Database>;
  readonly publicKeys: JournalPublicKeys;
}): Promise<StoredJournalVerification> {
  const store = createJournalStoreReader({ db: options.db });
  const checkpoints = await store.checkpoints(EVERY_ROW);
  const intact = await scanIntactJournal({ ...options, checkpoints, fromSeq: EVERY_ROW.fromSeq });
  if (intact !== undefined)
    return { verification: intact, entriesRead: intact.entries, checkpoints: checkpoints.length };
  const read = { value: 0 };
  const verification = await verifyJournal(counted(store.entries(EVERY_ROW), read), checkpoints, options.publicKeys);
  return { verification, entriesRead: read.value, checkpoints: checkpoints.length };
}
