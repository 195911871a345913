import type { Kysely, Migration } from 'kysely';

/**
 * The proof of destruction (issue 6): one row per table a retention run swept, or per dataset it could not
 * sweep. Only counts, names and dates: a run never reads a person's values into Vigie's store, so nothing here is
 * encrypted. The journal holds one entry per row as well; this table is what the console lists.
 */
export const retentionRuns: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('retention_runs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      // Every row written by one run shares it.
      .addColumn('job_id', 'text', (c) => c.notNull())
      .addColumn('dataset', 'text', (c) => c.notNull())
      // Null when the whole dataset failed before any table was swept (unreachable, schema mismatch).
      .addColumn('table_name', 'text')
      .addColumn('rule', 'text')
      .addColumn('action', 'text')
      .addColumn('destroyed', 'integer', (c) => c.notNull())
      .addColumn('anonymized', 'integer', (c) => c.notNull())
      .addColumn('spared', 'integer', (c) => c.notNull())
      .addColumn('started_at', 'text', (c) => c.notNull())
      .addColumn('finished_at', 'text', (c) => c.notNull())
      .addColumn('longest_batch_ms', 'integer', (c) => c.notNull())
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('error_code', 'text')
      .execute();
    await db.schema.createIndex('retention_runs_finished').on('retention_runs').column('finished_at').execute();
  },
};
