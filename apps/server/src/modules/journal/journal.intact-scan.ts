import { hash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { GENESIS_HASH } from './journal.canonical.js';
import type { JournalCheckpoint, JournalPublicKeys } from './journal.checkpoint.js';
import { createCheckpointCursor } from './journal.checkpoint-cursor.js';
import { recordPages, storeDialectOf, tableAsMigrated } from './journal.store-records.js';
import type { JournalVerification } from './journal.verify.js';

type IntactJournal = Extract<JournalVerification, { ok: true }>;

// Large pages spread each query's cost over many entries; a page of records stays around 3 MB.
const DEFAULT_PAGE_SIZE = 10_000;
const HASH_LENGTH = 64;
const OPEN_BRACKET = 0x5b;
const COMMA = 0x2c;

/**
 * The entry's hash when its record (journal.store-records.ts, which refuses any page holding a backslash) is that of
 * an intact entry at `seq` after an entry whose hash is `prevHash`; undefined otherwise. These are the checks the
 * chain verifier's fast path makes on the same row (seq and prevHash in place, the unescaped form hashing to the
 * stored hash, no backslash in it), on the text the database wrote instead of one built here.
 */
function intactEntryHash(record: string, seq: number, prevHash: string): string | undefined {
  if (record.slice(HASH_LENGTH, 2 * HASH_LENGTH) !== prevHash) return undefined;
  if (record.charCodeAt(2 * HASH_LENGTH) !== OPEN_BRACKET) return undefined;
  const seqText = String(seq);
  const seqStart = 2 * HASH_LENGTH + 1;
  const seqEnd = seqStart + seqText.length;
  if (record.slice(seqStart, seqEnd) !== seqText || record.charCodeAt(seqEnd) !== COMMA) return undefined;
  const computed = hash('sha256', record.slice(HASH_LENGTH), 'hex');
  return record.slice(0, HASH_LENGTH) === computed ? computed : undefined;
}

/**
 * Proves, reading the store, that the whole journal is intact: every row from the lowest seq on is the entry
 * expected in its place, and every checkpoint holds. Returns the verification the field-by-field verifier would
 * return, or undefined as soon as anything else is met (any tampering, but also a dialect or table it does not
 * know): verifyStoredJournal then runs that verifier, which names the problem. It never reports a problem itself,
 * so it cannot make verification weaker, only an intact journal faster to confirm.
 */
export async function scanIntactJournal(options: {
  readonly db: Kysely<Database>;
  readonly checkpoints: readonly JournalCheckpoint[];
  readonly publicKeys: JournalPublicKeys;
  /** The lowest seq to read: every row from there on must be an entry of the chain that starts at 1. */
  readonly fromSeq: number;
  readonly pageSize?: number;
}): Promise<IntactJournal | undefined> {
  const { db } = options;
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const dialect = storeDialectOf(db);
  if (dialect === undefined || !(await tableAsMigrated(db, dialect))) return undefined;
  const readPage = recordPages(db, dialect);
  const cursor = createCheckpointCursor(options.checkpoints, options.publicKeys, 1);
  let seq = 1;
  let prevHash = GENESIS_HASH;
  let pending = readPage(options.fromSeq - 1, pageSize);
  for (;;) {
    const records = await pending;
    if (records === undefined) return undefined;
    const full = records.length === pageSize;
    if (full) {
      // Keyset pagination from the last entry of this page, as the store reader pages, so entries appended meanwhile
      // are read. Asked for now, so that PostgreSQL builds it while this page is hashed; if this page turns out not
      // to be intact, the answer is never used (and its failure, caught here, never reported).
      pending = readPage(seq - 1 + records.length, pageSize);
      pending.catch(() => undefined);
      // The query only leaves once the event loop turns (the pool hands out connections asynchronously), and the
      // hashing below never yields: without this turn, the next page would not be built until this one is done.
      await new Promise((resolve) => setImmediate(resolve));
    }
    for (const record of records) {
      const entryHash = intactEntryHash(record, seq, prevHash);
      if (entryHash === undefined) return undefined;
      const nextCheckpointSeq = cursor.nextSeq;
      if (nextCheckpointSeq !== undefined && seq >= nextCheckpointSeq) {
        if (cursor.meet({ seq, hash: entryHash }) !== undefined) return undefined;
      }
      prevHash = entryHash;
      seq += 1;
    }
    if (!full) break;
  }
  const lastSeq = seq - 1;
  if (cursor.afterLast(lastSeq) !== undefined) return undefined;
  const { lastMatchedSeq } = cursor;
  return {
    ok: true,
    entries: lastSeq,
    head: lastSeq === 0 ? undefined : { seq: lastSeq, hash: prevHash },
    lastCheckpointSeq: lastMatchedSeq,
    uncheckpointed: lastSeq - (lastMatchedSeq ?? 0),
  };
}
