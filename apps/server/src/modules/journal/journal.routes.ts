import * as z from 'zod';
import { ProblemError } from '../../app/problem.js';
import { defineRoute, needs, type RouteDefinition } from '../../app/route.js';
import type { Installation } from '../../installation/installation.js';
import { auditExport, auditVerify } from '../../ops/audit.js';
import { latestJournalEntries } from './journal.listing.js';
import type { RequestJournal } from './journal.recorder.js';
import { journalPageSchema, journalVerificationSchema } from './journal.schemas.js';

const MAX_PAGE = 200;
// An export is held in memory and sent as one JSON document; larger ranges are exported in several parts.
const MAX_EXPORT_ENTRIES = 100_000;

interface JournalRouteDeps {
  readonly installation: Pick<Installation, 'database' | 'journal'>;
  readonly journal: RequestJournal;
  readonly now: () => Date;
}

/**
 * Reading, verifying and exporting the journal. There is deliberately no route that writes, edits or deletes an
 * entry, for anyone: entries are appended by the use cases themselves.
 */
export function journalRoutes(deps: JournalRouteDeps): RouteDefinition[] {
  const { db } = deps.installation.database;
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/journal',
      access: needs('journal.read'),
      tag: 'journal',
      query: z.object({
        before: z.coerce.number().int().min(1).optional(),
        limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(50),
      }),
      summary: {
        en: 'The newest journal entries, page by page',
        fr: 'Les entrées les plus récentes du journal, par page',
      },
      responses: {
        200: {
          description: 'A page of entries, newest first',
          schema: journalPageSchema,
        },
      },
      async handler({ query }) {
        const { entries, nextBefore } = await latestJournalEntries(db, query);
        return { entries: entries.map(({ prevHash: _prev, ...entry }) => entry), nextBefore };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/journal/verification',
      access: needs('journal.read'),
      tag: 'journal',
      summary: {
        en: 'Re-computes the whole chain and checks every signed checkpoint',
        fr: 'Recalcule toute la chaîne et contrôle chaque point de contrôle signé',
      },
      responses: { 200: { description: 'The verification result', schema: journalVerificationSchema } },
      async handler({ request }) {
        // The same verification as `vigie audit verify`, over the whole journal in the store.
        const result = await auditVerify(deps.installation);
        await deps.journal(request, { action: 'journal.verify' });
        return { ...result, verifiedAt: deps.now().toISOString() };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/journal/export',
      access: needs('journal.export'),
      tag: 'journal',
      query: z
        .object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) })
        .refine((q) => q.to >= q.from && q.to - q.from < MAX_EXPORT_ENTRIES, {
          message: `to must be at least from, and a range holds at most ${MAX_EXPORT_ENTRIES} entries`,
        }),
      summary: {
        en: 'A range of the journal with the signed checkpoint that proves it',
        fr: 'Une plage du journal avec le point de contrôle signé qui la prouve',
      },
      responses: { 200: { description: 'vigie/journal-export/v1', contentType: 'application/json' } },
      async handler({ query, request, reply }) {
        const result = await auditExport(deps.installation, query.from, query.to);
        if (!result.ok) throw new ProblemError({ code: result.code, status: 422, detail: result.message });
        await deps.journal(request, { action: 'journal.export' });
        reply.header('content-disposition', `attachment; filename="vigie-journal-${query.from}-${query.to}.json"`);
        return result.value;
      },
    }),
  ];
}
