import { type Kysely, type Migration, sql } from 'kysely';

/**
 * The installation's keys, wrapped by the master key (crypto/key-records.ts): the data keys that encrypt fields
 * and the one index key behind every blind index. Only one index key can ever exist (a partial unique index), so
 * two server processes creating the first keys at once cannot both succeed: the second one's insert fails and it
 * reads the winner's keys instead.
 */
export const keys: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('encryption_keys')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('data', 'index')`))
      .addColumn('master_key_id', 'text', (c) => c.notNull())
      .addColumn('wrapped', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('encryption_keys_one_index_key')
      .on('encryption_keys')
      .column('kind')
      .unique()
      .where(sql.ref('kind'), '=', 'index')
      .execute();
  },
};
