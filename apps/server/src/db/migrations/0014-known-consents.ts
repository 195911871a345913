import { type Kysely, type Migration, sql } from 'kysely';

/**
 * Consents of known people (issue 5): patients and members whom the organisation knows by its own reference. Each
 * consent or withdrawal is a new row, chained by SHA-256 like the anonymous ledger (its own chain, anchored in the
 * journal the same way); nothing is ever updated. The person's and the guardian's references are kept as a keyed
 * blind index (lookups) and encrypted (read back); the chain hashes the indexes, never the ciphertexts, so a key
 * rotation does not break it. The wording shown is stored once, by its hash. Withdrawals are sent to the
 * organisation's systems: one delivery row per withdrawal and target, its status updated by the delivery job.
 */
export const knownConsents: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('known_consent_wordings')
      .addColumn('hash', 'text', (c) => c.primaryKey())
      .addColumn('text_fr', 'text', (c) => c.notNull())
      .addColumn('text_en', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('known_consent_records')
      .addColumn('seq', 'bigint', (c) => c.primaryKey())
      .addColumn('id', 'text', (c) => c.notNull().unique())
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('given', 'withdrawn')`))
      .addColumn('subject_index', 'text', (c) => c.notNull())
      .addColumn('subject_encrypted', 'text', (c) => c.notNull())
      .addColumn('purpose', 'text', (c) => c.notNull())
      .addColumn('wording_hash', 'text')
      // 1 when the consent was express, 0 when implied; null for a withdrawal.
      .addColumn('express', 'integer')
      .addColumn('given_by', 'text', (c) =>
        c.notNull().check(sql`given_by in ('person', 'guardian', 'person-and-guardian')`),
      )
      .addColumn('guardian_index', 'text')
      .addColumn('guardian_encrypted', 'text')
      // The age under which the regime requires a guardian, when the person was younger (from the deadline pack).
      .addColumn('minor_under', 'integer')
      .addColumn('regime', 'text')
      .addColumn('method', 'text', (c) =>
        c.notNull().check(sql`method in ('staff-paper', 'staff-phone', 'portal', 'api')`),
      )
      .addColumn('recorded_by', 'text', (c) => c.notNull())
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addColumn('prev_hash', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('known_consent_records_subject')
      .on('known_consent_records')
      .columns(['subject_index', 'purpose', 'seq'])
      .execute();
    await db.schema
      .createTable('known_consent_deliveries')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('record_id', 'text', (c) => c.notNull())
      .addColumn('target', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('pending', 'delivered')`))
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('last_status', 'integer')
      .addColumn('delivered_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('known_consent_deliveries_once', ['record_id', 'target'])
      .execute();
  },
};
