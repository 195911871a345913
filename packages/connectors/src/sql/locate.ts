import type { CellValue, Identity, LocatedRow, PersonFootprint, RowKey } from '../connector.js';
import { type DatasetIndex, tupleId } from './annotations.js';
import { type Dialect, quoteTable, type Row, type SqlExecutor } from './driver.js';
import { ConnectorError } from './failures.js';
import { batches, Statement } from './statement.js';

interface Found {
  readonly key: RowKey;
  readonly row: Row;
  readonly parents: { table: string; key: RowKey }[];
}

/**
 * Person tables first, by identity; then, breadth-first, every table whose references point at rows
 * already found. Each step reads one batch of values per statement; a row reached twice keeps both links.
 */
export async function locatePerson(
  db: SqlExecutor,
  dialect: Dialect,
  datasetId: string,
  index: DatasetIndex,
  identities: readonly Identity[],
  batchSize: number,
): Promise<PersonFootprint> {
  const found = new Map<string, Map<string, Found>>();
  const queue: { table: string; rows: Found[] }[] = [];
  const add = (table: string, row: Row, parent: { table: string; key: RowKey } | undefined): Found | undefined => {
    const indexed = index.get(table);
    if (indexed === undefined) return undefined;
    const key = indexed.table.key.map((c) => keyValue(row[c]));
    const rows = found.get(table) ?? new Map<string, Found>();
    found.set(table, rows);
    const id = tupleId(key);
    const existing = rows.get(id);
    if (existing !== undefined) {
      if (parent && !existing.parents.some((p) => p.table === parent.table && tupleId(p.key) === tupleId(parent.key)))
        existing.parents.push(parent);
      return undefined;
    }
    const entry: Found = { key, row, parents: parent ? [parent] : [] };
    rows.set(id, entry);
    return entry;
  };

  for (const [name, indexed] of index) {
    if (!indexed.table.person) continue;
    const fresh: Found[] = [];
    for (const column of indexed.table.columns) {
      if (column.identity === undefined) continue;
      // Emails compare without case; other identities as written, without surrounding spaces.
      const email = column.identity === 'email';
      const values = [
        ...new Set(
          identities
            .filter((i) => i.kind === column.identity)
            .map((i) => (email ? i.value.trim().toLowerCase() : i.value.trim())),
        ),
      ].filter((v) => v !== '');
      for (const batch of batches(values, batchSize)) {
        const st = new Statement(dialect);
        const where = st.tupleIn(
          [column.name],
          batch.map((v) => [v]),
          email ? (c) => `lower(${c})` : undefined,
        );
        const rows = await db.query(
          `select ${columnList(dialect, indexed.walkColumns)} from ${quoteTable(dialect, name)} where ${where}`,
          st.values,
        );
        for (const row of rows) {
          const entry = add(name, row, undefined);
          if (entry) fresh.push(entry);
        }
      }
    }
    if (fresh.length > 0) queue.push({ table: name, rows: fresh });
  }

  for (let step = queue.shift(); step !== undefined; step = queue.shift()) {
    const parent = index.get(step.table);
    if (parent === undefined) continue;
    for (const { table: childName, ref } of parent.children) {
      const child = index.get(childName);
      if (child === undefined) continue;
      // The referenced values of the new parent rows, and which parent row each one names.
      const byTuple = new Map<string, RowKey[]>();
      const tuples: CellValue[][] = [];
      for (const row of step.rows) {
        const tuple = ref.to.map((c) => row.row[c] ?? null);
        if (tuple.some((v) => v === null)) continue;
        const id = tupleId(tuple);
        const keys = byTuple.get(id);
        if (keys) keys.push(row.key);
        else {
          byTuple.set(id, [row.key]);
          tuples.push(tuple);
        }
      }
      const fresh: Found[] = [];
      for (const batch of batches(tuples, batchSize)) {
        const st = new Statement(dialect);
        const where = st.tupleIn(ref.columns, batch);
        const rows = await db.query(
          `select ${columnList(dialect, child.walkColumns)} from ${quoteTable(dialect, childName)} where ${where}`,
          st.values,
        );
        for (const row of rows) {
          for (const parentKey of byTuple.get(tupleId(ref.columns.map((c) => row[c] ?? null))) ?? []) {
            const entry = add(childName, row, { table: step.table, key: parentKey });
            if (entry) fresh.push(entry);
          }
        }
      }
      if (fresh.length > 0) queue.push({ table: childName, rows: fresh });
    }
  }

  return {
    dataset: datasetId,
    tables: [...found].map(([table, rows]) => ({
      table,
      rows: [...rows.values()].map((r): LocatedRow => ({ key: r.key, parents: r.parents })),
    })),
  };
}

export function columnList(dialect: Dialect, columns: readonly string[]): string {
  return columns.map((c) => dialect.quote(c)).join(', ');
}

function keyValue(value: CellValue | undefined): string | number {
  if (typeof value === 'number' || typeof value === 'string') return value;
  // A key is never null or boolean in a sound schema; a key that is would make the row unnameable.
  throw new ConnectorError('connector.schema-mismatch', undefined);
}
