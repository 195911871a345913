import { type Kysely, type Migration, sql } from 'kysely';

/**
 * The confidentiality-incident register (issue 6): one row per incident, serious or not (RCI s.7, GDPR Art. 33(5),
 * PIPEDA s.10.3). What the clocks and the listing need stays in clear (awareness, the decision, dates, counts and
 * types, as JSON in `facts`); what describes people or their information is encrypted field by field: the
 * description of the information, the circumstances, the notes, and the other free texts together in `narrative`.
 * Notifications sent and the overdue warnings emailed are rows of their own, so recording one is an insert.
 */
export const incidents: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('incidents')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('reference', 'text', (c) => c.notNull().unique())
      // The start of the date or period of awareness: every clock runs from it.
      .addColumn('aware_start', 'text', (c) => c.notNull())
      // 1 serious, 0 not serious, null while undecided.
      .addColumn('serious', 'integer', (c) => c.check(sql`serious in (0, 1)`))
      .addColumn('retain_until', 'text')
      .addColumn('facts', 'text', (c) => c.notNull())
      .addColumn('pi_description_encrypted', 'text')
      .addColumn('circumstances_encrypted', 'text')
      .addColumn('notes_encrypted', 'text')
      .addColumn('narrative_encrypted', 'text', (c) => c.notNull())
      // Incremented by every change: a PATCH applies only to the version it read.
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('reported_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('incidents_aware_start').on('incidents').column('aware_start').execute();

    await db.schema
      .createTable('incident_notifications')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id').onDelete('cascade'))
      .addColumn('notice', 'text', (c) => c.notNull())
      .addColumn('sent_at', 'text', (c) => c.notNull())
      .addColumn('recorded_by', 'text', (c) => c.notNull())
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('incident_notifications_incident')
      .on('incident_notifications')
      .column('incident_id')
      .execute();

    // One warning per incident and clock, ever: the primary key makes the mail job idempotent across servers.
    await db.schema
      .createTable('incident_clock_warnings')
      .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id').onDelete('cascade'))
      .addColumn('clock', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('sent_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('incident_clock_warnings_pk', ['incident_id', 'clock'])
      .execute();
  },
};
