import type { Kysely, Selectable } from 'kysely';
import { PERMISSIONS } from '../../app/permissions.js';
import type { Database, RequestLettersTable } from '../../db/schema.js';
import type { RequestRow } from './requests.store.js';

type LetterRow = Selectable<RequestLettersTable>;

/** The roles that hold requests.read: only they can be given a request to answer. */
const READER_ROLES = PERMISSIONS['requests.read'].roles;

/** The desk's own rows: assignment, extensions, letters sent. Encryption and the lifecycle are the callers'. */
export function createDeskStore(db: Kysely<Database>) {
  return {
    /** Active staff who may read requests, for the assignee list and to check an assignment. */
    assignableStaff: () =>
      db
        .selectFrom('users')
        .select(['id', 'display_name_encrypted', 'email_encrypted', 'role'])
        .where('disabled_at', 'is', null)
        .where('role', 'in', [...READER_ROLES])
        .orderBy('created_at')
        .execute(),

    async assign(id: string, assigneeId: string | null, at: string): Promise<boolean> {
      const result = await db
        .updateTable('rights_requests')
        .set({ assignee_id: assigneeId, updated_at: at })
        .where('id', '=', id)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    /** Records the extension if the request is still in the state read and not yet extended (once, by one person). */
    async extend(
      id: string,
      from: string,
      change: Pick<RequestRow, 'extension_notice_at' | 'extension_reason_encrypted' | 'updated_at'>,
    ): Promise<boolean> {
      const result = await db
        .updateTable('rights_requests')
        .set(change)
        .where('id', '=', id)
        .where('state', '=', from)
        .where('extension_notice_at', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    /** Remembers the language a staff member works in; writes only when it changed. */
    async rememberLanguage(userId: string, language: 'fr' | 'en'): Promise<void> {
      await db
        .updateTable('users')
        .set({ language })
        .where('id', '=', userId)
        .where((eb) => eb.or([eb('language', 'is', null), eb('language', '<>', language)]))
        .execute();
    },

    async recordLetter(row: LetterRow): Promise<void> {
      await db.insertInto('request_letters').values(row).execute();
    },

    lettersOf: (requestId: string) =>
      db
        .selectFrom('request_letters')
        .select(['kind', 'language', 'sent_at'])
        .where('request_id', '=', requestId)
        .orderBy('sent_at')
        .orderBy('id')
        .execute(),
  };
}

export type DeskStore = ReturnType<typeof createDeskStore>;
