import type { Kysely, Selectable } from 'kysely';
import type { Database, RequestIdentityChecksTable } from '../../db/schema.js';
import type { AttachmentMetadataRow, AttachmentRow } from './attachment-record.js';

export type IdentityCheckRow = Selectable<RequestIdentityChecksTable>;

const METADATA = [
  'id',
  'request_id',
  'purpose',
  'name_encrypted',
  'media_type',
  'size',
  'added_by',
  'created_at',
] as const;

/**
 * A request's attachments and identity checks, as rows. Attachments are inserted with their request, in its
 * transaction (requests.store.ts), so a request is never stored without the files it came with, nor files without it.
 */
export function createAttachmentsStore(db: Kysely<Database>) {
  return {
    /** Oldest first, without the files themselves (megabytes each). */
    list: (requestId: string): Promise<AttachmentMetadataRow[]> =>
      db
        .selectFrom('request_attachments')
        .select(METADATA)
        .where('request_id', '=', requestId)
        .orderBy('created_at')
        .orderBy('id')
        .execute(),

    /** One attachment of one request: an id of another request's file finds nothing. */
    byId: (requestId: string, attachmentId: string): Promise<AttachmentRow | undefined> =>
      db
        .selectFrom('request_attachments')
        .selectAll()
        .where('request_id', '=', requestId)
        .where('id', '=', attachmentId)
        .executeTakeFirst(),

    async recordCheck(row: IdentityCheckRow): Promise<void> {
      await db.insertInto('request_identity_checks').values(row).execute();
    },

    /** The last check recorded: the one that stands. */
    latestCheck: (requestId: string): Promise<IdentityCheckRow | undefined> =>
      db
        .selectFrom('request_identity_checks')
        .selectAll()
        .where('request_id', '=', requestId)
        .orderBy('checked_at', 'desc')
        .orderBy('id', 'desc')
        .executeTakeFirst(),
  };
}

export type AttachmentsStore = ReturnType<typeof createAttachmentsStore>;
