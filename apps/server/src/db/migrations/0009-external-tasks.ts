import type { Kysely, Migration } from 'kysely';

/**
 * The systems Vigie cannot query (issue 4): one task per request and webhook or manual dataset, open until the
 * system posts its signed result or staff complete it, or until its deadline passes (a failure, never a success).
 * What the system answered goes to fulfilment_steps like any other system's result; the task keeps only its state
 * and, for a manual one, the staff's note, encrypted.
 */
export const externalTasks: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('external_tasks')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('request_id', 'text', (c) => c.notNull().references('rights_requests.id').onDelete('cascade'))
      .addColumn('dataset', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('deadline', 'text', (c) => c.notNull())
      .addColumn('delivered_at', 'text')
      .addColumn('outcome', 'text')
      .addColumn('note_encrypted', 'text')
      .addColumn('closed_by', 'text')
      .addColumn('closed_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('external_tasks_request_dataset', ['request_id', 'dataset'])
      .execute();
    await db.schema.createIndex('external_tasks_state').on('external_tasks').column('state').execute();
  },
};
