import { sql } from 'kysely';
import { openPostgres } from '../db/postgres.js';
import type { JournalHead } from './backup-sqlite.js';
import { runPgTool } from './pg-tools.js';

type Environment = Readonly<Record<string, string | undefined>>;

/**
 * pg_dump in its custom format into `destination`, from a snapshot that this process exports and holds open: the
 * journal head recorded in the manifest is read in that same snapshot, so it is exactly the head inside the dump
 * even while servers keep appending.
 */
export async function backupPostgres(url: string, destination: string, env: Environment): Promise<JournalHead> {
  const { db, close } = openPostgres({ url, maxConnections: 1 });
  try {
    return await db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (trx) => {
        const { rows } = await sql<{ snapshot: string }>`select pg_export_snapshot() as snapshot`.execute(trx);
        const head = await trx
          .selectFrom('journal_entries')
          .select(['seq', 'hash'])
          .orderBy('seq', 'desc')
          .limit(1)
          .executeTakeFirst();
        await runPgTool('pg_dump', ['--format=custom', `--file=${destination}`, `--snapshot=${rows[0]?.snapshot}`], {
          url,
          env,
        });
        return head ?? null;
      });
  } finally {
    await close();
  }
}
