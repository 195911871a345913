import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { ProblemError } from './problem.js';
import type { RateLimit } from './route.js';

const MINUTE_MS = 60_000;

/**
 * Public routes are limited per address; signed-in routes are not (a session already costs an argon2 sign-in
 * and a second factor, and the staff console makes bursts of reads). A page of the privacy center loads a
 * handful of files: 300 a minute leaves room for a family behind one NAT address.
 */
export const PUBLIC_RATE_LIMIT: RateLimit = { max: 300, timeWindowMs: MINUTE_MS };

/** Password and code guessing: per address on top of the per-account lock-out in the auth module. */
export const SIGN_IN_RATE_LIMIT: RateLimit = { max: 10, timeWindowMs: MINUTE_MS };

/**
 * In-memory counters: with several processes behind a load balancer each counts its own share, which still
 * bounds guessing per process; the per-account lock-out is in the store and shared.
 */
export async function registerRateLimits(app: FastifyInstance): Promise<void> {
  await app.register(rateLimit, {
    global: false,
    // What this returns is thrown: the error handler writes it as problem+json like any other ProblemError.
    errorResponseBuilder(_request, context) {
      const seconds = Math.ceil(context.ttl / 1000);
      return new ProblemError({
        code: 'http.rate_limited',
        status: 429,
        detail: {
          fr: `Trop de requêtes depuis votre adresse : réessayez dans ${seconds} s.`,
          en: `Too many requests from your address: try again in ${seconds} s.`,
        },
      });
    },
  });
}
