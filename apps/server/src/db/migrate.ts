import { type Kysely, Migrator, sql } from 'kysely';
import type { VigieDatabase } from './database.js';
import { migrationProvider } from './migrations/index.js';
import type { Database } from './schema.js';

type MigrationOutcome =
  | { readonly ok: true; readonly applied: readonly string[] }
  | {
      readonly ok: false;
      readonly code: 'store.migration_failed';
      /** The migration that failed, when the failure was inside one (not, say, a lost connection). */
      readonly failed: string | undefined;
      readonly applied: readonly string[];
      readonly cause: unknown;
    };

/**
 * Brings the store to the latest schema. Safe to run at every start, and from several processes starting at
 * once: what has run is recorded, and only one process migrates at a time (Kysely's advisory lock on PostgreSQL;
 * on SQLite, where Kysely takes no lock, the whole run holds the write lock, so a second process waits and then
 * finds nothing left to do).
 */
export async function migrateToLatest(store: Pick<VigieDatabase, 'db' | 'dialect'>): Promise<MigrationOutcome> {
  try {
    return store.dialect === 'sqlite' ? await migrateSqlite(store.db) : await run(store.db);
  } catch (cause) {
    return { ok: false, code: 'store.migration_failed', failed: undefined, applied: [], cause };
  }
}

function migrateSqlite(db: Kysely<Database>): Promise<MigrationOutcome> {
  return db.connection().execute(async (connection) => {
    await sql`begin immediate`.execute(connection);
    try {
      const outcome = await run(connection);
      await sql.raw(outcome.ok ? 'commit' : 'rollback').execute(connection);
      return outcome;
    } catch (error) {
      await sql`rollback`.execute(connection);
      throw error;
    }
  });
}

async function run(db: Kysely<Database>): Promise<MigrationOutcome> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results = [] } = await migrator.migrateToLatest();
  const applied = results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
  if (error === undefined) return { ok: true, applied };
  const failed = results.find((r) => r.status === 'Error')?.migrationName;
  return { ok: false, code: 'store.migration_failed', failed, applied, cause: error };
}
