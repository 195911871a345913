import { defineRoute, needs, type RouteDefinition } from '../../app/route.js';
import type { RequestJournal } from '../journal/journal.recorder.js';
import { planSchema, queuedSchema, runsQuery, runsSchema } from './retention.schemas.js';
import type { RetentionServices } from './retention.services.js';
import type { RetentionRunRow } from './retention-sweep.js';

function runOut(row: RetentionRunRow) {
  return {
    id: row.id,
    jobId: row.job_id,
    dataset: row.dataset,
    table: row.table_name,
    rule: row.rule,
    action: row.action,
    destroyed: row.destroyed,
    anonymized: row.anonymized,
    spared: row.spared,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    longestBatchMs: row.longest_batch_ms,
    outcome: row.outcome,
    errorCode: row.error_code,
  };
}

/** The retention calendar: what is due now, what past runs did (the proof of destruction), and a run on demand. */
export function retentionRoutes(deps: { services: RetentionServices; journal: RequestJournal }): RouteDefinition[] {
  const { services, journal } = deps;
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/retention/plan',
      access: needs('retention.read'),
      tag: 'retention',
      summary: { en: 'What retention makes due now, per table', fr: 'Ce que la conservation rend échu, par table' },
      responses: { 200: { description: 'Counts per dataset and table, no personal data', schema: planSchema } },
      async handler({ request }) {
        const plans = await services.plan();
        await journal(request, { action: 'retention.plan' });
        return {
          datasets: plans.map((p) =>
            p.ok
              ? {
                  dataset: p.dataset,
                  ok: true,
                  at: p.plan.at,
                  tables: p.plan.tables.map((t) => ({
                    table: t.table,
                    rule: t.rule,
                    citation: t.citation,
                    action: t.action,
                    skipped: t.skipped,
                    cutoff: t.cutoff,
                    counts: t.counts,
                  })),
                }
              : { dataset: p.dataset, ok: false, code: p.code, tables: [] },
          ),
        };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/retention/runs',
      access: needs('retention.read'),
      tag: 'retention',
      query: runsQuery,
      summary: { en: 'Past retention runs, newest first', fr: 'Les passages de conservation, du plus récent' },
      responses: { 200: { description: 'One row per table swept or dataset failed', schema: runsSchema } },
      async handler({ query, request }) {
        const { runs, total } = await services.runs(query);
        await journal(request, { action: 'retention.runs' });
        return { runs: runs.map(runOut), total };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/retention/runs',
      access: needs('retention.manage'),
      tag: 'retention',
      summary: { en: 'Run retention now', fr: 'Appliquer la conservation maintenant' },
      responses: { 202: { description: 'Queued', schema: queuedSchema } },
      async handler({ request }) {
        await services.runNow();
        await journal(request, { action: 'retention.run_now' });
        return { queued: true as const };
      },
    }),
  ];
}
