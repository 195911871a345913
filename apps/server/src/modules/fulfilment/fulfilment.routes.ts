import * as z from 'zod';
import { actorOf } from '../../app/caller.js';
import { defineRoute, needs, PUBLIC, type RouteDefinition } from '../../app/route.js';
import type { RequestJournal } from '../journal/journal.recorder.js';
import { fulfilmentProblem } from './fulfilment.errors.js';
import type { FulfilmentServices } from './fulfilment.services.js';

const idParams = z.object({ id: z.uuid() });
const cell = z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]);
const planBody = z.object({
  /** Identities staff checked beyond the requester's email (member number, health card…). */
  identities: z
    .array(z.object({ kind: z.string().regex(/^[a-z][a-z0-9:-]{0,63}$/), value: z.string().min(1).max(200) }))
    .max(20)
    .default([]),
  rectifications: z
    .array(
      z.object({
        dataset: z.string().max(64),
        table: z.string().max(130),
        key: z.array(z.union([z.string().max(200), z.number()])).min(1),
        changes: z.record(z.string().max(63), cell),
      }),
    )
    .max(100)
    .default([]),
});
const planSchema = z.object({ plan: z.unknown() });
const DOWNLOAD_RATE_LIMIT = { max: 20, timeWindowMs: 60_000 };

/** Plan, approval and results for staff; the download of an export package for the person it is for. */
export function fulfilmentRoutes(deps: { services: FulfilmentServices; journal: RequestJournal }): RouteDefinition[] {
  const { services, journal } = deps;
  const guarded = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw fulfilmentProblem(error);
    }
  };
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/requests/:id/plan',
      access: needs('requests.manage'),
      tag: 'requests',
      params: idParams,
      body: planBody,
      summary: {
        en: 'Locate the person in every system and plan the request',
        fr: 'Trouver la personne dans chaque système et planifier la demande',
      },
      responses: { 200: { description: 'The plan per system; the request awaits approval', schema: planSchema } },
      async handler({ params, body, caller, request }) {
        const plan = await guarded(() => services.plan(params.id, body, actorOf(caller)));
        await journal(request, { action: 'fulfilment.plan', subject: `request:${params.id}` });
        return { plan };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/requests/:id/plan',
      access: needs('requests.read'),
      tag: 'requests',
      params: idParams,
      summary: { en: 'The plan of a request and its results', fr: 'Le plan d’une demande et ses résultats' },
      responses: {
        200: { description: 'The plan, and what each system did', schema: planSchema.extend({ results: z.unknown() }) },
      },
      async handler({ params, request }) {
        const plan = await guarded(() => services.view(params.id));
        const results = await guarded(() => services.results(params.id));
        await journal(request, { action: 'fulfilment.read_plan', subject: `request:${params.id}` });
        return { plan, results };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/requests/:id/approval',
      access: needs('requests.approve'),
      tag: 'requests',
      params: idParams,
      summary: { en: 'Approve the plan and carry it out', fr: 'Approuver le plan et l’exécuter' },
      responses: { 202: { description: 'Queued (once per request)', schema: z.object({ queued: z.boolean() }) } },
      async handler({ params, caller, request }) {
        const job = await guarded(() => services.approve(params.id, actorOf(caller)));
        if (job.created) await journal(request, { action: 'fulfilment.approve', subject: `request:${params.id}` });
        return { queued: job.created };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/downloads',
      access: PUBLIC,
      rateLimit: DOWNLOAD_RATE_LIMIT,
      tag: 'requests',
      // In the body, never in the URL: a token in a URL ends up in logs and browser history.
      body: z.object({ token: z.string().min(20).max(100) }),
      summary: { en: 'Download an export package', fr: 'Télécharger une trousse de renseignements' },
      responses: { 200: { description: 'The zip', contentType: 'application/zip' } },
      async handler({ body, request, reply }) {
        const { requestId, zip } = await guarded(() => services.download(body.token));
        await journal(request, { action: 'fulfilment.download', subject: `request:${requestId}` });
        return reply
          .header('content-type', 'application/zip')
          .header('content-disposition', 'attachment; filename="renseignements-information.zip"')
          .header('cache-control', 'no-store')
          .send(zip);
      },
    }),
  ];
}
