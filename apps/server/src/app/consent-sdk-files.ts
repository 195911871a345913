import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { PROBLEM_CONTENT_TYPE, ProblemError, problemBody } from './problem.js';
import { requestLanguage } from './request-language.js';

/** The files of packages/consent/dist an organisation's site may load from Vigie, and their types. */
const SDK_FILES: Readonly<Record<string, string>> = {
  'vigie-consent.js': 'text/javascript; charset=utf-8',
  'vigie-consent.fr.js': 'text/javascript; charset=utf-8',
  'vigie-consent.en.js': 'text/javascript; charset=utf-8',
  'vigie-consent.nocss.js': 'text/javascript; charset=utf-8',
  'vigie-consent-stub.js': 'text/javascript; charset=utf-8',
  'vigie-consent.css': 'text/css; charset=utf-8',
};

// Unhashed names: a new version must reach sites within the hour; revalidation by ETag costs a 304.
const CACHE = 'public, max-age=3600';

const notBuilt = new ProblemError({
  code: 'consent.sdk_not_built',
  status: 503,
  detail: {
    fr: 'Le SDK de consentement n’est pas construit : lancez « npm run build ».',
    en: 'The consent SDK is not built: run "npm run build".',
  },
});

/**
 * The consent SDK, served to the organisation's own sites (`<script src="https://vigie…/sdk/vigie-consent.fr.js">`).
 * Other sites embed these files, so they are the only responses whose Cross-Origin-Resource-Policy is
 * `cross-origin`; they hold no personal data. Read once at start-up: a few kilobytes.
 */
export function registerConsentSdkFiles(app: FastifyInstance, sdkRoot: string, ratePerMinute: number): void {
  const files = new Map<string, Buffer>();
  for (const name of Object.keys(SDK_FILES)) {
    const path = join(sdkRoot, name);
    if (existsSync(path)) files.set(name, readFileSync(path));
  }
  // Limited per address like the consent routes (a site's visitors share addresses behind NATs), not like pages.
  const config = { access: { kind: 'public' }, rateLimit: { max: ratePerMinute, timeWindow: 60_000 } } as const;
  app.get('/sdk/:file', { config }, async (request, reply) => {
    const name = (request.params as { file: string }).file;
    const type = SDK_FILES[name];
    if (type === undefined) return reply.callNotFound();
    const body = files.get(name);
    if (body === undefined)
      return reply
        .code(503)
        .type(PROBLEM_CONTENT_TYPE)
        .send(problemBody(notBuilt, requestLanguage(request)));
    return reply
      .header('cache-control', CACHE)
      .header('cross-origin-resource-policy', 'cross-origin')
      .type(type)
      .send(body);
  });
}
