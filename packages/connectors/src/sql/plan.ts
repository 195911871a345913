import { retentionRuleOf } from '@vigie/core';
import type {
  ColumnStrategy,
  KeepReason,
  LegalHold,
  PersonFootprint,
  Plan,
  PlannedRow,
  RequestKind,
  RowKey,
} from '../connector.js';
import { type DatasetIndex, type IndexedTable, tupleId } from './annotations.js';

/**
 * What a request does to each located row. For an erasure: a legal hold or the table's retention rule
 * keeps a row whole; a `keep` table has its column strategies applied; a `delete-row` table loses its
 * rows, except rows that rows staying behind still reference: those are masked (their columns redacted)
 * instead, since deleting them would break the kept rows, and the plan says which table holds them.
 */
export function planRequest(
  index: DatasetIndex,
  footprint: PersonFootprint,
  kind: RequestKind,
  holds: readonly LegalHold[],
): Plan {
  if (kind !== 'erasure') {
    return {
      dataset: footprint.dataset,
      kind,
      tables: footprint.tables.map((t) => ({
        table: t.table,
        rows: t.rows.map((r) => ({ key: r.key, action: 'export' })),
      })),
    };
  }
  const planned = new Map<string, Map<string, PlannedRow>>();
  for (const { table, rows } of footprint.tables) {
    const indexed = index.get(table);
    if (indexed === undefined) continue;
    const byKey = new Map<string, PlannedRow>();
    for (const { key } of rows) byKey.set(tupleId(key), firstDecision(indexed, table, key, holds));
    planned.set(table, byKey);
  }
  // A row that stays protects the rows it references, up the chain, until nothing changes.
  let changed = true;
  while (changed) {
    changed = false;
    for (const { table, rows } of footprint.tables) {
      for (const row of rows) {
        if (planned.get(table)?.get(tupleId(row.key))?.action === 'delete') continue;
        for (const parent of row.parents) {
          const parentRows = planned.get(parent.table);
          const parentIndexed = index.get(parent.table);
          const id = tupleId(parent.key);
          if (parentRows?.get(id)?.action !== 'delete' || parentIndexed === undefined) continue;
          parentRows.set(id, fallbackMask(parentIndexed, parent.key, { kind: 'referenced', by: table }));
          changed = true;
        }
      }
    }
  }
  return {
    dataset: footprint.dataset,
    kind,
    tables: [...planned].map(([table, rows]) => ({ table, rows: [...rows.values()] })),
  };
}

function firstDecision(indexed: IndexedTable, table: string, key: RowKey, holds: readonly LegalHold[]): PlannedRow {
  const id = tupleId(key);
  const hold = holds.find(
    (h) =>
      (h.table === undefined || h.table === table) && (h.keys === undefined || h.keys.some((k) => tupleId(k) === id)),
  );
  if (hold) return { key, action: 'keep', because: { kind: 'legal-hold', hold: hold.id } };
  const rule = retentionRuleOf(indexed.table);
  if (rule !== undefined) return { key, action: 'keep', because: { kind: 'retention', rule } };
  if (indexed.table.erase === 'delete-row') return { key, action: 'delete' };
  const columns = indexed.table.columns.flatMap((c) =>
    c.erase === undefined || c.erase === 'keep' ? [] : [{ name: c.name, strategy: c.erase }],
  );
  return columns.length === 0
    ? { key, action: 'keep', because: { kind: 'annotated-keep' } }
    : { key, action: 'mask', columns };
}

/** A row that should have gone: every column but its links loses its content (redacted unless annotated). */
function fallbackMask(indexed: IndexedTable, key: RowKey, because: KeepReason): PlannedRow {
  const columns: { name: string; strategy: ColumnStrategy }[] = [];
  for (const c of indexed.table.columns) {
    if (indexed.linkColumns.has(c.name) || c.erase === 'keep') continue;
    columns.push({ name: c.name, strategy: c.erase ?? 'redact' });
  }
  return columns.length === 0 ? { key, action: 'keep', because } : { key, action: 'mask', columns, because };
}
