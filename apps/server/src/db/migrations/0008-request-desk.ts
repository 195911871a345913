import type { Kysely, Migration } from 'kysely';

/**
 * The request desk (issue 4): who a request is assigned to, the extension given with notice (its reason may
 * describe the person's file, so it is encrypted), the letters sent, the reminders sent (one per request, due date
 * and threshold, so a job that runs twice mails once), the language each staff member last used the desk in (their
 * reminders are written in it), and an index to read a request's journal by subject.
 */
export const requestDesk: Migration = {
  async up(db: Kysely<unknown>) {
    // One column per statement: SQLite adds columns one at a time.
    await db.schema.alterTable('rights_requests').addColumn('assignee_id', 'text').execute();
    await db.schema.alterTable('rights_requests').addColumn('extension_notice_at', 'text').execute();
    await db.schema.alterTable('rights_requests').addColumn('extension_reason_encrypted', 'text').execute();
    await db.schema.alterTable('users').addColumn('language', 'text').execute();
    await db.schema.createIndex('rights_requests_assignee').on('rights_requests').column('assignee_id').execute();

    await db.schema
      .createTable('request_letters')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('request_id', 'text', (c) => c.notNull().references('rights_requests.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('sent_by', 'text', (c) => c.notNull())
      .addColumn('sent_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('request_letters_request').on('request_letters').column('request_id').execute();

    await db.schema
      .createTable('request_reminders')
      .addColumn('request_id', 'text', (c) => c.notNull().references('rights_requests.id').onDelete('cascade'))
      // The due day the reminder was about: an extension moves it, and the new date is reminded of again.
      .addColumn('due', 'text', (c) => c.notNull())
      // Days before the due day ('7', '2') or 'overdue'.
      .addColumn('threshold', 'text', (c) => c.notNull())
      .addColumn('sent_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('request_reminders_pk', ['request_id', 'due', 'threshold'])
      .execute();

    await db.schema.createIndex('journal_entries_subject').on('journal_entries').columns(['subject', 'seq']).execute();
  },
};
