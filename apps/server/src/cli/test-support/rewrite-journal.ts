import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { JournalEntry } from '../../modules/journal/journal.entry.js';
import { createJournalStoreReader } from '../../modules/journal/journal.store-reader.js';
import { entryRow } from '../../modules/journal/journal.store-rows.js';

/**
 * Leaves the journal in the database as `tamper` (see modules/journal/test-support/tamper.ts) makes it: what
 * someone with write access to the store could do, rows edited, deleted, renumbered or planted.
 */
export async function rewriteJournal(
  db: Kysely<Database>,
  tamper: (entries: JournalEntry[]) => readonly JournalEntry[],
): Promise<void> {
  const entries: JournalEntry[] = [];
  for await (const entry of createJournalStoreReader({ db }).entries({ fromSeq: 1 })) entries.push(entry);
  const tampered = tamper(entries);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('journal_entries').execute();
    if (tampered.length > 0) await trx.insertInto('journal_entries').values(tampered.map(entryRow)).execute();
  });
}
