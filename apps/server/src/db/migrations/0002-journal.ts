import type { Kysely, Migration } from 'kysely';

/**
 * The access journal. seq is the primary key, so two server processes appending the same seq collide on a
 * unique violation instead of forking the chain. No foreign key from checkpoints to entries: the chain and the
 * signatures are the integrity check, and verification must be able to report a deleted entry, not be stopped
 * by the store from seeing one.
 */
export const journal: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('journal_entries')
      .addColumn('seq', 'bigint', (c) => c.primaryKey())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('subject', 'text')
      .addColumn('purpose', 'text')
      .addColumn('origin', 'text', (c) => c.notNull())
      .addColumn('prev_hash', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('journal_checkpoints')
      .addColumn('seq', 'bigint', (c) => c.primaryKey())
      .addColumn('hash', 'text', (c) => c.notNull())
      .addColumn('signature', 'text', (c) => c.notNull())
      .addColumn('key_id', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
  },
};
