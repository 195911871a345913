import type { CellValue, ColumnStrategy, KeepReason, Plan, PlannedRow, RowKey, TableErasure } from '../connector.js';
import { childrenFirst, type DatasetIndex, tupleId } from './annotations.js';
import { type Dialect, quoteTable, type SqlExecutor } from './driver.js';
import { ConnectorError } from './failures.js';
import type { LiveSchema } from './live-schema.js';
import { type MaskingSettings, maskedValue, sameValue } from './masking.js';
import { batches, Statement } from './statement.js';

type Masked = Extract<PlannedRow, { action: 'mask' }>;

/**
 * Carries out an erasure plan inside the caller's transaction, tables children-first so that no
 * deletion breaks a foreign key. Values are compared before writing: a second run finds every row
 * deleted or already masked and changes nothing.
 */
export async function erasePlan(
  tx: SqlExecutor,
  dialect: Dialect,
  index: DatasetIndex,
  live: LiveSchema,
  plan: Plan,
  settings: MaskingSettings & { readonly batchSize: number },
  onTable: (table: string) => void,
): Promise<TableErasure[]> {
  const byTable = new Map(plan.tables.map((t) => [t.table, t.rows]));
  const results: TableErasure[] = [];
  for (const table of childrenFirst(index)) {
    const rows = byTable.get(table);
    const indexed = index.get(table);
    const columns = live.get(table);
    if (rows === undefined || indexed === undefined || columns === undefined) continue;
    onTable(table);
    const keyColumns = indexed.table.key;
    let deleted = 0;
    for (const batch of batches(
      rows.filter((r) => r.action === 'delete').map((r) => r.key as CellValue[]),
      settings.batchSize,
    )) {
      const st = new Statement(dialect);
      const where = st.tupleIn(keyColumns, batch);
      deleted += await tx.run(`delete from ${quoteTable(dialect, table)} where ${where}`, st.values);
    }
    const masked = await maskRows(
      tx,
      dialect,
      table,
      keyColumns,
      rows.filter((r): r is Masked => r.action === 'mask'),
      settings.batchSize,
      (name, strategy, current) => {
        const column = columns.get(name);
        if (column === undefined) throw new ConnectorError('connector.schema-mismatch', table);
        return maskedValue(strategy, current, column, table, settings);
      },
    );
    const kept: { key: RowKey; because: KeepReason }[] = [];
    for (const row of rows) {
      if (row.action === 'keep') kept.push({ key: row.key, because: row.because });
      else if (row.action === 'mask' && row.because !== undefined) kept.push({ key: row.key, because: row.because });
    }
    results.push({ table, deleted, masked, kept });
  }
  return results;
}

/**
 * Masks rows of one table; resolves to how many changed. The rows are read in batches, and rows that get
 * the same new values (a redaction text, a null) are written by one statement: a person's payments lose
 * their bank account in one update, not one per payment. Pseudonyms differ per value, so those rows are
 * written one by one.
 */
async function maskRows(
  tx: SqlExecutor,
  dialect: Dialect,
  table: string,
  keyColumns: readonly string[],
  rows: readonly Masked[],
  batchSize: number,
  target: (column: string, strategy: ColumnStrategy, current: CellValue) => CellValue,
): Promise<number> {
  const writes = new Map<string, { sets: [string, CellValue][]; keys: CellValue[][] }>();
  for (const batch of batches(rows, batchSize)) {
    const names = [...new Set([...keyColumns, ...batch.flatMap((r) => r.columns.map((c) => c.name))])];
    const read = new Statement(dialect);
    const where = read.tupleIn(
      keyColumns,
      batch.map((r) => r.key as CellValue[]),
    );
    const current = new Map(
      (
        await tx.query(
          `select ${names.map((n) => dialect.quote(n)).join(', ')} from ${quoteTable(dialect, table)} where ${where}`,
          read.values,
        )
      ).map((row) => [tupleId(keyColumns.map((c) => row[c] ?? null)), row]),
    );
    for (const row of batch) {
      const now = current.get(tupleId(row.key));
      if (now === undefined) continue; // already gone: nothing left to mask
      const sets: [string, CellValue][] = [];
      for (const { name, strategy } of row.columns) {
        const before = now[name] ?? null;
        const next = target(name, strategy, before);
        if (!sameValue(before, next)) sets.push([name, next]);
      }
      if (sets.length === 0) continue;
      const id = JSON.stringify(sets);
      const write = writes.get(id) ?? { sets, keys: [] };
      write.keys.push(row.key as CellValue[]);
      writes.set(id, write);
    }
  }
  let masked = 0;
  for (const { sets, keys } of writes.values()) {
    for (const batch of batches(keys, batchSize)) {
      const st = new Statement(dialect);
      const assignments = sets.map(([name, value]) => `${dialect.quote(name)} = ${st.bind(value)}`).join(', ');
      const where = st.tupleIn(keyColumns, batch);
      await tx.run(`update ${quoteTable(dialect, table)} set ${assignments} where ${where}`, st.values);
      masked += batch.length;
    }
  }
  return masked;
}
