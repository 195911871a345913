import { type Kysely, type Migration, sql } from 'kysely';

/**
 * The consent ledger (issue 5): one row per choice a visitor made, chained by SHA-256 like the journal. seq is the
 * primary key, so two server processes can never fork the chain; id is what the receipt names. The visitor id is
 * kept only as a keyed blind index (nothing needs it back, and a lookup by visitor works with the index); choices,
 * versions, the truncated network and the browser family stay in clear so statistics need no decryption (none of
 * them identifies anyone). No foreign keys and no cascade: verification must see a deleted row as a gap.
 */
export const consents: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('consent_records')
      .addColumn('seq', 'bigint', (c) => c.primaryKey())
      .addColumn('id', 'text', (c) => c.notNull().unique())
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addColumn('visitor_index', 'text', (c) => c.notNull())
      // Canonical JSON (keys sorted) of { category or purpose id: granted }.
      .addColumn('choices', 'text', (c) => c.notNull())
      .addColumn('notice_version', 'text', (c) => c.notNull())
      .addColumn('config_version', 'text', (c) => c.notNull())
      .addColumn('method', 'text', (c) =>
        c.notNull().check(sql`method in ('banner', 'preference-center', 'gpc', 'api', 'staff-paper')`),
      )
      // 1 or 0 when the browser said whether Global Privacy Control was on; null when it did not say.
      .addColumn('gpc', 'integer')
      .addColumn('ip_truncated', 'text')
      .addColumn('user_agent_family', 'text')
      .addColumn('prev_hash', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('consent_records_visitor').on('consent_records').column('visitor_index').execute();
    await db.schema.createIndex('consent_records_recorded_at').on('consent_records').column('recorded_at').execute();
  },
};
