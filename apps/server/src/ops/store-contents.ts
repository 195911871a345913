import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.js';

/** Kysely's bookkeeping of applied migrations: present in a store that holds no data yet. */
const MIGRATION_TABLES = /^kysely_migration/;

/**
 * Whether the store holds any row outside the migration bookkeeping: what a restore refuses to overwrite without
 * --force. A store that a server merely migrated counts as empty; one it started on (it created keys) does not.
 */
export async function storeHoldsData(db: Kysely<Database>): Promise<boolean> {
  for (const table of await db.introspection.getTables()) {
    if (MIGRATION_TABLES.test(table.name)) continue;
    const name = table.schema === undefined ? table.name : `${table.schema}.${table.name}`;
    const { rows } = await sql`select 1 as found from ${sql.table(name)} limit 1`.execute(db);
    if (rows.length > 0) return true;
  }
  return false;
}
