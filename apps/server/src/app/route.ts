import type { Localized } from '@vigie/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type * as z from 'zod';
import type { Caller } from './caller.js';
import type { Permission } from './permissions.js';

/**
 * Who may call a route. There is no default: a route registered without one is refused to everyone (access.ts),
 * and the deny-by-default test walks every route with every role.
 * - public: anyone, rate-limited per address;
 * - signing_in: a staff session at any stage (the second-factor steps, the session itself, sign-out);
 * - permission: a session that passed its second factor and whose role has the permission, or an API key that
 *   holds it as a scope.
 */
export type Access =
  | { readonly kind: 'public' }
  | { readonly kind: 'signing_in' }
  | { readonly kind: 'permission'; readonly permission: Permission };

export const PUBLIC: Access = { kind: 'public' };
export const SIGNING_IN: Access = { kind: 'signing_in' };
export function needs(permission: Permission): Access {
  return { kind: 'permission', permission };
}

// OPTIONS: the CORS preflight of the public routes a browser calls from the organisation's own site (consents).
export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE' | 'OPTIONS';

/** Requests per window and address, for public routes (see rate-limits.ts). */
export interface RateLimit {
  readonly max: number;
  readonly timeWindowMs: number;
}

export interface RouteInput<B, Q, P> {
  readonly body: B;
  readonly query: Q;
  readonly params: P;
  readonly caller: Caller;
  readonly lang: 'fr' | 'en';
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
}

export interface RouteResponse {
  readonly description: string;
  /** The JSON body; absent for 204 and for non-JSON answers (described by contentType). */
  readonly schema?: z.ZodType;
  readonly contentType?: string;
}

/**
 * One API route: its contract (zod schemas, shared with the web client and the CLI, and published as OpenAPI),
 * who may call it, and what it does. The handler returns the body to send (the status defaults to the first
 * 2xx response declared), or sends the reply itself.
 */
export interface RouteDefinition<B = unknown, Q = unknown, P = unknown> {
  readonly method: HttpMethod;
  readonly url: string;
  readonly access: Access;
  readonly summary: Localized;
  readonly tag: string;
  readonly body?: z.ZodType<B>;
  readonly query?: z.ZodType<Q>;
  readonly params?: z.ZodType<P>;
  readonly responses: Readonly<Record<number, RouteResponse>>;
  readonly rateLimit?: RateLimit;
  /** Bytes of body allowed, for the few routes that take files; the app's small default otherwise. */
  readonly bodyLimit?: number;
  /** Keep the body's bytes as received (rawBodyOf), for a route that checks a signature over them. */
  readonly rawBody?: boolean;
  handler(input: RouteInput<B, Q, P>): Promise<unknown>;
}

/** Keeps the body, query and params types of a route tied to its schemas. */
export function defineRoute<B = undefined, Q = undefined, P = undefined>(
  route: RouteDefinition<B, Q, P>,
): RouteDefinition {
  return route as unknown as RouteDefinition;
}
