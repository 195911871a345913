import type { DatasetEngine } from '@vigie/core';

/** A column as the live database declares it. */
export interface IntrospectedColumn {
  readonly name: string;
  /** The declared type in lower case (varchar(200), integer, timestamp with time zone…). */
  readonly type: string;
  readonly nullable: boolean;
}

/** A foreign key: `columns` of the owning table hold the `to` columns of `table`. */
export interface IntrospectedForeignKey {
  readonly name: string;
  readonly columns: readonly string[];
  readonly table: string;
  readonly to: readonly string[];
}

export interface IntrospectedTable {
  /** As an annotation names it: bare in the connection's default schema, `schema.table` elsewhere. */
  readonly name: string;
  readonly columns: readonly IntrospectedColumn[];
  /** Empty when the table has none. */
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly IntrospectedForeignKey[];
}

/** What `vigie datasets generate` reads of a live database: its tables, columns and keys, nothing of its rows. */
export interface IntrospectedSchema {
  readonly engine: DatasetEngine;
  /** The database's own name (from the URL or the file), a default for the dataset id. */
  readonly database: string;
  readonly tables: readonly IntrospectedTable[];
}

/** Rows of a catalogue query, as the reader functions receive them. */
export type CatalogueQuery = (sql: string, values: readonly unknown[]) => Promise<Record<string, unknown>[]>;

/** A catalogue value that should be a list of names (json_agg in PostgreSQL, or a comma list). */
export function nameList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string') return value.startsWith('[') ? (JSON.parse(value) as unknown[]).map(String) : [value];
  return [];
}
