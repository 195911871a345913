import type { Kysely, Selectable } from 'kysely';
import type { ComplaintEventsTable, ComplaintNotesTable, ComplaintsTable, Database } from '../../db/schema.js';

export type ComplaintRow = Selectable<ComplaintsTable>;
type ComplaintNoteRow = Selectable<ComplaintNotesTable>;
export type ComplaintEventRow = Selectable<ComplaintEventsTable>;

/** The complaints register as rows: encryption, states and levels are the callers'. */
export function createComplaintsStore(db: Kysely<Database>) {
  return {
    /** The complaint and the first step of its history, together. */
    insert: (row: ComplaintRow, event: ComplaintEventRow) =>
      db.transaction().execute(async (tx) => {
        await tx.insertInto('complaints').values(row).execute();
        await tx.insertInto('complaint_events').values(event).execute();
      }),

    byId: (id: string) => db.selectFrom('complaints').selectAll().where('id', '=', id).executeTakeFirst(),

    /** Most recently received first. */
    list: () => db.selectFrom('complaints').selectAll().orderBy('received_at', 'desc').orderBy('id').execute(),

    /**
     * Writes a change and the step of history that explains it, together, if the complaint is still at `from`
     * (state and level): false when another action moved it first, so two escalations cannot both apply.
     */
    update: (
      id: string,
      from: Pick<ComplaintRow, 'state' | 'level'>,
      change: Partial<ComplaintRow>,
      event: ComplaintEventRow,
    ) =>
      db.transaction().execute(async (tx) => {
        const result = await tx
          .updateTable('complaints')
          .set(change)
          .where('id', '=', id)
          .where('state', '=', from.state)
          .where('level', '=', from.level)
          .executeTakeFirst();
        if (result.numUpdatedRows === 0n) return false;
        await tx.insertInto('complaint_events').values(event).execute();
        return true;
      }),

    addNote: (note: ComplaintNoteRow, event: ComplaintEventRow, state: string) =>
      db.transaction().execute(async (tx) => {
        await tx.insertInto('complaint_notes').values(note).execute();
        await tx
          .updateTable('complaints')
          .set({ state, updated_at: note.written_at })
          .where('id', '=', note.complaint_id)
          .execute();
        await tx.insertInto('complaint_events').values(event).execute();
      }),

    notes: (id: string) =>
      db
        .selectFrom('complaint_notes')
        .selectAll()
        .where('complaint_id', '=', id)
        .orderBy('written_at')
        .orderBy('id')
        .execute(),

    events: (id: string) =>
      db
        .selectFrom('complaint_events')
        .selectAll()
        .where('complaint_id', '=', id)
        .orderBy('at')
        .orderBy('id')
        .execute(),

    async requestExists(id: string): Promise<boolean> {
      return (
        (await db.selectFrom('rights_requests').select('id').where('id', '=', id).executeTakeFirst()) !== undefined
      );
    },

    async incidentExists(id: string): Promise<boolean> {
      return (await db.selectFrom('incidents').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
    },
  };
}

export type ComplaintsStore = ReturnType<typeof createComplaintsStore>;
