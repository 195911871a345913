import * as z from 'zod';

/** Newest first, a page at a time. */
export const runsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

const runSchema = z.object({
  id: z.string(),
  jobId: z.string(),
  dataset: z.string(),
  table: z.string().nullable(),
  rule: z.string().nullable(),
  action: z.string().nullable(),
  destroyed: z.number(),
  anonymized: z.number(),
  spared: z.number(),
  startedAt: z.string(),
  finishedAt: z.string(),
  longestBatchMs: z.number(),
  outcome: z.enum(['ok', 'failed']),
  errorCode: z.string().nullable(),
});

export const runsSchema = z.object({ runs: z.array(runSchema), total: z.number() });

const tablePlanSchema = z.object({
  table: z.string(),
  rule: z.string(),
  citation: z.string().optional(),
  action: z.string(),
  skipped: z.string().optional(),
  cutoff: z.string().optional(),
  counts: z.object({
    expired: z.number(),
    exceptions: z.number(),
    holds: z.number(),
    referenced: z.number(),
    anonymized: z.number(),
    due: z.number(),
  }),
});

export const planSchema = z.object({
  datasets: z.array(
    z.object({
      dataset: z.string(),
      ok: z.boolean(),
      code: z.string().optional(),
      at: z.string().optional(),
      tables: z.array(tablePlanSchema),
    }),
  ),
});

export const queuedSchema = z.object({ queued: z.literal(true) });
