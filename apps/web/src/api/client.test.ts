import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Lang } from '../i18n/lang.js';
import { createApiClient } from './client.js';
import { ApiError } from './problem.js';

// A real HTTP server that records what the client sent and answers as the API contract says.
interface Seen {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}
const seen: Seen[] = [];
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString();
    });
    req.on('end', () => {
      seen.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body });
      const send = (status: number, payload: unknown, type = 'application/json') => {
        res.writeHead(status, { 'content-type': type });
        res.end(payload === undefined ? undefined : JSON.stringify(payload));
      };
      if (req.url === '/api/v1/session' && req.method === 'POST') {
        send(200, { stage: 'complete', csrfToken: 'token-1', user: { id: 'u1' } });
      } else if (req.url === '/api/v1/session' && req.method === 'DELETE') {
        send(204, undefined);
      } else if (req.url === '/api/v1/users' && req.method === 'GET') {
        send(
          401,
          problemBody(401, 'auth.required', 'Connexion requise.', 'Sign-in required.'),
          'application/problem+json',
        );
      } else if (req.url === '/api/v1/api-keys' && req.method === 'POST') {
        send(201, { key: 'vk_x' });
      } else if (req.url === '/html') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<p>not json</p>');
      } else {
        send(404, problemBody(404, 'not_found', 'Introuvable.', 'Not found.'), 'application/problem+json');
      }
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  seen.length = 0;
});

function problemBody(status: number, code: string, fr: string, en: string) {
  return {
    type: `https://vigie.dev/problems/${code}`,
    title: code,
    status,
    code,
    detail: fr,
    detail_fr: fr,
    detail_en: en,
  };
}

function client(lang: Lang = 'fr') {
  return createApiClient({ language: () => lang, baseUrl });
}

describe('API client', () => {
  it('sends the reader’s language with every call, and JSON bodies as JSON', async () => {
    const api = client('en');
    await api.send('POST', '/api/v1/session', { email: 'a@b.c', password: 'p' });
    expect(seen[0]?.headers['accept-language']).toBe('en');
    expect(seen[0]?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(seen[0]?.body ?? '')).toEqual({ email: 'a@b.c', password: 'p' });
  });

  it('sends the CSRF token of the last session answer on unsafe calls only, and forgets it on sign-out', async () => {
    const api = client();
    await api.send('POST', '/api/v1/session', {});
    expect(seen[0]?.headers['x-csrf-token']).toBeUndefined();
    await api.send('POST', '/api/v1/api-keys', { name: 'k', scopes: [] });
    expect(seen[1]?.headers['x-csrf-token']).toBe('token-1');
    await api.get('/api/v1/users').catch(() => undefined);
    expect(seen[2]?.headers['x-csrf-token']).toBeUndefined();
    await api.send('DELETE', '/api/v1/session');
    await api.send('POST', '/api/v1/api-keys', { name: 'k', scopes: [] });
    expect(seen[4]?.headers['x-csrf-token']).toBeUndefined();
  });

  it('rejects with the problem in both languages, whatever language was asked', async () => {
    const error = await client('en')
      .get('/api/v1/nothing')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem).toEqual({
      status: 404,
      code: 'not_found',
      detail: { fr: 'Introuvable.', en: 'Not found.' },
      errors: [],
    });
  });

  it('tells the console when a signed-in call answers 401, but not for the session routes themselves', async () => {
    const api = client();
    let lost = 0;
    const stop = api.onSessionLost(() => {
      lost += 1;
    });
    await api.get('/api/v1/users').catch(() => undefined);
    expect(lost).toBe(1);
    stop();
    await api.get('/api/v1/users').catch(() => undefined);
    expect(lost).toBe(1);
  });

  it('turns an answer that is not JSON into an "unexpected answer" problem in both languages', async () => {
    const error = (await client()
      .get('/html')
      .catch((e: unknown) => e)) as ApiError;
    expect(error.problem.code).toBe('response.unexpected');
    expect(error.problem.status).toBe(200);
    expect(error.problem.detail.en).toMatch(/unexpected/);
  });

  it('turns a server that does not answer into a "server unreachable" problem', async () => {
    const closed = createServer();
    closed.listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const api = createApiClient({ language: () => 'fr', baseUrl: `http://127.0.0.1:${port}` });
    const error = (await api.get('/api/v1/session').catch((e: unknown) => e)) as ApiError;
    expect(error.problem.code).toBe('network.unreachable');
    expect(error.problem.detail.fr).toMatch(/serveur ne répond pas/);
  });
});
