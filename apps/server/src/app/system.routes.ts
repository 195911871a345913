import * as z from 'zod';
import { DOCS_CSS, renderDocsPage } from './docs-page.js';
import type { Metrics } from './metrics.js';
import { buildOpenApi } from './openapi.js';
import { defineRoute, needs, PUBLIC, type RouteDefinition } from './route.js';

const health = z.object({ status: z.enum(['ok', 'degraded']), database: z.enum(['ok', 'unreachable']) });

/**
 * The routes every deployment has: health for load balancers, metrics for Prometheus (an API key with the
 * metrics.read scope, so request counts are not public), and the API's own description.
 */
export function systemRoutes(deps: {
  readonly apiRoutes: readonly RouteDefinition[];
  readonly version: string;
  readonly metrics: Metrics;
  readonly databaseReachable: () => Promise<boolean>;
}): RouteDefinition[] {
  let openapi: Record<string, unknown> | undefined;
  const document = () => {
    openapi ??= buildOpenApi([...deps.apiRoutes, ...routes], deps.version);
    return openapi;
  };
  const routes: RouteDefinition[] = [
    defineRoute({
      method: 'GET',
      url: '/healthz',
      access: PUBLIC,
      tag: 'system',
      summary: { en: 'Whether the server and its store answer', fr: 'Le serveur et sa base répondent-ils' },
      responses: {
        200: { description: 'Healthy', schema: health },
        503: { description: 'The store does not answer', schema: health },
      },
      async handler({ reply }) {
        const ok = await deps.databaseReachable();
        if (!ok) reply.code(503);
        return { status: ok ? 'ok' : 'degraded', database: ok ? 'ok' : 'unreachable' };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/metrics',
      access: needs('metrics.read'),
      tag: 'system',
      summary: { en: 'Prometheus metrics', fr: 'Métriques Prometheus' },
      responses: { 200: { description: 'Prometheus text format 0.0.4', contentType: 'text/plain' } },
      async handler({ reply }) {
        return reply.type('text/plain; version=0.0.4; charset=utf-8').send(deps.metrics.render());
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/openapi.json',
      access: PUBLIC,
      tag: 'system',
      summary: { en: 'This API as OpenAPI 3.1', fr: 'Cette API au format OpenAPI 3.1' },
      responses: { 200: { description: 'The OpenAPI document', contentType: 'application/json' } },
      async handler() {
        return document();
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/docs',
      access: PUBLIC,
      tag: 'system',
      query: z.object({ lang: z.enum(['fr', 'en']).optional() }),
      summary: { en: 'Readable API reference', fr: 'Référence lisible de l’API' },
      responses: { 200: { description: 'HTML page', contentType: 'text/html' } },
      async handler({ reply, query, lang }) {
        const { lang: asked } = query as { lang?: 'fr' | 'en' };
        return reply.type('text/html; charset=utf-8').send(renderDocsPage(document(), asked ?? lang));
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/docs.css',
      access: PUBLIC,
      tag: 'system',
      summary: { en: 'Stylesheet of the API reference', fr: 'Feuille de style de la référence de l’API' },
      responses: { 200: { description: 'CSS', contentType: 'text/css' } },
      async handler({ reply }) {
        return reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(DOCS_CSS);
      },
    }),
  ];
  return routes;
}
