import { FINAL_STATES } from '@vigie/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

/** One reminder: a request, the due day it is about, and the threshold reached ('7', '2', 'overdue'). */
export interface ReminderKey {
  readonly requestId: string;
  readonly due: string;
  readonly threshold: string;
}

/** What the reminder job reads and records. A reminder is claimed before it is sent, so it is sent once. */
export function createRemindersStore(db: Kysely<Database>) {
  return {
    openRequests: () =>
      db
        .selectFrom('rights_requests')
        .selectAll()
        .where('state', 'not in', [...FINAL_STATES])
        .orderBy('received_at')
        .execute(),

    /** Records the reminder; false when it was already recorded (sent before, or by another server just now). */
    async claim(key: ReminderKey, at: string): Promise<boolean> {
      const result = await db
        .insertInto('request_reminders')
        .values({ request_id: key.requestId, due: key.due, threshold: key.threshold, sent_at: at })
        .onConflict((oc) => oc.columns(['request_id', 'due', 'threshold']).doNothing())
        .returning('request_id')
        .executeTakeFirst();
      return result !== undefined;
    },

    /** Gives a claim back when the mail could not be sent, so the next run tries again. */
    async release(key: ReminderKey): Promise<void> {
      await db
        .deleteFrom('request_reminders')
        .where('request_id', '=', key.requestId)
        .where('due', '=', key.due)
        .where('threshold', '=', key.threshold)
        .execute();
    },

    /** Active staff with one of these roles, or this one person: ids, encrypted addresses and known languages. */
    activeStaff: (filter: { readonly id: string } | { readonly roles: readonly ('privacy_officer' | 'owner')[] }) => {
      let query = db.selectFrom('users').select(['id', 'email_encrypted', 'language']).where('disabled_at', 'is', null);
      query = 'id' in filter ? query.where('id', '=', filter.id) : query.where('role', 'in', [...filter.roles]);
      return query.orderBy('created_at').execute();
    },
  };
}
