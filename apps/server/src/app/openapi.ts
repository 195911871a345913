import * as z from 'zod';
import { PERMISSIONS } from './permissions.js';
import type { RouteDefinition } from './route.js';

type JsonObject = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonObject {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonObject;
  return rest;
}

/** Fastify's `:id` path parameters in OpenAPI's `{id}` form. */
function openApiPath(url: string): string {
  return url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

function parameters(route: RouteDefinition): JsonObject[] {
  const out: JsonObject[] = [];
  for (const [where, schema] of [
    ['path', route.params],
    ['query', route.query],
  ] as const) {
    if (schema === undefined) continue;
    const object = jsonSchema(schema, 'input');
    const properties = (object.properties ?? {}) as Record<string, JsonObject>;
    const required = new Set((object.required ?? []) as string[]);
    for (const [name, property] of Object.entries(properties)) {
      out.push({ name, in: where, required: where === 'path' || required.has(name), schema: property });
    }
  }
  return out;
}

function security(route: RouteDefinition): JsonObject[] {
  if (route.access.kind === 'public') return [];
  if (route.access.kind === 'signing_in') return [{ session: [] }];
  const scope = PERMISSIONS[route.access.permission];
  return scope.apiKeyScope ? [{ session: [] }, { apiKey: [route.access.permission] }] : [{ session: [] }];
}

function accessNote(route: RouteDefinition): string {
  const { access } = route;
  if (access.kind === 'public') return 'Public (rate-limited per address).';
  if (access.kind === 'signing_in') return 'A staff session at any sign-in stage.';
  const rule = PERMISSIONS[access.permission];
  const machines = rule.apiKeyScope ? ` or an API key with scope \`${access.permission}\`` : '';
  return `Permission \`${access.permission}\`: roles ${rule.roles.join(', ')}${machines}.`;
}

/**
 * OpenAPI 3.1 from the route table: the same zod schemas that validate requests describe them, so the document
 * cannot drift from the code. JSON Schema 2020-12 is OpenAPI 3.1's own dialect.
 */
export function buildOpenApi(routes: readonly RouteDefinition[], version: string): JsonObject {
  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const route of routes) {
    const path = openApiPath(route.url);
    const responses: Record<string, JsonObject> = {};
    for (const [status, response] of Object.entries(route.responses)) {
      const type = response.contentType ?? 'application/json';
      responses[status] = {
        description: response.description,
        ...(response.schema === undefined && response.contentType === undefined
          ? {}
          : {
              content: {
                [type]: response.schema === undefined ? {} : { schema: jsonSchema(response.schema, 'output') },
              },
            }),
      };
    }
    responses.default = {
      description: 'An error (RFC 9457 problem+json with a stable `code`).',
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
    };
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = {
      summary: route.summary.en,
      description: `${route.summary.fr}\n\n${accessNote(route)}`,
      tags: [route.tag],
      operationId: `${route.method.toLowerCase()}${path.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? '').toUpperCase())}`,
      security: security(route),
      parameters: parameters(route),
      ...(route.body === undefined
        ? {}
        : {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchema(route.body, 'input') } },
            },
          }),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Vigie API',
      version,
      description:
        'Privacy operations for health and insurance organisations. Staff sign in with a session cookie ' +
        '(and send `x-csrf-token` on unsafe methods); machines use API keys as Bearer tokens.',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'vigie_session' },
        apiKey: { type: 'http', scheme: 'bearer', description: 'An API key (`vk_…`) with the listed scope.' },
      },
      schemas: {
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status', 'code', 'detail'],
          properties: {
            type: { type: 'string', format: 'uri' },
            title: { type: 'string' },
            status: { type: 'integer' },
            code: { type: 'string', description: 'Stable error code, e.g. auth.invalid_credentials' },
            detail: { type: 'string' },
            detail_fr: { type: 'string' },
            detail_en: { type: 'string' },
            errors: {
              type: 'array',
              items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } },
            },
          },
        },
      },
    },
  };
}
