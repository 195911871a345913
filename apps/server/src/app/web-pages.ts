import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { PROBLEM_CONTENT_TYPE, ProblemError, problemBody } from './problem.js';
import { PUBLIC_RATE_LIMIT } from './rate-limits.js';
import { requestLanguage } from './request-language.js';

const PUBLIC_PAGE = {
  access: { kind: 'public' },
  rateLimit: { max: PUBLIC_RATE_LIMIT.max, timeWindow: PUBLIC_RATE_LIMIT.timeWindowMs },
} as const;

// Vite puts a content hash in every asset's name, so an asset never changes under its URL.
const IMMUTABLE = 'public, max-age=31536000, immutable';

const notBuilt = new ProblemError({
  code: 'web.not_built',
  status: 503,
  detail: {
    fr: 'L’interface web n’est pas construite : lancez « npm run build ».',
    en: 'The web interface is not built: run "npm run build".',
  },
});

/**
 * The web app built by apps/web: the privacy center at /, /fr and /en (with its request form at /fr/demande and
 * /en/request, and the emailed link's page at /fr/verification and /en/verification, and the emailed download link's at /fr/telechargement and /en/download), the console at /console, and their
 * hashed assets. Pages are HTML shells that load their script; they carry no personal data and are not cached,
 * so a new version reaches everyone at once.
 */
export async function registerWebPages(app: FastifyInstance, webRoot: string): Promise<void> {
  await app.register(fastifyStatic, { root: webRoot, serve: false });
  const built = existsSync(join(webRoot, 'index.html'));

  const page = (file: string) => async (request: { headers: Record<string, unknown> }, reply: FastifyReply) => {
    if (!built) {
      const lang = requestLanguage(request as never);
      return reply.code(503).type(PROBLEM_CONTENT_TYPE).send(problemBody(notBuilt, lang));
    }
    return reply.header('cache-control', 'no-cache').sendFile(file, { cacheControl: false });
  };
  app.get('/', { config: PUBLIC_PAGE }, page('index.html'));
  app.get('/fr', { config: PUBLIC_PAGE }, page('index.html'));
  // The English page says so before its script runs (screen readers and search engines read the first lang).
  const english = built
    ? readFileSync(join(webRoot, 'index.html'), 'utf8').replace('<html lang="fr">', '<html lang="en">')
    : '';
  // The privacy center's other pages are the same document; its script routes by path (the request form,
  // and the pages the emailed links open: verification and download).
  for (const url of ['/fr/demande', '/fr/verification', '/fr/telechargement'])
    app.get(url, { config: PUBLIC_PAGE }, page('index.html'));
  for (const url of ['/en', '/en/request', '/en/verification', '/en/download']) {
    app.get(url, { config: PUBLIC_PAGE }, async (request, reply) => {
      if (!built) return page('index.html')(request, reply);
      return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(english);
    });
  }
  for (const url of ['/console', '/console/*']) app.get(url, { config: PUBLIC_PAGE }, page('console.html'));
  app.get('/assets/*', { config: PUBLIC_PAGE }, async (request, reply) => {
    const file = (request.params as { '*': string })['*'];
    return reply.header('cache-control', IMMUTABLE).sendFile(join('assets', file), { cacheControl: false });
  });
}
