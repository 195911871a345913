import type { Kysely, Migration } from 'kysely';

/**
 * The complaints register (issue 6): one row per complaint, from the privacy center or entered by staff. What the
 * listing and the deadlines need stays in clear (state, level, dates); what the complainant wrote, their name and
 * address, and the conclusion are encrypted field by field. Confidential notes and the history are rows of their
 * own; the history holds actions and levels, never what a person said.
 */
export const complaints: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('complaints')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('reference', 'text', (c) => c.notNull().unique())
      .addColumn('state', 'text', (c) => c.notNull())
      // The index of the current level in the declaration's rights.complaints.levels.
      .addColumn('level', 'integer', (c) => c.notNull())
      .addColumn('level_started_at', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('received_at', 'text', (c) => c.notNull())
      .addColumn('acknowledged_at', 'text')
      .addColumn('name_encrypted', 'text')
      .addColumn('email_encrypted', 'text')
      .addColumn('text_encrypted', 'text', (c) => c.notNull())
      .addColumn('conclusion_encrypted', 'text')
      .addColumn('request_id', 'text')
      .addColumn('incident_id', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('complaints_received_at').on('complaints').column('received_at').execute();

    await db.schema
      .createTable('complaint_notes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('complaint_id', 'text', (c) => c.notNull().references('complaints.id').onDelete('cascade'))
      .addColumn('note_encrypted', 'text', (c) => c.notNull())
      .addColumn('written_by', 'text', (c) => c.notNull())
      .addColumn('written_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('complaint_notes_complaint').on('complaint_notes').column('complaint_id').execute();

    await db.schema
      .createTable('complaint_events')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('complaint_id', 'text', (c) => c.notNull().references('complaints.id').onDelete('cascade'))
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('level', 'integer', (c) => c.notNull())
      .addColumn('by', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('complaint_events_complaint').on('complaint_events').column('complaint_id').execute();
  },
};
