import * as z from 'zod';
import type { UserCaller } from '../../app/caller.js';
import { API_KEY_SCOPES, PERMISSIONS } from '../../app/permissions.js';
import { ProblemError } from '../../app/problem.js';
import { defineRoute, needs, type RouteDefinition } from '../../app/route.js';
import type { RequestJournal } from '../journal/journal.recorder.js';
import { apiKeySchema, apiKeyScopeSchema, newApiKeyBody } from './auth.schemas.js';
import type { AuthServices } from './auth.services.js';

const notFound = new ProblemError({
  code: 'api_keys.not_found',
  status: 404,
  detail: { fr: 'Aucune clé d’API active avec cet identifiant.', en: 'No active API key with this id.' },
});
const expiryInPast = new ProblemError({
  code: 'api_keys.expiry_in_past',
  status: 422,
  detail: { fr: 'La date d’expiration doit être dans le futur.', en: 'The expiry date must be in the future.' },
  errors: [{ path: 'body.expiresAt', message: { fr: 'date passée', en: 'date in the past' } }],
});

/** Machine credentials: created with scopes, shown once, revocable; only their hash is stored. */
export function apiKeysRoutes(deps: {
  readonly auth: AuthServices;
  readonly journal: RequestJournal;
  readonly now: () => Date;
}): RouteDefinition[] {
  const { auth, journal } = deps;
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/api-keys/scopes',
      access: needs('api_keys.manage'),
      tag: 'api keys',
      summary: { en: 'The scopes an API key can hold', fr: 'Les portées qu’une clé d’API peut détenir' },
      responses: {
        200: {
          description: 'Scopes with their meaning',
          schema: z.object({ scopes: z.array(apiKeyScopeSchema) }),
        },
      },
      async handler() {
        return { scopes: API_KEY_SCOPES.map((id) => ({ id, description: PERMISSIONS[id].description })) };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/api-keys',
      access: needs('api_keys.manage'),
      tag: 'api keys',
      summary: { en: 'API keys', fr: 'Clés d’API' },
      responses: {
        200: { description: 'Every key, revoked ones included', schema: z.object({ apiKeys: z.array(apiKeySchema) }) },
      },
      async handler() {
        return { apiKeys: await auth.apiKeys.listApiKeys() };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/api-keys',
      access: needs('api_keys.manage'),
      tag: 'api keys',
      body: newApiKeyBody,
      summary: { en: 'Create an API key (shown once)', fr: 'Créer une clé d’API (affichée une seule fois)' },
      responses: {
        201: {
          description: 'The key, which is not stored and cannot be shown again',
          schema: z.object({ apiKey: apiKeySchema, key: z.string() }),
        },
      },
      async handler({ body, caller, request }) {
        const expiresAt = body.expiresAt === undefined ? undefined : new Date(body.expiresAt);
        if (expiresAt !== undefined && expiresAt <= deps.now()) throw expiryInPast;
        const { key, record } = await auth.apiKeys.createApiKey({
          name: body.name,
          scopes: [...new Set(body.scopes)],
          createdBy: (caller as UserCaller).userId,
          ...(expiresAt === undefined ? {} : { expiresAt }),
        });
        await journal(request, { action: 'api_keys.create', subject: `api_key:${record.id}` });
        return { apiKey: record, key };
      },
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/api-keys/:id',
      access: needs('api_keys.manage'),
      tag: 'api keys',
      params: z.object({ id: z.string().min(1).max(64) }),
      summary: { en: 'Revoke an API key', fr: 'Révoquer une clé d’API' },
      responses: { 204: { description: 'Revoked' } },
      async handler({ params, request }) {
        if (!(await auth.apiKeys.revokeApiKey(params.id))) throw notFound;
        await journal(request, { action: 'api_keys.revoke', subject: `api_key:${params.id}` });
        return undefined;
      },
    }),
  ];
}
