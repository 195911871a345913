import type { FastifyInstance } from 'fastify';
import type { Access } from './route.js';

/** A route as Fastify registered it, whatever registered it (our route table, the web pages, a plugin). */
export interface RegisteredRoute {
  readonly method: string;
  readonly url: string;
  readonly access: Access | undefined;
  /** Whether the route has a rate limit of its own (every public route must). */
  readonly rateLimited: boolean;
}

const tables = new WeakMap<FastifyInstance, RegisteredRoute[]>();

/**
 * Records every route as it is registered, so the deny-by-default test walks what the server really serves, not
 * a list that could forget a route added by hand or by a plugin.
 */
export function recordRoutes(app: FastifyInstance): void {
  const table: RegisteredRoute[] = [];
  tables.set(app, table);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods)
      table.push({
        method,
        url: route.url,
        access: route.config?.access,
        rateLimited: route.config?.rateLimit !== undefined,
      });
  });
}

export function routeTable(app: FastifyInstance): readonly RegisteredRoute[] {
  return tables.get(app) ?? [];
}
