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
 * already found. Each step reads one batch of values per statement, and the statements of one level run
 * side by side; a row reached twice keeps both links.
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

  // Every query of one breadth-first level goes out at once (a pool runs them side by side); their rows are
  // taken in the order a one-by-one walk would take them, so the footprint is the same either way.
  const personQueries: { table: string; query: Promise<Row[]> }[] = [];
  for (const [name, indexed] of index) {
    if (!indexed.table.person) continue;
    for (const column of indexed.table.columns) {
      if (column.identity === undefined) continue;
      const values = identityValues(column.identity, identities, column.normalise);
      for (const batch of batches(values, batchSize)) {
        const st = new Statement(dialect);
        const where =
          column.normalise === undefined
            ? st.tupleIn(
                [column.name],
                batch.map((v) => [v]),
              )
            : `${normalisedColumn(dialect, column.name, column.normalise)} in (${batch.map((v) => st.bind(v)).join(', ')})`;
        const sql = `select ${columnList(dialect, indexed.walkColumns)} from ${quoteTable(dialect, name)} where ${where}`;
        personQueries.push({ table: name, query: db.query(sql, st.values) });
      }
    }
  }
  const personRows = await Promise.all(personQueries.map((q) => q.query));
  let level: { table: string; rows: Found[] }[] = [];
  personQueries.forEach(({ table }, i) => {
    const fresh: Found[] = [];
    for (const row of personRows[i] ?? []) {
      const entry = add(table, row, undefined);
      if (entry) fresh.push(entry);
    }
    const last = level.at(-1);
    if (last?.table === table) last.rows.push(...fresh);
    else level.push({ table, rows: fresh });
  });
  level = level.filter((step) => step.rows.length > 0);

  while (level.length > 0) {
    const walks: {
      parent: string;
      child: string;
      byTuple: Map<string, RowKey[]>;
      columns: readonly string[];
      query: Promise<Row[]>[];
    }[] = [];
    for (const step of level) {
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
        const query = batches(tuples, batchSize).map((batch) => {
          const st = new Statement(dialect);
          const where = st.tupleIn(ref.columns, batch);
          return db.query(
            `select ${columnList(dialect, child.walkColumns)} from ${quoteTable(dialect, childName)} where ${where}`,
            st.values,
          );
        });
        walks.push({ parent: step.table, child: childName, byTuple, columns: ref.columns, query });
      }
    }
    const results = await Promise.all(walks.map((w) => Promise.all(w.query)));
    const next: { table: string; rows: Found[] }[] = [];
    walks.forEach((walk, i) => {
      const fresh: Found[] = [];
      for (const row of (results[i] ?? []).flat()) {
        for (const parentKey of walk.byTuple.get(tupleId(walk.columns.map((c) => row[c] ?? null))) ?? []) {
          const entry = add(walk.child, row, { table: walk.parent, key: parentKey });
          if (entry) fresh.push(entry);
        }
      }
      if (fresh.length > 0) next.push({ table: walk.child, rows: fresh });
    });
    level = next;
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

/**
 * The values an identity column is searched with. Identities are compared as stored, with `column = value`,
 * so that the plain index a real schema has on an email or member number column serves the lookup: wrapping
 * the column (`lower(email) = ?`) made PostgreSQL read the whole table (one second and more at a million
 * people). The choice is store-time normalisation: the annotation's promise is that an `email` column holds
 * emails in lower case, as systems write them; the searched value is normalised here (trimmed, and lower
 * case for emails). The value as typed (trimmed) is searched too, at no cost to the index, so that an email
 * stored in mixed case is still found when the request spells it the same way. A store that keeps mixed-case
 * emails needs a functional index and an annotation saying so: the `normalise` column option compares
 * `lower(column)` and/or the column without separators, and wants `create index … (lower(column))` to match.
 */
function identityValues(kind: string, identities: readonly Identity[], normalise?: Normalise): string[] {
  const values = new Set<string>();
  for (const identity of identities) {
    if (identity.kind !== kind) continue;
    const trimmed = identity.value.trim();
    if (trimmed === '') continue;
    if (normalise !== undefined) {
      const value = normaliseValue(trimmed, normalise);
      if (value !== '') values.add(value);
      continue;
    }
    if (kind === 'email') values.add(trimmed.toLowerCase());
    values.add(trimmed);
  }
  return [...values];
}

type Normalise = readonly ('lower' | 'compact')[];

/** The separators people and systems write inside numbers, which `compact` takes out (replace() exists everywhere). */
const SEPARATORS = [' ', '-', '.', '(', ')', '+', '/'];
const SEPARATOR_PATTERN = /[ \-.()+/]/g;

function normaliseValue(value: string, normalise: Normalise): string {
  let out = value;
  if (normalise.includes('lower')) out = out.toLowerCase();
  if (normalise.includes('compact')) out = out.replace(SEPARATOR_PATTERN, '');
  return out;
}

/**
 * The column as the annotation says to compare it: `lower(col)` and/or the column without separators. The SQL is
 * built only from the quoted column name and constant separators; the searched values are bound.
 */
function normalisedColumn(dialect: Dialect, column: string, normalise: Normalise): string {
  let expr = dialect.quote(column);
  if (normalise.includes('lower')) expr = `lower(${expr})`;
  if (normalise.includes('compact')) for (const sep of SEPARATORS) expr = `replace(${expr}, '${sep}', '')`;
  return expr;
}
