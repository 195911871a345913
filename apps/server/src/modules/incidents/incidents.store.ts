import type { Kysely, Selectable } from 'kysely';
import type { Database, IncidentNotificationsTable, IncidentsTable } from '../../db/schema.js';

export type IncidentRow = Selectable<IncidentsTable>;
export type NotificationRow = Selectable<IncidentNotificationsTable>;

/**
 * The incident register as rows: encryption and the law are the callers'. An update is compare-and-swap on the
 * version read, so two privacy officers editing one incident cannot overwrite each other.
 */
export function createIncidentsStore(db: Kysely<Database>) {
  return {
    insert: (row: IncidentRow) => db.insertInto('incidents').values(row).execute(),

    byId: (id: string) => db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst(),

    /** Most recent awareness first. */
    list: () => db.selectFrom('incidents').selectAll().orderBy('aware_start', 'desc').orderBy('id').execute(),

    /** Writes the change if the row is still at `version`; false when someone else changed it first. */
    async update(id: string, version: number, change: Partial<IncidentRow>): Promise<boolean> {
      const result = await db
        .updateTable('incidents')
        .set({ ...change, version: version + 1 })
        .where('id', '=', id)
        .where('version', '=', version)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    addNotification: (row: NotificationRow) => db.insertInto('incident_notifications').values(row).execute(),

    /** The notifications of some incidents (all of them when no ids are given), oldest first. */
    notifications(ids?: readonly string[]): Promise<NotificationRow[]> {
      let query = db.selectFrom('incident_notifications').selectAll();
      if (ids !== undefined) {
        if (ids.length === 0) return Promise.resolve([]);
        query = query.where('incident_id', 'in', ids);
      }
      return query.orderBy('sent_at').orderBy('id').execute();
    },

    /** Claims the warning of one clock; false when it was already sent (by this server or another). */
    async claimWarning(incidentId: string, clock: string, status: string, sentAt: string): Promise<boolean> {
      const result = await db
        .insertInto('incident_clock_warnings')
        .values({ incident_id: incidentId, clock, status, sent_at: sentAt })
        .onConflict((oc) => oc.columns(['incident_id', 'clock']).doNothing())
        .executeTakeFirst();
      return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
    },

    /** Gives a claim back when its mail could not be sent, so the next run tries again. */
    releaseWarning: (incidentId: string, clock: string) =>
      db
        .deleteFrom('incident_clock_warnings')
        .where('incident_id', '=', incidentId)
        .where('clock', '=', clock)
        .execute(),
  };
}

export type IncidentsStore = ReturnType<typeof createIncidentsStore>;
