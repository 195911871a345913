import { randomUUID } from 'node:crypto';
import { type ConnectorErrorCode, planRetention, type RetentionPlan } from '@vigie/connectors';
import type { Declaration } from '@vigie/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { DatasetConnections } from '../fulfilment/dataset-connections.js';
import type { JournalEntry, JournalEvent } from '../journal/journal.entry.js';
import { type RetentionRunRow, retainedDatasets, sweepDataset } from './retention-sweep.js';

export const RETENTION_JOB = 'retention.run';

/** The live plan of one dataset, or why it could not be read. */
export type DatasetPlan =
  | { readonly dataset: string; readonly ok: true; readonly plan: RetentionPlan }
  | { readonly dataset: string; readonly ok: false; readonly code: ConnectorErrorCode | 'connector.unreachable' };

export interface RetentionServices {
  plan(): Promise<DatasetPlan[]>;
  /** The stored results, newest first. */
  runs(page: { readonly limit: number; readonly offset: number }): Promise<{ runs: RetentionRunRow[]; total: number }>;
  /** Enqueues one run now; a second click while it is still pending enqueues nothing more. */
  runNow(): Promise<void>;
  /** The job: sweeps every retained dataset, stores and journals each table's result. */
  readonly job: { readonly version: 1; run(payload: unknown): Promise<void> };
}

// The journal action of each outcome: the organisation's proof of destruction, without personal data.
function actionOf(row: RetentionRunRow): string {
  if (row.outcome === 'failed') return 'retention.failed';
  if (row.action === 'anonymize') return 'retention.anonymized';
  // A review rule changes nothing: its due rows await a person's decision.
  return row.action === 'review' ? 'retention.review_due' : 'retention.destroyed';
}

// The table in the subject when its name fits the journal's alphabet (a quoted name with spaces would not): a
// refused entry would fail the job after the rows are gone, losing the proof; the run's row names the table anyway.
function subjectOf(row: RetentionRunRow): string {
  const table = row.table_name !== null && /^[A-Za-z0-9_.-]{1,128}$/.test(row.table_name) ? `/${row.table_name}` : '';
  return `dataset:${row.dataset}${table}`;
}

export function createRetentionServices(deps: {
  readonly db: Kysely<Database>;
  readonly declaration: Declaration;
  readonly connections: DatasetConnections;
  readonly queue: {
    enqueue(job: { name: string; version: number; payload: unknown; dedupeKey?: string }, now: Date): Promise<unknown>;
  };
  readonly journal: { record(events: readonly JournalEvent[]): Promise<readonly JournalEntry[]> };
  readonly now: () => Date;
}): RetentionServices {
  const { db } = deps;
  return {
    async plan() {
      const out: DatasetPlan[] = [];
      for (const dataset of retainedDatasets(deps.declaration)) {
        const opened = deps.connections(dataset);
        if (!opened.ok) {
          out.push({ dataset: dataset.id, ok: false, code: 'connector.unreachable' });
          continue;
        }
        try {
          const plan = await planRetention(opened.connector, dataset, deps.declaration, deps.now());
          out.push(
            plan.ok
              ? { dataset: dataset.id, ok: true, plan: plan.value }
              : { dataset: dataset.id, ok: false, code: plan.code },
          );
        } finally {
          await opened.connector.close().catch(() => undefined);
        }
      }
      return out;
    },
    async runs({ limit, offset }) {
      const runs = await db
        .selectFrom('retention_runs')
        .selectAll()
        .orderBy('finished_at', 'desc')
        .orderBy('id')
        .limit(limit)
        .offset(offset)
        .execute();
      const counted = await db
        .selectFrom('retention_runs')
        .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
        .executeTakeFirstOrThrow();
      return { runs, total: Number(counted.n) };
    },
    async runNow() {
      const now = deps.now();
      // One manual run per minute at most: a double click or two managers at once make one run.
      const slot = Math.floor(now.getTime() / 60_000);
      await deps.queue.enqueue(
        { name: RETENTION_JOB, version: 1, payload: {}, dedupeKey: `${RETENTION_JOB}@manual-${slot}` },
        now,
      );
    },
    job: {
      version: 1,
      async run() {
        const jobId = randomUUID();
        for (const dataset of retainedDatasets(deps.declaration)) {
          const rows = await sweepDataset(deps, dataset, jobId, deps.now());
          if (rows.length === 0) continue;
          await db.insertInto('retention_runs').values(rows).execute();
          await deps.journal.record(
            rows.map((row) => ({
              actor: 'system',
              action: actionOf(row),
              subject: subjectOf(row),
              purpose: null,
              origin: 'job',
            })),
          );
        }
      },
    },
  };
}
