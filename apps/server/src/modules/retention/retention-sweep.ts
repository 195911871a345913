import { randomUUID } from 'node:crypto';
import { type DestructionRecord, runRetention } from '@vigie/connectors';
import { type Dataset, type Declaration, isExternalEngine } from '@vigie/core';
import type { RetentionRunsTable } from '../../db/schema.js';
import type { DatasetConnections } from '../fulfilment/dataset-connections.js';

export type RetentionRunRow = RetentionRunsTable;

/** The SQL datasets retention applies to: those with at least one table bound to a retention rule. */
export function retainedDatasets(declaration: Declaration): Dataset[] {
  return declaration.datasets.filter(
    (d) => !isExternalEngine(d.engine) && d.tables.some((t) => t.retention !== undefined),
  );
}

function recordRow(jobId: string, record: DestructionRecord): RetentionRunRow {
  return {
    id: randomUUID(),
    job_id: jobId,
    dataset: record.dataset,
    table_name: record.table,
    rule: record.rule,
    action: record.action,
    destroyed: record.destroyed,
    anonymized: record.anonymized,
    spared: record.spared.exceptions + record.spared.holds + record.spared.referenced,
    started_at: record.startedAt,
    finished_at: record.finishedAt,
    longest_batch_ms: Math.round(record.longestBatchMs),
    outcome: 'ok',
    error_code: null,
  };
}

/**
 * Sweeps one dataset through its connector: one row per swept table, or one failed row for the dataset (with the
 * table the engine stopped at, when it says) so that a dataset that could not be reached is recorded, not skipped.
 * The tables swept before a failure are not reported by the engine; their rows are gone all the same, and the
 * next run's counts start from what is left.
 */
export async function sweepDataset(
  deps: { readonly connections: DatasetConnections; readonly declaration: Declaration },
  dataset: Dataset,
  jobId: string,
  now: Date,
): Promise<RetentionRunRow[]> {
  const startedAt = new Date().toISOString();
  const failed = (code: string, table: string | undefined): RetentionRunRow[] => [
    {
      id: randomUUID(),
      job_id: jobId,
      dataset: dataset.id,
      table_name: table ?? null,
      rule: null,
      action: null,
      destroyed: 0,
      anonymized: 0,
      spared: 0,
      started_at: startedAt,
      finished_at: new Date().toISOString(),
      longest_batch_ms: 0,
      outcome: 'failed',
      error_code: code,
    },
  ];
  let opened: ReturnType<DatasetConnections> = { ok: false };
  try {
    opened = deps.connections(dataset);
  } catch {
    opened = { ok: false };
  }
  if (!opened.ok) return failed('connector.unreachable', undefined);
  const { connector } = opened;
  try {
    const result = await runRetention(connector, dataset, deps.declaration, now);
    if (!result.ok) return failed(result.code, result.table);
    return result.value.map((record) => recordRow(jobId, record));
  } finally {
    await connector.close().catch(() => undefined);
  }
}
