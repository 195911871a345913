import type { CellValue, RowKey } from '../connector.js';
import type { Dialect } from './driver.js';

/** Collects bound values while a statement is written, handing out the dialect's placeholders. */
export class Statement {
  readonly values: CellValue[] = [];
  constructor(readonly dialect: Dialect) {}

  bind(value: CellValue): string {
    this.values.push(value);
    return this.dialect.placeholder(this.values.length);
  }

  /** `(a, b) IN ((?, ?), …)` written portably as `(a = ? AND b = ?) OR …`, or `a IN (?, …)` for one column. */
  tupleIn(columns: readonly string[], tuples: readonly (readonly CellValue[])[]): string {
    const col = (name: string) => this.dialect.quote(name);
    if (columns.length === 1) {
      const [only] = columns as [string];
      return `${col(only)} in (${tuples.map((t) => this.bind(t[0] ?? null)).join(', ')})`;
    }
    return tuples
      .map((t) => `(${columns.map((c, i) => `${col(c)} = ${this.bind(t[i] ?? null)}`).join(' and ')})`)
      .join(' or ');
  }

  /** `a = ? and b = ?` for one row's key. */
  keyEquals(columns: readonly string[], key: RowKey): string {
    return columns.map((c, i) => `${this.dialect.quote(c)} = ${this.bind(key[i] ?? null)}`).join(' and ');
  }
}

/** Splits a list into batches, so no statement binds more values than an engine accepts. */
export function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
