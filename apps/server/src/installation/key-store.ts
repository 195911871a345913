import type { Kysely, Selectable } from 'kysely';
import { createInitialKeyRecords, type WrappedKeyRecord } from '../crypto/key-records.js';
import type { MasterKey } from '../crypto/master-key.js';
import type { Database, EncryptionKeysTable } from '../db/schema.js';
import { storeErrorCode } from '../db/store.errors.js';

type KeyReader = Pick<Kysely<Database>, 'selectFrom'>;

function recordOf(row: Selectable<EncryptionKeysTable>): WrappedKeyRecord {
  return {
    id: row.id,
    kind: row.kind,
    masterKeyId: row.master_key_id,
    wrapped: row.wrapped,
    createdAt: row.created_at,
  };
}

export function keyRow(record: WrappedKeyRecord): EncryptionKeysTable {
  return {
    id: record.id,
    kind: record.kind,
    master_key_id: record.masterKeyId,
    wrapped: record.wrapped,
    created_at: record.createdAt,
  };
}

/** Every key record of the installation, in a stable order (oldest first). */
export async function readKeyRecords(db: KeyReader): Promise<WrappedKeyRecord[]> {
  const rows = await db.selectFrom('encryption_keys').selectAll().orderBy('created_at').orderBy('id').execute();
  return rows.map(recordOf);
}

/**
 * The installation's key records, created on first start. Several processes may start at once on a new store:
 * each that finds none tries to insert a data key and the index key in one statement, and the store's unique index
 * on the index key lets only one set in. A process whose insert is refused reads the winner's keys, so every
 * process ends up with the same single set.
 */
export async function ensureKeyRecords(
  db: Kysely<Database>,
  master: MasterKey,
  now: Date,
): Promise<{ records: WrappedKeyRecord[]; created: boolean }> {
  const existing = await readKeyRecords(db);
  if (existing.length > 0) return { records: existing, created: false };
  let created = true;
  try {
    const initial = createInitialKeyRecords({ master, now });
    await db.insertInto('encryption_keys').values(initial.map(keyRow)).execute();
  } catch (error) {
    if (storeErrorCode(error) !== 'store.unique_violation') throw error;
    created = false;
  }
  // Read back rather than returned as built, so every process lists the records in the same order.
  return { records: await readKeyRecords(db), created };
}
