import type { RequestKind } from '@vigie/connectors';
import * as z from 'zod';
import type { SystemResult } from './run-system.js';

const cell = z.union([z.string().max(100_000), z.number(), z.boolean(), z.null()]);
const rowKey = z.array(z.union([z.string().max(200), z.number()])).min(1);
const keepReason = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('retention'), rule: z.string().max(64) }),
  z.strictObject({ kind: z.literal('legal-hold'), hold: z.string().max(64) }),
  z.strictObject({ kind: z.literal('referenced'), by: z.string().max(130) }),
  z.strictObject({ kind: z.literal('annotated-keep') }),
]);

/**
 * What a webhook system posts back: done or failed, and per table what it did — for access, its columns and the
 * person's rows (they go into the export package like a database's); for erasure, rows deleted, masked, and kept
 * with the reason; for rectification, rows changed.
 */
export const webhookResultSchema = z.strictObject({
  outcome: z.enum(['done', 'failed']),
  tables: z
    .array(
      z.strictObject({
        table: z.string().min(1).max(130),
        columns: z
          .array(z.strictObject({ name: z.string().min(1).max(130), category: z.string().max(64).optional() }))
          .max(500)
          .default([]),
        rows: z
          .array(z.record(z.string().max(130), cell))
          .max(100_000)
          .default([]),
        deleted: z.number().int().min(0).default(0),
        masked: z.number().int().min(0).default(0),
        rectified: z.number().int().min(0).default(0),
        kept: z
          .array(z.strictObject({ key: rowKey, because: keepReason }))
          .max(100_000)
          .default([]),
      }),
    )
    .max(500)
    .default([]),
});
type WebhookResult = z.infer<typeof webhookResultSchema>;

/** The system's answer as the step every system writes: failed stays failed, whatever else it says. */
export function webhookSystemResult(
  kind: RequestKind,
  where: { readonly dataset: string; readonly system: string },
  result: WebhookResult,
): SystemResult {
  if (result.outcome === 'failed') return { ok: false, ...where, code: 'external.failed' };
  switch (kind) {
    case 'access':
    case 'portability':
      return {
        ok: true,
        ...where,
        exported: result.tables.map((t) => ({
          table: t.table,
          // Columns the system did not list are named from the rows, so nothing it sent is left out of the package.
          columns: [
            ...t.columns.map((c) => ({ name: c.name, category: c.category })),
            ...[...new Set(t.rows.flatMap((r) => Object.keys(r)))]
              .filter((name) => !t.columns.some((c) => c.name === name))
              .map((name) => ({ name, category: undefined })),
          ],
          rows: t.rows,
        })),
      };
    case 'erasure':
      return {
        ok: true,
        ...where,
        erased: result.tables.map((t) => ({ table: t.table, deleted: t.deleted, masked: t.masked, kept: t.kept })),
      };
    case 'rectification':
      // The system reports counts, not values: nothing before/after is known to Vigie, so none is stored.
      return { ok: true, ...where, rectified: [] };
  }
}
