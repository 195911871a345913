import type { Lang } from '../../i18n/localized.js';
import type { Ropa } from '../model.js';
import { ropaStrings } from '../strings/ropa-strings.js';
import { art30Table } from './art30-table.js';
import { inventoryTable } from './inventory-table.js';
import { processorsTable } from './processors-table.js';

/**
 * One sheet of the records, ready to write: every row has one cell per header, and a cell holds
 * its values separately so that each format joins them its own way ("; " in CSV, a line in XLSX).
 */
export interface RopaTable {
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly (readonly string[])[])[];
}

/** The three sheets of the records of processing in one language: Art. 30 record, Quebec inventory, processors. */
export function ropaTables(ropa: Ropa, lang: Lang): readonly [RopaTable, RopaTable, RopaTable] {
  const s = ropaStrings(lang);
  return [art30Table(ropa, s, lang), inventoryTable(ropa, s, lang), processorsTable(ropa, s, lang)];
}

/** Lays out rows of named cells in the order of the columns, so no row can miss or swap a column. */
export function tableOf<C extends string>(
  name: string,
  columns: readonly C[],
  headers: Readonly<Record<C, string>>,
  rows: readonly Readonly<Record<C, readonly string[]>>[],
): RopaTable {
  return {
    name,
    headers: columns.map((c) => headers[c]),
    rows: rows.map((row) => columns.map((c) => row[c])),
  };
}

/** The values, or one word saying there are none, so that an empty cell never hides a gap. */
export function orElse(values: readonly string[], empty: string): readonly string[] {
  return values.length === 0 ? [empty] : values;
}
