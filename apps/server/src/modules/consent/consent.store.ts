import { type Kysely, sql, type Transaction } from 'kysely';
import type { StoreDialect } from '../../db/database.js';
import type { Database } from '../../db/schema.js';
import { canonicalChoices } from './consent.canonical.js';
import { type ConsentHead, EMPTY_CONSENT_HEAD } from './consent.chain.js';
import type { ConsentRecord } from './consent.record.js';
import type { ConsentLedgerReader, ConsentLedgerRepository } from './consent.repository.js';
import { consentOf, consentRow } from './consent.store-rows.js';

// The PostgreSQL advisory lock that serialises ledger appends across server processes: "vigi", "cons" in ASCII, a
// key of its own beside the journal's ("vigi", "ejrn").
const APPEND_LOCK = [0x76_69_67_69, 0x63_6f_6e_73] as const;
// Records per query while streaming: memory stays bounded by one page whatever the ledger's size.
const PAGE_SIZE = 5000;

type Writer = Kysely<Database> | Transaction<Database>;

async function head(db: Writer): Promise<ConsentHead> {
  const row = await db
    .selectFrom('consent_records')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ?? EMPTY_CONSENT_HEAD;
}

const COLUMNS = sql.raw(
  'seq, id, recorded_at, visitor_index, choices, notice_version, config_version, method, gpc, ip_truncated, user_agent_family, prev_hash, hash',
);

/**
 * The batch goes to the store as one JSON array of row arrays, bound as a single parameter and unpacked by the
 * database (json_each, json_array_elements), so the statement is short and the same for every batch. A multi-row
 * VALUES list binds 13 values per row: the query builder compiles, and SQLite prepares, a statement of thousands of
 * parameters for every batch; that was most of the raw append's time (bench/consent-ledger.js, SQLite: about 8,000
 * rows/s that way against 12,000 to 20,000 this way, on the same loaded machine). On SQLite the text is turned into
 * JSONB first, so reading thirteen fields of a row does not parse its text thirteen times (a fifth less CPU).
 */
async function insert(db: Writer, dialect: StoreDialect, records: readonly ConsentRecord[]): Promise<void> {
  if (records.length === 0) return;
  const rows = JSON.stringify(
    records.map((r) => {
      const row = consentRow(r, canonicalChoices(r.choices));
      return [
        row.seq,
        row.id,
        row.recorded_at,
        row.visitor_index,
        row.choices,
        row.notice_version,
        row.config_version,
        row.method,
        row.gpc,
        row.ip_truncated,
        row.user_agent_family,
        row.prev_hash,
        row.hash,
      ];
    }),
  );
  if (dialect === 'postgres') {
    await sql`insert into consent_records (${COLUMNS})
      select (r->>0)::bigint, r->>1, r->>2, r->>3, r->>4, r->>5, r->>6, r->>7, (r->>8)::integer, r->>9, r->>10, r->>11, r->>12
      from json_array_elements(${rows}::json) as r`.execute(db);
    return;
  }
  await sql`insert into consent_records (${COLUMNS})
    select value->>0, value->>1, value->>2, value->>3, value->>4, value->>5, value->>6, value->>7, value->>8, value->>9,
      value->>10, value->>11, value->>12
    from json_each(jsonb(${rows})) order by key`.execute(db);
}

/** The ledger in the store, on SQLite or PostgreSQL. */
export function createConsentStore(options: {
  readonly db: Kysely<Database>;
  readonly dialect: StoreDialect;
}): ConsentLedgerRepository & ConsentLedgerReader {
  const { db, dialect } = options;

  /** Runs `work` holding the append lock, in one transaction (see journal.store.ts for why BEGIN IMMEDIATE). */
  function locked<T>(work: (db: Writer) => Promise<T>): Promise<T> {
    if (dialect === 'postgres') {
      return db.transaction().execute(async (trx) => {
        await sql`select pg_advisory_xact_lock(${APPEND_LOCK[0]}, ${APPEND_LOCK[1]})`.execute(trx);
        return work(trx);
      });
    }
    return db.connection().execute(async (connection) => {
      await sql`begin immediate`.execute(connection);
      try {
        const result = await work(connection);
        await sql`commit`.execute(connection);
        return result;
      } catch (error) {
        await sql`rollback`.execute(connection);
        throw error;
      }
    });
  }

  return {
    appendAtHead(build) {
      return locked(async (trx) => {
        const records = build(await head(trx));
        await insert(trx, dialect, records);
        return records;
      });
    },
    head: () => head(db),
    records: () => pages(db),
    async byId(id) {
      const row = await db.selectFrom('consent_records').selectAll().where('id', '=', id).executeTakeFirst();
      return row === undefined ? undefined : consentOf(row);
    },
  };
}

/** Keyset pagination by seq (see journal.store-reader.ts): no transaction held open between pages. */
async function* pages(db: Kysely<Database>): AsyncGenerator<ConsentRecord> {
  let after = Number.MIN_SAFE_INTEGER;
  for (;;) {
    const rows = await db
      .selectFrom('consent_records')
      .selectAll()
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(PAGE_SIZE)
      .execute();
    for (const row of rows) yield consentOf(row);
    const last = rows.at(-1);
    if (last === undefined || rows.length < PAGE_SIZE) return;
    after = last.seq;
  }
}
