import type { ApiClient } from './client.js';

// The retention calendar (issue 6). Types mirror the server's schemas
// (apps/server/src/modules/retention/retention.schemas.ts).

interface RetentionTablePlan {
  readonly table: string;
  readonly rule: string;
  readonly citation?: string;
  readonly action: string;
  readonly skipped?: string;
  readonly cutoff?: string;
  readonly counts: {
    readonly expired: number;
    readonly exceptions: number;
    readonly holds: number;
    readonly referenced: number;
    readonly anonymized: number;
    readonly due: number;
  };
}

interface RetentionDatasetPlan {
  readonly dataset: string;
  readonly ok: boolean;
  readonly code?: string;
  readonly tables: readonly RetentionTablePlan[];
}

interface RetentionRun {
  readonly id: string;
  readonly dataset: string;
  readonly table: string | null;
  readonly rule: string | null;
  readonly action: string | null;
  readonly destroyed: number;
  readonly anonymized: number;
  readonly spared: number;
  readonly finishedAt: string;
  readonly outcome: 'ok' | 'failed';
  readonly errorCode: string | null;
}

export function retentionPlan(api: ApiClient): Promise<{ readonly datasets: readonly RetentionDatasetPlan[] }> {
  return api.get('/api/v1/retention/plan');
}

export function retentionRuns(
  api: ApiClient,
): Promise<{ readonly runs: readonly RetentionRun[]; readonly total: number }> {
  return api.get('/api/v1/retention/runs?limit=50');
}

export function runRetentionNow(api: ApiClient): Promise<{ readonly queued: true }> {
  return api.send('POST', '/api/v1/retention/runs');
}
