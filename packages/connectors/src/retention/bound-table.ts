import {
  type DatasetRetention,
  parseDuration,
  type RetentionRule,
  retentionRuleOf,
  subtractDuration,
} from '@vigie/core';
import type { CellValue } from '../connector.js';
import type { IndexedTable } from '../sql/annotations.js';
import type { LiveColumn } from '../sql/driver.js';
import { ConnectorError } from '../sql/failures.js';
import { maskedValue } from '../sql/masking.js';
import type { RetentionRules, RetentionSkip } from './retention-types.js';

/** A column the sweep changes, and how (`redact` writes a constant of the column's type). */
export interface SweptColumn {
  readonly name: string;
  readonly strategy: 'set-null' | 'redact';
}

/** A table whose rule can run now: its binding, the cutoff, and the columns an anonymization or a mask changes. */
export interface BoundTable {
  readonly name: string;
  readonly indexed: IndexedTable;
  readonly rule: RetentionRule;
  readonly binding: DatasetRetention;
  readonly cutoff: Date;
  /** The cutoff written as the trigger column compares: a day for dates, a timestamp otherwise. */
  readonly cutoffValue: string;
  readonly anonymized: readonly SweptColumn[];
  /** What a row that should be destroyed but is still referenced loses: every column but its links. */
  readonly masked: readonly SweptColumn[];
  /** The value a swept column gets (bound as the engine takes it: booleans as 0/1 outside PostgreSQL). */
  readonly sweptValue: (column: SweptColumn) => CellValue;
}

export type TableBinding =
  | { readonly kind: 'bound'; readonly table: BoundTable }
  | { readonly kind: 'skipped'; readonly rule: RetentionRule; readonly why: RetentionSkip };

/**
 * Resolves a table's retention against the declaration's rules. Undefined when the table has none. Throws
 * (as a connector error naming the table) when the rule is unknown, when the trigger column holds no date,
 * or when an anonymize rule would not anonymize: a keyed pseudonym can be reversed by whoever holds the key,
 * so the Quebec anonymization regulation does not count it as anonymization.
 */
export function bindTable(
  indexed: IndexedTable,
  live: ReadonlyMap<string, LiveColumn>,
  declaration: RetentionRules,
  now: Date,
  dialect: 'postgres' | 'mysql' | 'sqlite',
  redactionText: string,
): TableBinding | undefined {
  const id = retentionRuleOf(indexed.table);
  if (id === undefined) return undefined;
  const name = indexed.table.name;
  const rule = declaration.retention.find((r) => r.id === id);
  if (rule === undefined) throw new ConnectorError('connector.not-annotated', name);
  const binding = indexed.table.retention;
  if (typeof binding !== 'object') return { kind: 'skipped', rule, why: 'no-trigger' };
  const duration = rule.duration === undefined ? undefined : parseDuration(rule.duration);
  if (duration === undefined) return { kind: 'skipped', rule, why: 'no-period' };
  const trigger = live.get(binding.from);
  if (trigger === undefined) throw new ConnectorError('connector.schema-mismatch', name);
  const cutoff = subtractDuration(now, duration);
  const cutoffValue = cutoffAs(trigger, cutoff, dialect);
  if (cutoffValue === undefined) throw new ConnectorError('connector.bad-trigger-column', name);
  const changeable = indexed.table.columns.filter((c) => !indexed.linkColumns.has(c.name));
  const anonymized: SweptColumn[] = [];
  if (rule.action === 'anonymize') {
    for (const c of changeable) {
      if (c.erase === 'pseudonym') throw new ConnectorError('connector.not-anonymization', name);
      if (c.erase === 'set-null' || c.erase === 'redact') anonymized.push({ name: c.name, strategy: c.erase });
    }
    if (anonymized.length === 0) throw new ConnectorError('connector.not-anonymization', name);
  }
  // As in an erasure, a row that should go but must stay for its links loses its content; a pseudonym there
  // would need a key the sweep does not hold, and a redaction hides more.
  const masked = changeable.flatMap((c): SweptColumn[] =>
    c.erase === 'keep' ? [] : [{ name: c.name, strategy: c.erase === 'set-null' ? 'set-null' : 'redact' }],
  );
  const sweptValue = (c: SweptColumn): CellValue => {
    const column = live.get(c.name);
    if (column === undefined) throw new ConnectorError('connector.schema-mismatch', name);
    const value = maskedValue(c.strategy, null, column, name, { redactionText, pseudonymKey: new Uint8Array() });
    return typeof value === 'boolean' && dialect !== 'postgres' ? Number(value) : value;
  };
  return {
    kind: 'bound',
    table: { name, indexed, rule, binding, cutoff, cutoffValue, anonymized, masked, sweptValue },
  };
}

/**
 * The cutoff as the trigger column compares it, bound as text: a calendar day for a date column (and for an
 * SQLite text column, where dates are kept as ISO text), a timestamp otherwise. Undefined for a column that
 * holds neither.
 */
function cutoffAs(column: LiveColumn, cutoff: Date, dialect: 'postgres' | 'mysql' | 'sqlite'): string | undefined {
  const iso = cutoff.toISOString();
  const type = column.type;
  if (type === 'date' || (dialect === 'sqlite' && /char|text|clob|^$/.test(type))) return iso.slice(0, 10);
  if (!/time|date/.test(type)) return undefined;
  return dialect === 'postgres' ? iso : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}
