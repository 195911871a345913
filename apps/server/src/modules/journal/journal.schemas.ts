import * as z from 'zod';

// The API's shapes for the journal (see auth.schemas.ts for why they live apart from the routes).

export const journalEntrySchema = z.object({
  seq: z.number(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  subject: z.string().nullable(),
  purpose: z.string().nullable(),
  origin: z.string(),
  hash: z.string(),
});

export const journalPageSchema = z.object({ entries: z.array(journalEntrySchema), nextBefore: z.number().nullable() });

export const journalVerificationSchema = z.object({
  ok: z.boolean(),
  entries: z.number(),
  checkpoints: z.number(),
  verifiedAt: z.string(),
  head: z.object({ seq: z.number(), hash: z.string() }).optional(),
  uncheckpointed: z.number().optional(),
  problem: z
    .object({ kind: z.string(), seq: z.number(), message: z.object({ fr: z.string(), en: z.string() }) })
    .optional(),
});
