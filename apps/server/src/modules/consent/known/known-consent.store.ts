import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { StoreDialect } from '../../../db/database.js';
import type { Database, KnownConsentDeliveriesTable, KnownConsentRecordsTable } from '../../../db/schema.js';
import type { ConsentHead } from '../consent.chain.js';
import {
  chainKnownConsent,
  KNOWN_CONSENT_GENESIS_HASH,
  type KnownConsentFacts,
  type KnownConsentRecord,
} from './known-consent.chain.js';

// The PostgreSQL advisory lock that serialises appends to this chain across server processes: "vigi", "knwn".
const APPEND_LOCK = [0x76_69_67_69, 0x6b_6e_77_6e] as const;

type Writer = Kysely<Database> | Transaction<Database>;
type RecordRow = Selectable<KnownConsentRecordsTable>;

/** What is stored beside the chained fields: ciphertexts (bound to the record's id), the wording, the deliveries. */
interface KnownConsentExtras {
  readonly subjectEncrypted: string;
  readonly guardianEncrypted: string | null;
  readonly wording?: { readonly hash: string; readonly fr: string; readonly en: string } | undefined;
  /** Delivery ids by target: the systems a withdrawal is sent to. */
  readonly deliveries: readonly { readonly id: string; readonly target: string }[];
}

function knownConsentOf(row: RecordRow): KnownConsentRecord {
  return {
    seq: Number(row.seq),
    id: row.id,
    kind: row.kind,
    subjectIndex: row.subject_index,
    purpose: row.purpose,
    wordingHash: row.wording_hash,
    express: row.express === null ? null : row.express === 1,
    givenBy: row.given_by,
    guardianIndex: row.guardian_index,
    minorUnder: row.minor_under,
    regime: row.regime,
    method: row.method,
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

async function head(db: Writer): Promise<ConsentHead> {
  const row = await db
    .selectFrom('known_consent_records')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row === undefined ? { seq: 0, hash: KNOWN_CONSENT_GENESIS_HASH } : { seq: Number(row.seq), hash: row.hash };
}

/** The known-consent chain in the store, on SQLite or PostgreSQL. */
export function createKnownConsentStore(options: { readonly db: Kysely<Database>; readonly dialect: StoreDialect }) {
  const { db, dialect } = options;

  /** Runs `work` holding the append lock, in one transaction (as consent.store.ts). */
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
    /** Chains the facts at the head and stores them with their extras, in one transaction. */
    append(
      facts: KnownConsentFacts,
      extras: KnownConsentExtras,
      /** Runs in the same transaction after the rows are written (the withdrawal's delivery jobs are queued there). */
      within: (db: Kysely<Database>) => Promise<void>,
    ): Promise<KnownConsentRecord> {
      return locked(async (trx) => {
        if (extras.wording !== undefined)
          await trx
            .insertInto('known_consent_wordings')
            .values({
              hash: extras.wording.hash,
              text_fr: extras.wording.fr,
              text_en: extras.wording.en,
              created_at: facts.recordedAt,
            })
            .onConflict((oc) => oc.column('hash').doNothing())
            .execute();
        const record = chainKnownConsent(await head(trx), facts);
        await trx
          .insertInto('known_consent_records')
          .values({
            seq: record.seq,
            id: record.id,
            kind: record.kind,
            subject_index: record.subjectIndex,
            subject_encrypted: extras.subjectEncrypted,
            purpose: record.purpose,
            wording_hash: record.wordingHash,
            express: record.express === null ? null : record.express ? 1 : 0,
            given_by: record.givenBy,
            guardian_index: record.guardianIndex,
            guardian_encrypted: extras.guardianEncrypted,
            minor_under: record.minorUnder,
            regime: record.regime,
            method: record.method,
            recorded_by: record.recordedBy,
            recorded_at: record.recordedAt,
            prev_hash: record.prevHash,
            hash: record.hash,
          })
          .execute();
        if (extras.deliveries.length > 0)
          await trx
            .insertInto('known_consent_deliveries')
            .values(
              extras.deliveries.map((d) => ({
                id: d.id,
                record_id: record.id,
                target: d.target,
                state: 'pending' as const,
                attempts: 0,
                last_status: null,
                delivered_at: null,
                created_at: facts.recordedAt,
              })),
            )
            .execute();
        await within(trx);
        return record;
      });
    },

    /** Every record of one person, oldest first, with the wording shown and the deliveries of withdrawals. */
    async history(subjectIndex: string) {
      const rows = await db
        .selectFrom('known_consent_records as r')
        .leftJoin('known_consent_wordings as w', 'w.hash', 'r.wording_hash')
        .selectAll('r')
        .select(['w.text_fr', 'w.text_en'])
        .where('r.subject_index', '=', subjectIndex)
        .orderBy('r.seq')
        .execute();
      const ids = rows.map((r) => r.id);
      const deliveries =
        ids.length === 0
          ? []
          : await db
              .selectFrom('known_consent_deliveries')
              .selectAll()
              .where('record_id', 'in', ids)
              .orderBy('target')
              .execute();
      return { rows, deliveries };
    },

    /** The whole chain in seq order (verification; known consents are counted in thousands, not millions). */
    async records(): Promise<KnownConsentRecord[]> {
      const rows = await db.selectFrom('known_consent_records').selectAll().orderBy('seq').execute();
      return rows.map(knownConsentOf);
    },

    async delivery(id: string) {
      return db
        .selectFrom('known_consent_deliveries as d')
        .innerJoin('known_consent_records as r', 'r.id', 'd.record_id')
        .select(['d.id', 'd.target', 'd.state', 'd.attempts', 'r.id as record_id', 'r.purpose', 'r.recorded_at'])
        .select(['r.subject_encrypted', 'r.hash'])
        .where('d.id', '=', id)
        .executeTakeFirst();
    },

    async attempted(id: string, status: number, deliveredAt: string | null): Promise<void> {
      const change: Partial<KnownConsentDeliveriesTable> = { last_status: status };
      if (deliveredAt !== null) Object.assign(change, { state: 'delivered', delivered_at: deliveredAt });
      await db
        .updateTable('known_consent_deliveries')
        .set((eb) => ({ ...change, attempts: eb('attempts', '+', 1) }))
        .where('id', '=', id)
        .execute();
    },
  };
}

export type KnownConsentStore = ReturnType<typeof createKnownConsentStore>;
