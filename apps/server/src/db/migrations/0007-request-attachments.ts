import { type Kysely, type Migration, sql } from 'kysely';

/**
 * Files attached to rights requests (issue 4): a representative's proof of capacity and a copy of an identity
 * document, with the staff checks of those documents. The file and its name are encrypted field by field (bound to
 * the attachment's row); the purpose, detected media type and size stay in clear so the console can list them
 * without decrypting a file. A check's note may describe the document, so it is encrypted too.
 */
export const requestAttachments: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('request_attachments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('request_id', 'text', (c) => c.notNull().references('rights_requests.id').onDelete('cascade'))
      .addColumn('purpose', 'text', (c) =>
        c.notNull().check(sql`purpose in ('proof-of-capacity', 'identity-document')`),
      )
      .addColumn('name_encrypted', 'text', (c) => c.notNull())
      // Detected from the bytes when the file was received, never taken from the name or the sender.
      .addColumn('media_type', 'text', (c) => c.notNull())
      .addColumn('size', 'integer', (c) => c.notNull())
      // The file, base64, under the field cipher.
      .addColumn('content_encrypted', 'text', (c) => c.notNull())
      // The staff member who attached it to a request entered by hand; null when the requester sent it.
      .addColumn('added_by', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('request_attachments_request').on('request_attachments').column('request_id').execute();

    await db.schema
      .createTable('request_identity_checks')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('request_id', 'text', (c) => c.notNull().references('rights_requests.id').onDelete('cascade'))
      .addColumn('method', 'text', (c) => c.notNull().check(sql`method in ('document')`))
      .addColumn('outcome', 'text', (c) => c.notNull().check(sql`outcome in ('confirmed', 'rejected')`))
      .addColumn('note_encrypted', 'text')
      .addColumn('checked_by', 'text', (c) => c.notNull())
      .addColumn('checked_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('request_identity_checks_request')
      .on('request_identity_checks')
      .columns(['request_id', 'checked_at'])
      .execute();
  },
};
