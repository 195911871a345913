import type { Kysely, Selectable } from 'kysely';
import type { Database, RequestVerificationsTable, RightsRequestsTable } from '../../db/schema.js';
import type { AttachmentRow } from './attachment-record.js';

export type RequestRow = Selectable<RightsRequestsTable>;
type VerificationRow = Selectable<RequestVerificationsTable>;

/** What listing filters on in the store; the due status is computed from the clock afterwards. */
export interface RequestFilter {
  readonly state?: string;
  readonly kind?: string;
  /** A staff member's id, or null for requests nobody is assigned to. */
  readonly assignee?: string | null;
}

/**
 * Rights requests and their pending identity checks, as rows: encryption and the lifecycle are the callers'.
 * State changes are compare-and-swap on the state read, so two staff members moving one request at once cannot
 * both succeed.
 */
export function createRequestsStore(db: Kysely<Database>) {
  return {
    /** The request with the files it came with, in one transaction: both or neither. */
    async insert(row: RequestRow, attachments: readonly AttachmentRow[] = []): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('rights_requests').values(row).execute();
        if (attachments.length > 0)
          await trx
            .insertInto('request_attachments')
            .values([...attachments])
            .execute();
      });
    },

    /** Only for a request that never reached its requester (its code could not be sent). */
    async remove(id: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('request_verifications').where('request_id', '=', id).execute();
        await trx.deleteFrom('request_attachments').where('request_id', '=', id).execute();
        await trx.deleteFrom('rights_requests').where('id', '=', id).execute();
      });
    },

    byId: (id: string) => db.selectFrom('rights_requests').selectAll().where('id', '=', id).executeTakeFirst(),

    byReference: (reference: string) =>
      db.selectFrom('rights_requests').selectAll().where('reference', '=', reference).executeTakeFirst(),

    /** Newest first. */
    list(filter: RequestFilter): Promise<RequestRow[]> {
      let query = db.selectFrom('rights_requests').selectAll();
      if (filter.state !== undefined) query = query.where('state', '=', filter.state);
      if (filter.kind !== undefined) query = query.where('kind', '=', filter.kind);
      if (filter.assignee === null) query = query.where('assignee_id', 'is', null);
      else if (filter.assignee !== undefined) query = query.where('assignee_id', '=', filter.assignee);
      return query.orderBy('received_at', 'desc').orderBy('id').execute();
    },

    /** Writes a new state and history if the state is still `from`; false when someone else moved it first. */
    async move(
      id: string,
      from: string,
      change: Pick<RequestRow, 'state' | 'history' | 'refusal_reason' | 'updated_at'>,
    ): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const result = await trx
          .updateTable('rights_requests')
          .set(change)
          .where('id', '=', id)
          .where('state', '=', from)
          .executeTakeFirst();
        if (result.numUpdatedRows === 0n) return false;
        // Whatever the new state, a pending code no longer applies: a new wait for identity sends a new one.
        await trx.deleteFrom('request_verifications').where('request_id', '=', id).execute();
        return true;
      });
    },

    /** Replaces the pending check of a request (a new code makes the old one useless). */
    async replaceVerification(row: VerificationRow): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('request_verifications').where('request_id', '=', row.request_id).execute();
        await trx.insertInto('request_verifications').values(row).execute();
      });
    },

    /**
     * Counts one try against the pending check of the request with this reference, and returns the check as it
     * now is. One statement whether the reference exists or not, so that both take the same time; counting
     * before comparing means concurrent guesses cannot exceed the limit.
     */
    countAttempt: (reference: string) =>
      db
        .updateTable('request_verifications')
        .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
        .where('request_id', '=', (eb) =>
          eb.selectFrom('rights_requests').select('id').where('reference', '=', reference),
        )
        .returningAll()
        .executeTakeFirst(),

    /** Consumes the check (single use) and moves the request, in one transaction; false if already consumed. */
    async completeVerification(
      check: VerificationRow,
      change: Pick<RequestRow, 'state' | 'history' | 'updated_at'>,
    ): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const consumed = await trx
          .deleteFrom('request_verifications')
          .where('request_id', '=', check.request_id)
          .where('code_hash', '=', check.code_hash)
          .executeTakeFirst();
        if (consumed.numDeletedRows === 0n) return false;
        const moved = await trx
          .updateTable('rights_requests')
          .set(change)
          .where('id', '=', check.request_id)
          .where('state', '=', 'awaiting-identity')
          .executeTakeFirst();
        if (moved.numUpdatedRows === 0n) throw new Error('request left awaiting-identity during its verification');
        return true;
      });
    },
  };
}

export type RequestsStore = ReturnType<typeof createRequestsStore>;
