import type { CellValue, ColumnChange, ExportedTable, PersonFootprint, Rectification, RowKey } from '../connector.js';
import type { DatasetIndex } from './annotations.js';
import { type Dialect, quoteTable, type Row, type SqlExecutor } from './driver.js';
import { ConnectorError } from './failures.js';
import { columnList } from './locate.js';
import { batches, Statement } from './statement.js';

/** The located rows with their key and annotated columns; each column carries its data category. */
export async function exportFootprint(
  db: SqlExecutor,
  dialect: Dialect,
  index: DatasetIndex,
  footprint: PersonFootprint,
  batchSize: number,
): Promise<ExportedTable[]> {
  // The tables are read side by side (a pool runs the statements at once); the result keeps the footprint's order.
  return Promise.all(
    footprint.tables.map(async ({ table, rows: located }): Promise<ExportedTable> => {
      const indexed = index.get(table);
      if (indexed === undefined) throw new ConnectorError('connector.not-annotated', table);
      const names = [...new Set([...indexed.table.key, ...indexed.columns.keys()])];
      const reads = batches(
        located.map((r) => r.key as CellValue[]),
        batchSize,
      ).map((batch) => {
        const st = new Statement(dialect);
        const where = st.tupleIn(indexed.table.key, batch);
        return db.query(
          `select ${columnList(dialect, names)} from ${quoteTable(dialect, table)} where ${where}`,
          st.values,
        );
      });
      const rows: Row[] = (await Promise.all(reads)).flat();
      return {
        table,
        columns: names.map((name) => ({ name, category: indexed.columns.get(name)?.category })),
        rows,
      };
    }),
  );
}

/** One row's annotated columns changed with bound values, read before and after in the same transaction. */
export async function rectifyRow(
  tx: SqlExecutor,
  dialect: Dialect,
  index: DatasetIndex,
  target: { readonly table: string; readonly key: RowKey },
  changes: Readonly<Record<string, CellValue>>,
): Promise<Rectification> {
  const indexed = index.get(target.table);
  const names = Object.keys(changes);
  if (
    indexed === undefined ||
    names.length === 0 ||
    names.some((n) => !indexed.columns.has(n) || indexed.table.key.includes(n))
  )
    throw new ConnectorError('connector.not-annotated', target.table);
  const table = quoteTable(dialect, target.table);
  const read = async () => {
    const st = new Statement(dialect);
    const [row] = await tx.query(
      `select ${columnList(dialect, names)} from ${table} where ${st.keyEquals(indexed.table.key, target.key)}`,
      st.values,
    );
    if (row === undefined) throw new ConnectorError('connector.row-not-found', target.table);
    return row;
  };
  const before = await read();
  const st = new Statement(dialect);
  const sets = names.map((n) => `${dialect.quote(n)} = ${st.bind(changes[n] ?? null)}`).join(', ');
  await tx.run(`update ${table} set ${sets} where ${st.keyEquals(indexed.table.key, target.key)}`, st.values);
  const after = await read();
  const list: ColumnChange[] = names.map((column) => ({
    column,
    before: before[column] ?? null,
    after: after[column] ?? null,
  }));
  return { table: target.table, key: target.key, changes: list };
}
