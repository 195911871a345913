import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerAccessControl } from './access.js';
import type { CallerResolver } from './caller.js';
import { registerConsentSdkFiles } from './consent-sdk-files.js';
import { registerErrorHandling } from './error-handler.js';
import { type LogStream, loggerOptions } from './logger.js';
import { createMetrics, registerMetrics } from './metrics.js';
import { registerRateLimits } from './rate-limits.js';
import { registerRoutes } from './register-routes.js';
import type { RouteDefinition } from './route.js';
import { recordRoutes } from './route-table.js';
import { registerSecurityHeaders } from './security-headers.js';
import { systemRoutes } from './system.routes.js';
import { registerWebPages } from './web-pages.js';

// JSON bodies of this API are small forms; uploads (proofs of identity, issue #4) get their own limit and route.
const BODY_LIMIT_BYTES = 64 * 1024;
// Slow clients cannot hold a connection open forever (slowloris).
const REQUEST_TIMEOUT_MS = 30_000;

interface AppOptions {
  readonly routes: readonly RouteDefinition[];
  readonly resolver: CallerResolver;
  readonly webRoot: string;
  /** packages/consent/dist: the consent SDK the organisation's sites load from Vigie. */
  readonly sdkRoot: string;
  /** Requests per minute and address for the SDK's files: the consent routes' limit. */
  readonly sdkRatePerMinute: number;
  readonly version: string;
  readonly hsts: boolean;
  readonly logLevel: string;
  readonly logStream?: LogStream;
  readonly databaseReachable: () => Promise<boolean>;
  /** Addresses of reverse proxies whose X-Forwarded-For is believed (none: the socket address is the caller's). */
  readonly trustedProxies?: readonly string[];
}

/**
 * The HTTP application: security headers, error handling, access control and rate limits first, then the routes.
 * Nothing here opens the store or reads config: main.ts builds the dependencies and passes them in, so tests
 * build the same app over a test store.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(options.logLevel, options.logStream),
    bodyLimit: BODY_LIMIT_BYTES,
    requestTimeout: REQUEST_TIMEOUT_MS,
    trustProxy: options.trustedProxies === undefined ? false : [...options.trustedProxies],
    return503OnClosing: true,
  });
  recordRoutes(app);
  const metrics = createMetrics();
  registerSecurityHeaders(app, { hsts: options.hsts });
  registerErrorHandling(app);
  registerMetrics(app, metrics);
  await app.register(cookie);
  await registerRateLimits(app);
  registerAccessControl(app, options.resolver);
  registerRoutes(app, [
    ...options.routes,
    ...systemRoutes({
      apiRoutes: options.routes,
      version: options.version,
      metrics,
      databaseReachable: options.databaseReachable,
    }),
  ]);
  await registerWebPages(app, options.webRoot);
  registerConsentSdkFiles(app, options.sdkRoot, options.sdkRatePerMinute);
  return app;
}
