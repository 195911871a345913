import type { Dataset } from '@vigie/core';
import type { CellValue, ConnectorResult, LegalHold } from '../connector.js';
import { quoteTable, type SqlDriver } from '../sql/driver.js';
import { toFailure } from '../sql/failures.js';
import { Statement } from '../sql/statement.js';
import type { BoundTable, SweptColumn } from './bound-table.js';
import { ALIAS, SweepConditions, tupleIn } from './conditions.js';
import { bindDataset, countExpired, DEFAULT_REDACTION } from './plan-retention.js';
import type { DestructionRecord, RetentionRules, RetentionRunOptions, RetentionTarget } from './retention-types.js';

const DEFAULT_BATCH = 5000;

/**
 * Carries out the retention due in one dataset at `now`, table by table, children before the tables they
 * reference (so a child's expired rows are gone before its parents are looked at). Each batch is its own short
 * transaction: pick up to `batchSize` due rows by the trigger column, then delete (destroy) or overwrite
 * (anonymize) exactly those rows. What is due is defined by the data (expired rows still there, or not yet
 * anonymized), so a run stopped between batches loses nothing and the next run carries on. `review` rules change
 * nothing; their due rows are reported for a person. Returns one destruction record per swept table.
 */
export async function runRetention(
  target: RetentionTarget,
  dataset: Dataset,
  declaration: RetentionRules,
  now: Date,
  holds: readonly LegalHold[] = [],
  options: RetentionRunOptions = {},
): Promise<ConnectorResult<readonly DestructionRecord[]>> {
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH));
  const redaction = options.redactionText ?? DEFAULT_REDACTION;
  let current: string | undefined;
  try {
    const records: DestructionRecord[] = [];
    for (const { name, binding } of await bindDataset(target, dataset, declaration, now, redaction)) {
      if (binding.kind === 'skipped') continue;
      current = name;
      records.push(await sweepTable(target.driver, dataset.id, binding.table, holds, batchSize, options));
    }
    return { ok: true, value: records };
  } catch (error) {
    return toFailure(error, 'connector.erase-failed', current);
  }
}

async function sweepTable(
  driver: SqlDriver,
  dataset: string,
  table: BoundTable,
  holds: readonly LegalHold[],
  batchSize: number,
  options: RetentionRunOptions,
): Promise<DestructionRecord> {
  const startedAt = new Date().toISOString();
  const before = await countExpired({ driver }, table, holds);
  const when = new SweepConditions(driver.dialect, table, holds);
  let batches = 0;
  let longest = 0;
  const sweep = async (pick: (st: Statement) => string, apply: Apply): Promise<number> => {
    let total = 0;
    for (;;) {
      const started = performance.now();
      const changed = await driver.transaction(async (tx) => {
        const st = new Statement(driver.dialect);
        const keyColumns = table.indexed.table.key.map((k) => `${ALIAS}.${driver.dialect.quote(k)}`);
        // The limit is an integer the engine wrote, not a bound value: MySQL refuses a placeholder there.
        const keys = await tx.query(
          `select ${keyColumns.join(', ')} from ${quoteTable(driver.dialect, table.name)} ${ALIAS}
            where ${pick(st)} limit ${batchSize}`,
          st.values,
        );
        if (keys.length === 0) return undefined;
        const tuples = keys.map((row) => table.indexed.table.key.map((k) => row[k] ?? null));
        return apply((sql, values) => tx.run(sql, values), tuples);
      });
      // Nothing picked: the table is done. (A batch whose rows another session removed meanwhile changes fewer.)
      if (changed === undefined) return total;
      batches += 1;
      total += changed;
      longest = Math.max(longest, performance.now() - started);
      await options.onBatch?.({ table: table.name, rows: changed, batch: batches });
    }
  };
  const live = (st: Statement) => `${when.expired(st)} and not ${when.excepted(st)} and not ${when.held(st)}`;
  let destroyed = 0;
  let anonymized = 0;
  let masked = 0;
  if (table.rule.action === 'destroy') {
    const referenced = when.referenced(table.indexed);
    destroyed = await sweep((st) => `${live(st)} and not ${referenced}`, deleteRows(driver, table));
    if (table.masked.length > 0) {
      masked = await sweep(
        (st) => `${live(st)} and ${referenced} and ${when.notYet(st, table.masked, table.sweptValue)}`,
        overwriteRows(driver, table, table.masked),
      );
    }
  } else if (table.rule.action === 'anonymize') {
    anonymized = await sweep(
      (st) => `${live(st)} and ${when.notYet(st, table.anonymized, table.sweptValue)}`,
      overwriteRows(driver, table, table.anonymized),
    );
  }
  return {
    dataset,
    table: table.name,
    rule: table.rule.id,
    citation: table.rule.citation,
    action: table.rule.action,
    cutoff: table.cutoff.toISOString(),
    destroyed,
    anonymized,
    masked,
    forReview: table.rule.action === 'review' ? before.due : 0,
    spared: { exceptions: before.exceptions, holds: before.holds, referenced: before.referenced },
    batches,
    startedAt,
    finishedAt: new Date().toISOString(),
    longestBatchMs: Math.round(longest * 10) / 10,
  };
}

type Run = (sql: string, values: readonly CellValue[]) => Promise<number>;
type Apply = (run: Run, keys: readonly (readonly CellValue[])[]) => Promise<number>;

function keyList(driver: SqlDriver, table: BoundTable, st: Statement, keys: readonly (readonly CellValue[])[]): string {
  return tupleIn(
    st,
    table.indexed.table.key.map((k) => driver.dialect.quote(k)),
    keys,
  );
}

function deleteRows(driver: SqlDriver, table: BoundTable): Apply {
  return async (run, keys) => {
    const st = new Statement(driver.dialect);
    const where = keyList(driver, table, st, keys);
    return run(`delete from ${quoteTable(driver.dialect, table.name)} where ${where}`, st.values);
  };
}

/** Writes the swept columns' values on the picked rows, in one statement (the values are the same for all). */
function overwriteRows(driver: SqlDriver, table: BoundTable, columns: readonly SweptColumn[]): Apply {
  return async (run, keys) => {
    const st = new Statement(driver.dialect);
    const sets = columns.map((c) => `${driver.dialect.quote(c.name)} = ${st.bind(table.sweptValue(c))}`).join(', ');
    const where = keyList(driver, table, st, keys);
    await run(`update ${quoteTable(driver.dialect, table.name)} set ${sets} where ${where}`, st.values);
    // MySQL counts only rows whose values changed; every picked row did change, by how it was picked.
    return keys.length;
  };
}
