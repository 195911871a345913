import type { Kysely, Migration } from 'kysely';

/**
 * Fulfilment of rights requests (issue 4): the plan staff approve, the result of each system once it has run (so a
 * job resumed after a crash skips what is done), and the export package with its download token. Everything that
 * names or describes the person (identities, located rows, exported values, before/after of a rectification) is
 * encrypted field by field; only ids, states and instants stay in clear. The download token is kept as a hash.
 */
export const fulfilment: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('fulfilment_plans')
      // The request's id: one plan per request, replaced while it awaits approval.
      .addColumn('id', 'text', (c) => c.primaryKey().references('rights_requests.id').onDelete('cascade'))
      .addColumn('identities_encrypted', 'text', (c) => c.notNull())
      .addColumn('plan_encrypted', 'text', (c) => c.notNull())
      .addColumn('planned_by', 'text', (c) => c.notNull())
      .addColumn('approved_by', 'text')
      .addColumn('approved_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('fulfilment_steps')
      // `<request id>:<dataset id>`: a step is written once, when its system has answered.
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('request_id', 'text', (c) => c.notNull().references('rights_requests.id').onDelete('cascade'))
      .addColumn('dataset', 'text', (c) => c.notNull())
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('result_encrypted', 'text', (c) => c.notNull())
      .addColumn('finished_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('fulfilment_steps_request').on('fulfilment_steps').column('request_id').execute();

    await db.schema
      .createTable('export_packages')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('request_id', 'text', (c) => c.notNull().unique().references('rights_requests.id').onDelete('cascade'))
      // The zip, base64, under the field cipher (bound to this row).
      .addColumn('package_encrypted', 'text', (c) => c.notNull())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('downloads', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
  },
};
