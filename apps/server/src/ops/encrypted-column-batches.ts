import { sql } from 'kysely';
import type { FieldBatches, StoredField } from '../crypto/field-reencryption.js';
import type { VigieDatabase } from '../db/database.js';
import type { EncryptedColumn } from './encrypted-columns.js';
import { writeTransaction } from './write-transaction.js';

/**
 * One encrypted column as a data-key rotation walks it: a keyset cursor over row ids (each batch one index seek,
 * however far in), and compare-and-swap writes, one short transaction per batch, so that a value a user changed
 * meanwhile is never overwritten with the older one.
 */
export function encryptedColumnBatches(
  database: Pick<VigieDatabase, 'db' | 'dialect'>,
  target: EncryptedColumn,
): FieldBatches<string> {
  const table = sql.table(target.table);
  const rowId = sql.ref(target.rowId);
  const column = sql.ref(target.column);
  return {
    async read(after, limit) {
      const from = after === undefined ? sql`` : sql`and ${rowId} > ${after}`;
      const { rows } = await sql<{ row_id: string; ciphertext: string }>`
        select ${rowId} as row_id, ${column} as ciphertext from ${table}
        where ${column} is not null ${from} order by ${rowId} limit ${limit}`.execute(database.db);
      const fields: StoredField[] = rows.map((row) => ({
        location: { table: target.table, column: target.column, rowId: row.row_id },
        ciphertext: row.ciphertext,
      }));
      return { fields, next: rows.at(-1)?.row_id ?? after ?? '' };
    },
    write(fields) {
      return writeTransaction(database, async (trx) => {
        let written = 0;
        for (const field of fields) {
          const result = await sql`update ${table} set ${column} = ${field.ciphertext}
            where ${rowId} = ${field.location.rowId} and ${column} = ${field.previous}`.execute(trx);
          written += Number(result.numAffectedRows ?? 0n);
        }
        return written;
      });
    },
  };
}
