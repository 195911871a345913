import type { CellValue, ColumnStrategy, KeepReason, Plan, PlannedRow, RowKey, TableErasure } from '../connector.js';
import { childrenFirst, type DatasetIndex } from './annotations.js';
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
    let masked = 0;
    for (const row of rows) {
      if (row.action !== 'mask') continue;
      if (
        await maskRow(tx, dialect, table, keyColumns, row, (name, strategy, current) => {
          const column = columns.get(name);
          if (column === undefined) throw new ConnectorError('connector.schema-mismatch', table);
          return maskedValue(strategy, current, column, table, settings);
        })
      )
        masked++;
    }
    const kept: { key: RowKey; because: KeepReason }[] = [];
    for (const row of rows) {
      if (row.action === 'keep') kept.push({ key: row.key, because: row.because });
      else if (row.action === 'mask' && row.because !== undefined) kept.push({ key: row.key, because: row.because });
    }
    results.push({ table, deleted, masked, kept });
  }
  return results;
}

/** Masks one row; true when it changed something. */
async function maskRow(
  tx: SqlExecutor,
  dialect: Dialect,
  table: string,
  keyColumns: readonly string[],
  row: Masked,
  target: (column: string, strategy: ColumnStrategy, current: CellValue) => CellValue,
): Promise<boolean> {
  const read = new Statement(dialect);
  const names = row.columns.map((c) => c.name);
  const [current] = await tx.query(
    `select ${names.map((n) => dialect.quote(n)).join(', ')} from ${quoteTable(dialect, table)} where ${read.keyEquals(keyColumns, row.key)}`,
    read.values,
  );
  if (current === undefined) return false; // already gone: nothing left to mask
  const write = new Statement(dialect);
  const sets: string[] = [];
  for (const { name, strategy } of row.columns) {
    const now = current[name] ?? null;
    const next = target(name, strategy, now);
    if (!sameValue(now, next)) sets.push(`${dialect.quote(name)} = ${write.bind(next)}`);
  }
  if (sets.length === 0) return false;
  const where = write.keyEquals(keyColumns, row.key);
  await tx.run(`update ${quoteTable(dialect, table)} set ${sets.join(', ')} where ${where}`, write.values);
  return true;
}
