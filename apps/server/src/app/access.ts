import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ANONYMOUS, type Caller, type CallerResolver } from './caller.js';
import { PERMISSIONS, roleHas } from './permissions.js';
import { ProblemError } from './problem.js';
import type { Access } from './route.js';

export const SESSION_COOKIE = 'vigie_session';
const CSRF_HEADER = 'x-csrf-token';
const BEARER = /^Bearer\s+(\S+)$/i;
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller;
  }
  interface FastifyContextConfig {
    access?: Access;
  }
}

const unauthenticated = new ProblemError({
  code: 'auth.unauthenticated',
  status: 401,
  detail: { fr: 'Connectez-vous pour accéder à cette ressource.', en: 'Sign in to access this resource.' },
});
const secondFactorRequired = new ProblemError({
  code: 'auth.second_factor_required',
  status: 401,
  detail: {
    fr: 'Terminez la connexion avec votre code de vérification en deux étapes.',
    en: 'Finish signing in with your two-step verification code.',
  },
});
const forbidden = new ProblemError({
  code: 'auth.forbidden',
  status: 403,
  detail: { fr: 'Votre rôle ne permet pas cette action.', en: 'Your role does not allow this action.' },
});
const noAccessRule = new ProblemError({
  code: 'auth.no_access_rule',
  status: 403,
  detail: {
    fr: 'Cette route ne déclare pas qui peut l’appeler : elle est refusée à tous.',
    en: 'This route does not declare who may call it, so it is refused to everyone.',
  },
});
const csrfMismatch = new ProblemError({
  code: 'auth.csrf_mismatch',
  status: 403,
  detail: {
    fr: 'Jeton anti-falsification (CSRF) absent ou invalide : rechargez la page.',
    en: 'Missing or invalid anti-forgery (CSRF) token: reload the page.',
  },
});

async function resolveCaller(request: FastifyRequest, resolver: CallerResolver): Promise<Caller> {
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    const key = BEARER.exec(authorization)?.[1];
    // A malformed or unknown key is an error, not a fall-back to anonymous: a machine must learn its key is bad.
    const caller = key === undefined ? undefined : await resolver.fromApiKey(key);
    if (caller === undefined) throw unauthenticated;
    return caller;
  }
  const token = request.cookies[SESSION_COOKIE];
  if (token === undefined || token === '') return ANONYMOUS;
  return (await resolver.fromSessionToken(token)) ?? ANONYMOUS;
}

/** Whether `caller` may use a route with `access`; throws the problem to answer when not. */
function assertAccess(access: Access | undefined, caller: Caller): void {
  if (access === undefined) throw noAccessRule;
  if (access.kind === 'public') return;
  if (caller.kind === 'anonymous') throw unauthenticated;
  if (access.kind === 'signing_in') {
    if (caller.kind !== 'user') throw forbidden;
    return;
  }
  if (caller.kind === 'user') {
    if (caller.stage !== 'complete') throw secondFactorRequired;
    if (!roleHas(caller.role, access.permission)) throw forbidden;
    return;
  }
  const scope = PERMISSIONS[access.permission];
  if (!scope.apiKeyScope || !caller.scopes.includes(access.permission)) throw forbidden;
}

/**
 * Deny by default: every request resolves its caller, then must pass the access rule of its route. A route with no
 * rule is refused to everyone; only an unknown URL goes on to the 404 answer. Session callers must also send the
 * CSRF token with every unsafe method (the cookie is SameSite=Strict as well; the token covers older browsers
 * and same-site attackers).
 */
export function registerAccessControl(app: FastifyInstance, resolver: CallerResolver): void {
  // Fastify 5 refuses object defaults (they would be shared by every request): null here, set by the hook.
  app.decorateRequest('caller', null as never);
  app.addHook('onRequest', async (request) => {
    request.caller = ANONYMOUS;
    if (request.is404) return;
    request.caller = await resolveCaller(request, resolver);
    const access = request.routeOptions.config.access;
    assertAccess(access, request.caller);
    if (access?.kind !== 'public' && request.caller.kind === 'user' && UNSAFE_METHODS.has(request.method)) {
      const token = request.headers[CSRF_HEADER];
      if (typeof token !== 'string' || !resolver.csrfTokenMatches(request.caller.sessionId, token)) throw csrfMismatch;
    }
  });
}
