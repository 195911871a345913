import type { Localized } from '@vigie/core';

/** A value read from or written to a column, normalised across drivers (dates as ISO text, bytes as base64). */
export type CellValue = string | number | boolean | null;

/** The primary key values of one row, in the order of the table's `key` columns. */
export type RowKey = readonly (string | number)[];

/** Something a person can be found by: an identity kind of the annotations and its value. */
export interface Identity {
  readonly kind: string;
  readonly value: string;
}

/** One located row, with the rows it was reached from (the links that made it the person's). */
export interface LocatedRow {
  readonly key: RowKey;
  readonly parents: readonly { readonly table: string; readonly key: RowKey }[];
}

/** Where one person's rows are in one store, table by table, in the order they were reached. */
export interface PersonFootprint {
  readonly dataset: string;
  readonly tables: readonly { readonly table: string; readonly rows: readonly LocatedRow[] }[];
}

export interface ExportedTable {
  readonly table: string;
  readonly columns: readonly { readonly name: string; readonly category: string | undefined }[];
  readonly rows: readonly Readonly<Record<string, CellValue>>[];
}

export type RequestKind = 'access' | 'portability' | 'rectification' | 'erasure';

/** A legal hold keeps rows out of an erasure: all located rows of a table, or some of them, or everything. */
export interface LegalHold {
  readonly id: string;
  readonly table?: string;
  readonly keys?: readonly RowKey[];
}

/** Why a row stays; a retention rule id lets the caller cite the rule's law. */
export type KeepReason =
  | { readonly kind: 'retention'; readonly rule: string }
  | { readonly kind: 'legal-hold'; readonly hold: string }
  | { readonly kind: 'referenced'; readonly by: string }
  | { readonly kind: 'annotated-keep' };

export type ColumnStrategy = 'set-null' | 'redact' | 'pseudonym';

/**
 * What happens to one row: exported (access), deleted, masked (columns changed in place, the row stays
 * with `because` saying why it was not deleted when it should have been), or kept untouched.
 */
export type PlannedRow =
  | { readonly key: RowKey; readonly action: 'export' | 'delete' }
  | {
      readonly key: RowKey;
      readonly action: 'mask';
      readonly columns: readonly { readonly name: string; readonly strategy: ColumnStrategy }[];
      readonly because?: KeepReason;
    }
  | { readonly key: RowKey; readonly action: 'keep'; readonly because: KeepReason };

export interface TablePlan {
  readonly table: string;
  readonly rows: readonly PlannedRow[];
}

export interface Plan {
  readonly dataset: string;
  readonly kind: RequestKind;
  readonly tables: readonly TablePlan[];
}

export interface ColumnChange {
  readonly column: string;
  readonly before: CellValue;
  readonly after: CellValue;
}

export interface Rectification {
  readonly table: string;
  readonly key: RowKey;
  readonly changes: readonly ColumnChange[];
}

/** What an erasure did to one table: rows deleted, rows masked (changed), rows kept and why. */
export interface TableErasure {
  readonly table: string;
  readonly deleted: number;
  readonly masked: number;
  readonly kept: readonly { readonly key: RowKey; readonly because: KeepReason }[];
}

/** Stable codes of what can go wrong; the table says where. */
export type ConnectorErrorCode =
  | 'connector.unreachable'
  | 'connector.schema-mismatch'
  | 'connector.query-failed'
  | 'connector.erase-failed'
  | 'connector.not-annotated'
  | 'connector.row-not-found'
  | 'connector.cannot-pseudonymise'
  | 'connector.not-anonymization'
  | 'connector.bad-trigger-column';

export interface ConnectorFailure {
  readonly ok: false;
  readonly code: ConnectorErrorCode;
  readonly table?: string;
  readonly message: Localized;
}

export type ConnectorResult<T> = { readonly ok: true; readonly value: T } | ConnectorFailure;

/**
 * The contract every connector keeps. Nothing is thrown past it: a failure is a result naming its
 * table, so one failing system can never pass for success.
 */
export interface Connector {
  /** The person's rows: person tables by identity, then tables referencing them, breadth-first. */
  locate(identities: readonly Identity[]): Promise<ConnectorResult<PersonFootprint>>;
  /** The located rows' annotated columns, with their data categories. */
  exportRows(footprint: PersonFootprint): Promise<ConnectorResult<readonly ExportedTable[]>>;
  /** What a request would do to each located row, and what stays and why. Reads nothing. */
  plan(footprint: PersonFootprint, kind: RequestKind, holds?: readonly LegalHold[]): ConnectorResult<Plan>;
  /** Changes annotated columns of one row, in one transaction; returns before and after. */
  rectify(
    row: { readonly table: string; readonly key: RowKey },
    changes: Readonly<Record<string, CellValue>>,
  ): Promise<ConnectorResult<Rectification>>;
  /** Carries out an erasure plan in one transaction; running it again changes nothing. */
  erase(plan: Plan): Promise<ConnectorResult<readonly TableErasure[]>>;
  close(): Promise<void>;
}
