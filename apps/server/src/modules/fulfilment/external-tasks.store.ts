import type { Kysely, Selectable } from 'kysely';
import type { Database, ExternalTasksTable } from '../../db/schema.js';

export type TaskRow = Selectable<ExternalTasksTable>;

/** The tasks of systems Vigie cannot query, as rows: encryption and the lifecycle are the callers'. */
export function createExternalTasksStore(db: Kysely<Database>) {
  return {
    /** One task per request and dataset: a resumed job finds the task it opened before and opens no other. */
    async open(row: TaskRow): Promise<TaskRow> {
      await db
        .insertInto('external_tasks')
        .values(row)
        .onConflict((oc) => oc.columns(['request_id', 'dataset']).doNothing())
        .execute();
      const stored = await db
        .selectFrom('external_tasks')
        .selectAll()
        .where('request_id', '=', row.request_id)
        .where('dataset', '=', row.dataset)
        .executeTakeFirstOrThrow();
      return stored;
    },

    byId: (id: string) => db.selectFrom('external_tasks').selectAll().where('id', '=', id).executeTakeFirst(),

    ofRequest: (requestId: string) =>
      db.selectFrom('external_tasks').selectAll().where('request_id', '=', requestId).orderBy('dataset').execute(),

    listOpen: () =>
      db.selectFrom('external_tasks').selectAll().where('state', '=', 'open').orderBy('deadline').execute(),

    async delivered(id: string, at: string): Promise<void> {
      await db
        .updateTable('external_tasks')
        .set({ delivered_at: at })
        .where('id', '=', id)
        .where('delivered_at', 'is', null)
        .execute();
    },

    /** Closes an open task; false when it was already closed (the first answer wins, a second changes nothing). */
    async close(
      id: string,
      change: Pick<TaskRow, 'outcome' | 'note_encrypted' | 'closed_by' | 'closed_at'>,
    ): Promise<boolean> {
      const done = await db
        .updateTable('external_tasks')
        .set({ ...change, state: 'closed' })
        .where('id', '=', id)
        .where('state', '=', 'open')
        .executeTakeFirst();
      return Number(done.numUpdatedRows) === 1;
    },
  };
}
