import { reencryptFields } from '../crypto/field-reencryption.js';
import { createKeyRecord } from '../crypto/key-records.js';
import { rewrapKeyRecords } from '../crypto/master-rotation.js';
import type { Installation } from '../installation/installation.js';
import { keyRow, readKeyRecords } from '../installation/key-store.js';
import { encryptedColumnBatches } from './encrypted-column-batches.js';
import { ENCRYPTED_COLUMNS } from './encrypted-columns.js';
import { writeTransaction } from './write-transaction.js';

interface MasterRotationReport {
  /** Records re-wrapped by the current master key in this run. */
  readonly rewrapped: number;
  /** Records that were wrapped by it already (a re-run, or a new installation). */
  readonly unchanged: number;
}

/**
 * Master-key rotation: every key record wrapped by a previous master key (VIGIE_PREVIOUS_MASTER_KEYS) is re-wrapped
 * by the current one (VIGIE_MASTER_KEY), in one transaction. The keys themselves do not change, so no ciphertext
 * is touched and running servers, which hold the keys unwrapped, are not affected. Safe to run again: records
 * already under the current master key are left as they are. Throws crypto.unknown_key when a record is wrapped by
 * a master key that is not configured.
 */
export function rotateMasterKey(
  installation: Pick<Installation, 'database' | 'masterKeys'>,
): Promise<MasterRotationReport> {
  const { current, previous } = installation.masterKeys;
  return writeTransaction(installation.database, async (db) => {
    const records = await readKeyRecords(db);
    const rewrapped = rewrapKeyRecords({ records, from: previous, to: current });
    let count = 0;
    for (const [i, record] of rewrapped.entries()) {
      const before = records[i];
      if (before === undefined || record === before) continue;
      await db
        .updateTable('encryption_keys')
        .set({ master_key_id: record.masterKeyId, wrapped: record.wrapped })
        .where('id', '=', record.id)
        .where('master_key_id', '=', before.masterKeyId)
        .execute();
      count += 1;
    }
    return { rewrapped: count, unchanged: records.length - count };
  });
}

type ReencryptionReport = Awaited<ReturnType<typeof reencryptFields>>;

interface DataKeyRotationReport {
  /** The data key created by this run; undefined when it resumed an earlier run's key. */
  readonly createdKeyId: string | undefined;
  /** The key every field is now written under. */
  readonly activeKeyId: string;
  readonly columns: readonly {
    readonly table: string;
    readonly column: string;
    readonly report: ReencryptionReport;
  }[];
  /** Every column walked to its end (not stopped by the signal). */
  readonly completed: boolean;
}

/** The smaller of the caller's batch size and the column's own, when either is set. */
function smallest(...sizes: (number | undefined)[]): number | undefined {
  const given = sizes.filter((size): size is number => size !== undefined);
  return given.length === 0 ? undefined : Math.min(...given);
}

/**
 * Data-key rotation: adds a new data key (the active one from then on) and re-encrypts every encrypted column
 * under it, batch by batch, each batch a short compare-and-swap transaction, while servers keep serving. Older data
 * keys stay in the store so any ciphertext still under one keeps decrypting; a server learns the new key through
 * installation.refreshKeyring. `resume` re-encrypts under the current active key without adding one: the way to
 * finish a run that was interrupted, or to catch fields that a server not yet refreshed wrote under an older key.
 */
export async function rotateDataKey(
  installation: Pick<Installation, 'database' | 'masterKeys' | 'cipher' | 'refreshKeyring'>,
  options: {
    readonly resume?: boolean;
    readonly now?: Date;
    readonly batchSize?: number;
    readonly signal?: AbortSignal;
    /** After each batch is written: progress for a person watching, or a place to stop. */
    readonly onBatch?: (progress: { table: string; column: string; report: ReencryptionReport }) => void;
  } = {},
): Promise<DataKeyRotationReport> {
  const { database, cipher } = installation;
  let createdKeyId: string | undefined;
  if (options.resume !== true) {
    const records = await readKeyRecords(database.db);
    // The newest data key is the active one: the new key must be newer than any, whatever the clocks said before.
    const newest = Math.max(...records.map((record) => Date.parse(record.createdAt)));
    const now = new Date(Math.max((options.now ?? new Date()).getTime(), newest + 1));
    const record = createKeyRecord({ master: installation.masterKeys.current, kind: 'data', now });
    await database.db.insertInto('encryption_keys').values(keyRow(record)).execute();
    createdKeyId = record.id;
  }
  await installation.refreshKeyring();

  const columns: DataKeyRotationReport['columns'][number][] = [];
  for (const target of ENCRYPTED_COLUMNS) {
    const report = await reencryptFields({
      cipher,
      batches: encryptedColumnBatches(database, target),
      // Columns of whole files say how many fit in memory at once; the smaller of the two limits applies.
      batchSize: smallest(options.batchSize, target.batchSize),
      signal: options.signal,
      onBatch: ({ report }) => options.onBatch?.({ table: target.table, column: target.column, report }),
    });
    columns.push({ table: target.table, column: target.column, report });
    if (!report.completed) break;
  }
  const completed = columns.length === ENCRYPTED_COLUMNS.length && columns.every((column) => column.report.completed);
  return { createdKeyId, activeKeyId: cipher.activeKeyId, columns, completed };
}
