import type { FastifyInstance } from 'fastify';
import type * as z from 'zod';
import { ProblemError, type ProblemFieldError } from './problem.js';
import { PUBLIC_RATE_LIMIT } from './rate-limits.js';
import { keepRawBody } from './raw-body.js';
import { requestLanguage } from './request-language.js';
import type { RouteDefinition } from './route.js';

function invalid(where: 'body' | 'query' | 'params', error: z.ZodError): ProblemError {
  const errors: ProblemFieldError[] = error.issues.map((issue) => {
    const path = [where, ...issue.path.map(String)].join('.');
    return { path, message: { fr: frenchIssue(issue), en: issue.message } };
  });
  return new ProblemError({
    code: 'http.invalid_request',
    status: 400,
    detail: {
      fr: `La requête est invalide : ${errors.map((e) => `${e.path} (${e.message.fr})`).join(' ; ')}.`,
      en: `The request is invalid: ${errors.map((e) => `${e.path} (${e.message.en})`).join('; ')}.`,
    },
    errors,
  });
}

/** zod's messages are English; the API's field errors say the same in French for the common cases. */
function frenchIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `type attendu : ${issue.expected}`;
    case 'too_small':
      return `trop court ou trop petit (minimum ${String(issue.minimum)})`;
    case 'too_big':
      return `trop long ou trop grand (maximum ${String(issue.maximum)})`;
    case 'invalid_format':
      return `format invalide (${issue.format})`;
    case 'invalid_value':
      return `valeur non permise (valeurs permises : ${issue.values.map(String).join(', ')})`;
    case 'unrecognized_keys':
      return `champ inconnu : ${issue.keys.join(', ')}`;
    default:
      return 'valeur invalide';
  }
}

function parse<T>(schema: z.ZodType<T> | undefined, value: unknown, where: 'body' | 'query' | 'params'): T {
  if (schema === undefined) return undefined as T;
  const parsed = schema.safeParse(value ?? (where === 'body' ? undefined : {}));
  if (!parsed.success) throw invalid(where, parsed.error);
  return parsed.data;
}

function successStatus(route: RouteDefinition): number {
  const statuses = Object.keys(route.responses).map(Number);
  return statuses.find((status) => status >= 200 && status < 300) ?? 200;
}

/**
 * Registers the routes with their access rule in the route config (read by access.ts before anything else runs),
 * the rate limit of public routes, and zod validation of params, query and body. Validation errors name each
 * field in both languages.
 */
export function registerRoutes(app: FastifyInstance, routes: readonly RouteDefinition[]): void {
  for (const route of routes) {
    const limit = route.rateLimit ?? (route.access.kind === 'public' ? PUBLIC_RATE_LIMIT : undefined);
    const status = successStatus(route);
    app.route({
      method: route.method,
      url: route.url,
      ...(route.bodyLimit === undefined ? {} : { bodyLimit: route.bodyLimit }),
      ...(route.rawBody === true
        ? { preParsing: keepRawBody(route.bodyLimit ?? app.initialConfig.bodyLimit ?? 0) }
        : {}),
      config: {
        access: route.access,
        ...(limit === undefined ? {} : { rateLimit: { max: limit.max, timeWindow: limit.timeWindowMs } }),
      },
      handler: async (request, reply) => {
        const params = parse(route.params, request.params, 'params');
        const query = parse(route.query, request.query, 'query');
        const body = parse(route.body, request.body, 'body');
        const result = await route.handler({
          body,
          query,
          params,
          caller: request.caller,
          lang: requestLanguage(request),
          request,
          reply,
        });
        if (reply.sent) return reply;
        if (reply.statusCode === 200) reply.code(status);
        return status === 204 ? reply.send() : result;
      },
    });
  }
}
