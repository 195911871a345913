import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.js';
import { LOCKOUT_THRESHOLD, lockSchedule } from './lockout.js';

type Reservation = { readonly ok: true } | { readonly ok: false; readonly lockedUntil: string };

/**
 * The lock-out counter in `users`. An attempt is counted as a failure *before* its password or code is checked
 * (reserve), then refunded or reset once it turns out right. Counting afterwards would let a burst of parallel
 * requests all pass the "not locked" test and all be checked; reserving first means the 5th concurrent attempt
 * already finds the account locked.
 */
export function createLoginAttempts(db: Kysely<Database>) {
  return {
    /**
     * Counts one more failure and, from the threshold on, locks the account (escalating, lockout.ts), in one
     * UPDATE that only applies to an account not locked at `now`; refused with the lock's end otherwise.
     */
    async reserve(userId: string, now: Date): Promise<Reservation> {
      const at = now.toISOString();
      const { steps, cap } = lockSchedule(now);
      const failures = sql<number>`failed_logins + 1`;
      const escalation = sql.join(
        steps.map((step) => sql`when ${failures} = ${step.failures} then ${step.until}`),
        sql` `,
      );
      const lockedUntil = sql<
        string | null
      >`case when ${failures} < ${LOCKOUT_THRESHOLD} then locked_until ${escalation} else ${cap} end`;
      const reserved = await db
        .updateTable('users')
        .set({ failed_logins: failures, locked_until: lockedUntil })
        .where('id', '=', userId)
        .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', at)]))
        .returning('id')
        .executeTakeFirst();
      if (reserved !== undefined) return { ok: true };
      const row = await db.selectFrom('users').select('locked_until').where('id', '=', userId).executeTakeFirst();
      return { ok: false, lockedUntil: row?.locked_until ?? at };
    },

    /**
     * Takes back the failure counted by reserve() when the password was right but a second factor is still to
     * come: earlier failures stay counted, so re-entering a known password does not buy fresh code guesses. The
     * lock reserve() may just have set is lifted (the right password was given before it applied).
     */
    async refund(userId: string): Promise<void> {
      await db
        .updateTable('users')
        .set({
          failed_logins: sql<number>`case when failed_logins > 0 then failed_logins - 1 else 0 end`,
          locked_until: null,
        })
        .where('id', '=', userId)
        .execute();
    },

    /** A completed sign-in: the count of consecutive failures starts again from zero. */
    async reset(userId: string): Promise<void> {
      await db.updateTable('users').set({ failed_logins: 0, locked_until: null }).where('id', '=', userId).execute();
    },
  };
}
