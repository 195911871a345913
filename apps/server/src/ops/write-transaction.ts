import { type Kysely, sql } from 'kysely';
import type { VigieDatabase } from '../db/database.js';
import type { Database } from '../db/schema.js';

/**
 * One transaction that reads and then writes, safe beside running servers. On SQLite it takes the write lock
 * first (BEGIN IMMEDIATE): with a deferred BEGIN, a read followed by a write fails outright (SQLITE_BUSY_SNAPSHOT)
 * as soon as any other process commits in between, and a running server commits journal entries all the time.
 */
export function writeTransaction<T>(
  database: Pick<VigieDatabase, 'db' | 'dialect'>,
  work: (db: Kysely<Database>) => Promise<T>,
): Promise<T> {
  if (database.dialect === 'postgres') return database.db.transaction().execute(work);
  return database.db.connection().execute(async (connection) => {
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
