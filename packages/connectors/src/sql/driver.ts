import type { CellValue } from '../connector.js';

export type Row = Readonly<Record<string, CellValue>>;

/** Runs SQL with bound values: the only way values ever reach a statement. */
export interface SqlExecutor {
  query(sql: string, values: readonly CellValue[]): Promise<Row[]>;
  /** Runs a statement that changes rows; resolves to the number of rows it changed. */
  run(sql: string, values: readonly CellValue[]): Promise<number>;
}

/** A column as the live database describes it. */
export interface LiveColumn {
  readonly name: string;
  /** The declared type in lower case (varchar, integer, date…). */
  readonly type: string;
  /** For character columns, the longest text it takes, when the database says. */
  readonly maxLength: number | undefined;
}

/** What each engine provides; the dialect-neutral connector does the rest. */
export interface SqlDriver extends SqlExecutor {
  readonly dialect: Dialect;
  /** One transaction: committed when `work` resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** The table's columns, or an empty list when it does not exist. */
  describe(table: string): Promise<LiveColumn[]>;
  close(): Promise<void>;
}

export interface Dialect {
  readonly name: 'postgres' | 'mysql' | 'sqlite';
  /** The placeholder of the n-th bound value (1-based). */
  placeholder(n: number): string;
  /** An identifier quoted for this engine; names come from validated annotations only. */
  quote(identifier: string): string;
}

/** "public.members" → `"public"."members"`: each part quoted on its own. */
export function quoteTable(dialect: Dialect, table: string): string {
  return table
    .split('.')
    .map((part) => dialect.quote(part))
    .join('.');
}

/** Splits "schema.table" into its schema (undefined when not given) and table name. */
export function splitTableName(table: string): { schema: string | undefined; name: string } {
  const dot = table.indexOf('.');
  return dot === -1 ? { schema: undefined, name: table } : { schema: table.slice(0, dot), name: table.slice(dot + 1) };
}

// Annotations are validated to plain names, but the quoting must be right on its own: a quote
// character inside a name is doubled, as every engine reads it.
export const doubleQuoted: Dialect['quote'] = (identifier) => `"${identifier.replaceAll('"', '""')}"`;
export const backQuoted: Dialect['quote'] = (identifier) => `\`${identifier.replaceAll('`', '``')}\``;

/** Normalises a driver's value: dates as ISO text, big integers as text, bytes as base64. */
function normaliseCell(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  return JSON.stringify(value);
}

export function normaliseRow(row: Record<string, unknown>): Row {
  const out: Record<string, CellValue> = {};
  for (const [name, value] of Object.entries(row)) out[name] = normaliseCell(value);
  return out;
}

/** A row of an information_schema query (name, type, max_length) as a live column. */
export function liveColumn(row: Row): LiveColumn {
  const max = row.max_length;
  return {
    name: String(row.name),
    type: String(row.type).toLowerCase(),
    maxLength: max === null || max === undefined ? undefined : Number(max),
  };
}
