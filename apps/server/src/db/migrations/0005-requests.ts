import { type Kysely, type Migration, sql } from 'kysely';

/**
 * Rights requests (issue 4) and their identity verification. The requester's identity and the details are
 * encrypted field by field (crypto/field-cipher.ts) and the email is found through its blind index; the states,
 * kinds and dates stay in clear so the console can filter and the clock can run without decrypting anything.
 * Verification codes and link tokens are kept only as keyed hashes.
 */
export const requests: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('rights_requests')
      .addColumn('id', 'text', (c) => c.primaryKey())
      // What the person is given and quotes back: random, so references cannot be enumerated.
      .addColumn('reference', 'text', (c) => c.notNull().unique())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('regime', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) =>
        c.notNull().check(sql`channel in ('web', 'mail', 'email', 'phone', 'in-person')`),
      )
      .addColumn('language', 'text', (c) => c.notNull().check(sql`language in ('fr', 'en')`))
      .addColumn('requester_role', 'text', (c) => c.notNull())
      // Null for a request received on paper or by phone without an email address.
      .addColumn('email_blind_index', 'text')
      .addColumn('email_encrypted', 'text')
      .addColumn('name_encrypted', 'text', (c) => c.notNull())
      .addColumn('phone_encrypted', 'text')
      .addColumn('represented_name_encrypted', 'text')
      .addColumn('details_encrypted', 'text')
      .addColumn('received_at', 'text', (c) => c.notNull())
      // JSON array of { to, at }: the lifecycle's history as packages/core's RightsRequest holds it.
      .addColumn('history', 'text', (c) => c.notNull())
      .addColumn('refusal_reason', 'text')
      .addColumn('entered_by', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('rights_requests_email').on('rights_requests').column('email_blind_index').execute();
    await db.schema
      .createIndex('rights_requests_state_received')
      .on('rights_requests')
      .columns(['state', 'received_at'])
      .execute();

    await db.schema
      .createTable('request_verifications')
      .addColumn('request_id', 'text', (c) => c.primaryKey().references('rights_requests.id').onDelete('cascade'))
      .addColumn('code_hash', 'text', (c) => c.notNull())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
  },
};
