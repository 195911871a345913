import type { FastifyReply, FastifyRequest } from 'fastify';
import { defineRoute, needs, PUBLIC, type RateLimit, type RouteDefinition } from '../../app/route.js';
import type { RequestJournal } from '../journal/journal.recorder.js';
import {
  consentBody,
  consentConfigQuery,
  consentConfigSchema,
  consentStatsQuery,
  consentStatsSchema,
  consentVerificationSchema,
  receiptCheckBody,
  receiptCheckSchema,
  receiptSchema,
} from './consent.schemas.js';
import type { ConsentServices } from './consent.services.js';

const MINUTE_MS = 60_000;
/** A consent body is a few hundred bytes: anything much larger is not one. */
const CONSENT_BODY_LIMIT = 4096;
/** Receipt checks compare a hash: a person checks a few receipts, guessing is pointless but bounded anyway. */
const RECEIPT_CHECK_RATE_LIMIT: RateLimit = { max: 30, timeWindowMs: MINUTE_MS };
/** Browsers keep the config this long before asking again (with If-None-Match): a changed declaration shows soon. */
const CONFIG_MAX_AGE_S = 300;
/** Browsers keep a preflight's answer this long (Chromium caps it at two hours). */
const PREFLIGHT_MAX_AGE_S = 7200;
/** The POST routes the banner calls from the organisation's site, with a JSON body: the browser asks first. */
const CROSS_ORIGIN_POSTS = ['/api/v1/consents', '/api/v1/consents/receipts/verify'];

interface ConsentRouteDeps {
  readonly services: ConsentServices;
  readonly journal: RequestJournal;
  readonly now: () => Date;
  /**
   * Consents and config requests per minute and address. Limits count per address, and a site's visitors share
   * addresses behind NATs and mobile carriers, so this is far above the public default (config.ts).
   */
  readonly ratePerMinute: number;
  /** Origins of the organisation's own sites (its declared website), allowed to call these routes from a browser. */
  readonly allowedOrigins: readonly string[];
}

/**
 * The consent banner's side (public: the config, recording a choice, checking a receipt) and the staff's side
 * (verifying the ledger, statistics). No route edits or deletes a record.
 */
export function consentRoutes(deps: ConsentRouteDeps): RouteDefinition[] {
  const { services } = deps;
  const rateLimit: RateLimit = { max: deps.ratePerMinute, timeWindowMs: MINUTE_MS };
  const allowed = new Set(deps.allowedOrigins);
  // Cross-origin reads of the answers by the organisation's own sites, where the banner runs.
  const allowOrigin = (request: FastifyRequest, reply: FastifyReply) => {
    const origin = request.headers.origin;
    reply.header('vary', 'origin');
    if (origin !== undefined && allowed.has(origin)) reply.header('access-control-allow-origin', origin);
  };
  // A JSON POST from another origin is preceded by an OPTIONS preflight: answered for the declared sites only, with
  // nothing but what the banner sends (no credentials: the ledger never reads cookies).
  const preflights = CROSS_ORIGIN_POSTS.map((url) =>
    defineRoute({
      method: 'OPTIONS',
      url,
      access: PUBLIC,
      rateLimit,
      tag: 'consents',
      summary: {
        en: 'CORS preflight for the consent banner',
        fr: 'Contrôle CORS préalable du bandeau de consentement',
      },
      responses: { 204: { description: 'Allowed for the organisation’s declared sites' } },
      async handler({ request, reply }) {
        allowOrigin(request, reply);
        if (reply.hasHeader('access-control-allow-origin')) {
          reply.header('access-control-allow-methods', 'POST');
          reply.header('access-control-allow-headers', 'content-type');
          reply.header('access-control-max-age', String(PREFLIGHT_MAX_AGE_S));
        }
        return undefined;
      },
    }),
  );
  return [
    ...preflights,
    defineRoute({
      method: 'GET',
      url: '/api/v1/consent/config',
      access: PUBLIC,
      rateLimit,
      tag: 'consents',
      query: consentConfigQuery,
      summary: {
        en: 'The consent banner’s configuration, from the declaration',
        fr: 'La configuration du bandeau de consentement, tirée de la déclaration',
      },
      responses: {
        200: { description: 'The config (ETag; 304 when If-None-Match matches)', schema: consentConfigSchema },
      },
      async handler({ query, request, reply }) {
        const { config, etag } = services.config(query.lang);
        allowOrigin(request, reply);
        reply.header('etag', etag);
        reply.header('cache-control', `public, max-age=${CONFIG_MAX_AGE_S}`);
        const match = request.headers['if-none-match'];
        if (match?.split(',').some((tag) => tag.trim() === etag)) {
          return reply.code(304).send();
        }
        return config;
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/consents',
      access: PUBLIC,
      rateLimit,
      bodyLimit: CONSENT_BODY_LIMIT,
      tag: 'consents',
      body: consentBody,
      summary: { en: 'Record a visitor’s consent choice', fr: 'Enregistrer le choix de consentement d’un visiteur' },
      responses: { 201: { description: 'Durably recorded; the receipt to keep', schema: receiptSchema } },
      async handler({ body, request, reply }) {
        allowOrigin(request, reply);
        const receipt = await services.record(body, { ip: request.ip, userAgent: request.headers['user-agent'] });
        return { receipt };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/consents/receipts/verify',
      access: PUBLIC,
      rateLimit: RECEIPT_CHECK_RATE_LIMIT,
      bodyLimit: CONSENT_BODY_LIMIT,
      tag: 'consents',
      body: receiptCheckBody,
      summary: {
        en: 'Check a consent receipt against the ledger',
        fr: 'Vérifier un reçu de consentement auprès du registre',
      },
      responses: { 200: { description: 'Whether the receipt is valid', schema: receiptCheckSchema } },
      async handler({ body, request, reply }) {
        allowOrigin(request, reply);
        return services.checkReceipt(body.id, body.hash);
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/consents/verification',
      access: needs('journal.read'),
      tag: 'consents',
      summary: {
        en: 'Re-computes the consent ledger and checks it against the signed journal',
        fr: 'Recalcule le registre des consentements et le contrôle avec le journal signé',
      },
      responses: { 200: { description: 'The verification result', schema: consentVerificationSchema } },
      async handler({ request }) {
        const report = await services.verify();
        await deps.journal(request, { action: 'consents.verify' });
        return { ...report, verifiedAt: deps.now().toISOString() };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/consents/stats',
      access: needs('consents.read'),
      tag: 'consents',
      query: consentStatsQuery,
      summary: {
        en: 'Accept, refuse and custom choices per day, category and notice version',
        fr: 'Acceptations, refus et choix personnalisés par jour, catégorie et version de la politique',
      },
      responses: { 200: { description: 'Counts', schema: consentStatsSchema } },
      async handler({ query }) {
        return services.stats(query.from, query.to);
      },
    }),
  ];
}

/** The origin (scheme, host, port) of a declared website, as browsers send it in the Origin header. */
export function originOf(url: string | undefined): string[] {
  if (url === undefined) return [];
  try {
    return [new URL(url).origin];
  } catch {
    return [];
  }
}
