import type { Kysely, Selectable } from 'kysely';
import type { Database, ExportPackagesTable, FulfilmentPlansTable, FulfilmentStepsTable } from '../../db/schema.js';

type PlanRow = Selectable<FulfilmentPlansTable>;
export type StepRow = Selectable<FulfilmentStepsTable>;
type PackageRow = Selectable<ExportPackagesTable>;

/** Plans, per-system steps and export packages as rows: encryption and the lifecycle are the callers'. */
export function createFulfilmentStore(db: Kysely<Database>) {
  return {
    /** One plan per request: a new plan (more identities, a system back up) replaces the one not yet approved. */
    async savePlan(row: PlanRow): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('fulfilment_plans').where('id', '=', row.id).execute();
        await trx.insertInto('fulfilment_plans').values(row).execute();
      });
    },

    planOf: (requestId: string) =>
      db.selectFrom('fulfilment_plans').selectAll().where('id', '=', requestId).executeTakeFirst(),

    async approve(requestId: string, by: string, at: string): Promise<void> {
      await db
        .updateTable('fulfilment_plans')
        .set({ approved_by: by, approved_at: at })
        .where('id', '=', requestId)
        .execute();
    },

    stepsOf: (requestId: string) =>
      db.selectFrom('fulfilment_steps').selectAll().where('request_id', '=', requestId).orderBy('id').execute(),

    /** Written once per system: a resumed job that redid a step keeps the first record. */
    async recordStep(row: StepRow): Promise<void> {
      await db
        .insertInto('fulfilment_steps')
        .values(row)
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    },

    packageOf: (requestId: string) =>
      db.selectFrom('export_packages').selectAll().where('request_id', '=', requestId).executeTakeFirst(),

    async insertPackage(row: PackageRow): Promise<void> {
      await db
        .insertInto('export_packages')
        .values(row)
        .onConflict((oc) => oc.column('request_id').doNothing())
        .execute();
    },

    /** A new link for the package (the one before may never have reached the person): the old token stops working. */
    async renewToken(id: string, tokenHash: string, expiresAt: string): Promise<void> {
      await db
        .updateTable('export_packages')
        .set({ token_hash: tokenHash, expires_at: expiresAt })
        .where('id', '=', id)
        .execute();
    },

    /** The package a token opens, counting the download in the same statement; undefined when none or expired. */
    countDownload: (tokenHash: string, now: string) =>
      db
        .updateTable('export_packages')
        .set((eb) => ({ downloads: eb('downloads', '+', 1) }))
        .where('token_hash', '=', tokenHash)
        .where('expires_at', '>', now)
        .returningAll()
        .executeTakeFirst(),
  };
}
