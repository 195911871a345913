import type { CellValue, LegalHold } from '../connector.js';
import type { IndexedTable } from '../sql/annotations.js';
import { type Dialect, quoteTable } from '../sql/driver.js';
import type { Statement } from '../sql/statement.js';
import type { BoundTable, SweptColumn } from './bound-table.js';

/** The swept table's alias in every statement the engine writes. */
export const ALIAS = 't';

const NEVER = '(1 = 0)';
const ALWAYS = '(1 = 1)';

/**
 * The SQL predicates of a sweep over one table, each written into the caller's statement at the point it
 * appears (the `?` placeholders of MySQL and SQLite bind in the order they are written). A predicate is never
 * NULL: a NULL column is "not excepted", "not held", "not yet masked" as each case needs.
 */
export class SweepConditions {
  constructor(
    private readonly dialect: Dialect,
    private readonly table: BoundTable,
    private readonly holds: readonly LegalHold[],
  ) {}

  private col(name: string): string {
    return `${ALIAS}.${this.dialect.quote(name)}`;
  }

  /** The trigger happened before the cutoff; rows whose trigger has not happened (NULL) are not expired. */
  expired(st: Statement): string {
    return `${this.col(this.table.binding.from)} < ${st.bind(this.table.cutoffValue)}`;
  }

  /** A record type the rule keeps longer. */
  excepted(st: Statement): string {
    const parts = this.table.binding.except.map(
      (e) => `coalesce(${this.col(e.column)} in (${e.values.map((v) => st.bind(v)).join(', ')}), false)`,
    );
    return parts.length === 0 ? NEVER : `(${parts.join(' or ')})`;
  }

  /** Under a legal hold: the hold column, a hold on this table's rows, on the whole table or on the dataset. */
  held(st: Statement): string {
    const name = this.table.name;
    const mine = this.holds.filter((h) => h.table === undefined || h.table === name);
    if (mine.some((h) => h.keys === undefined)) return ALWAYS;
    const parts: string[] = [];
    if (this.table.binding.holdColumn !== undefined) parts.push(`${this.col(this.table.binding.holdColumn)} is true`);
    const keys = mine.flatMap((h) => h.keys ?? []);
    if (keys.length > 0) {
      const keyColumns = this.table.indexed.table.key.map((k) => this.col(k));
      parts.push(`(${tupleIn(st, keyColumns, keys)})`);
    }
    return parts.length === 0 ? NEVER : `(${parts.join(' or ')})`;
  }

  /** Still referenced by a row of an annotated table: deleting it would break that row's foreign key. */
  referenced(indexed: IndexedTable): string {
    const parts = indexed.children.map(({ table, ref }, i) => {
      const alias = `r${i}`;
      const on = ref.columns
        .map((c, j) => `${alias}.${this.dialect.quote(c)} = ${this.col(ref.to[j] ?? c)}`)
        .join(' and ');
      return `exists (select 1 from ${quoteTable(this.dialect, table)} ${alias} where ${on})`;
    });
    return parts.length === 0 ? NEVER : `(${parts.join(' or ')})`;
  }

  /** Some column still differs from what the sweep writes: the row has not been anonymized or masked yet. */
  notYet(st: Statement, columns: readonly SweptColumn[], target: (c: SweptColumn) => CellValue): string {
    const parts = columns.map((c) => {
      const value = target(c);
      if (value === null) return `${this.col(c.name)} is not null`;
      return `(${this.col(c.name)} is null or ${this.col(c.name)} <> ${st.bind(value)})`;
    });
    return parts.length === 0 ? NEVER : `(${parts.join(' or ')})`;
  }
}

/** `(a, b)` in a list of keys, written portably (one column: `a in (…)`). */
export function tupleIn(st: Statement, columns: readonly string[], keys: readonly (readonly CellValue[])[]): string {
  if (columns.length === 1) return `${columns[0]} in (${keys.map((k) => st.bind(k[0] ?? null)).join(', ')})`;
  return keys.map((k) => `(${columns.map((c, i) => `${c} = ${st.bind(k[i] ?? null)}`).join(' and ')})`).join(' or ');
}
