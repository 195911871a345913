import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { JournalEntry } from './journal.entry.js';
import { entryOf } from './journal.store-rows.js';

/**
 * The newest entries first, `limit` at a time, before a seq (keyset paging: one index seek per page), optionally
 * only those about one subject (`request:<id>`: the index on subject and seq serves it).
 */
export async function latestJournalEntries(
  db: Kysely<Database>,
  options: { readonly before?: number; readonly limit: number; readonly subject?: string },
): Promise<{ entries: JournalEntry[]; nextBefore: number | null }> {
  let query = db.selectFrom('journal_entries').selectAll().orderBy('seq', 'desc').limit(options.limit);
  if (options.before !== undefined) query = query.where('seq', '<', options.before);
  if (options.subject !== undefined) query = query.where('subject', '=', options.subject);
  const entries = (await query.execute()).map(entryOf);
  const last = entries.at(-1);
  return {
    entries,
    nextBefore: last !== undefined && last.seq > 1 && entries.length === options.limit ? last.seq : null,
  };
}
