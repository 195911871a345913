import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteTarget } from '../db/test-support/store-targets.js';
import { routeTable } from './route-table.js';
import { CONTENT_SECURITY_POLICY } from './security-headers.js';
import { startTestServer, TEST_PASSWORD, type TestServer } from './test-support/test-server.js';

const logLines: string[] = [];
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(sqliteTarget, {
    logStream: { write: (line) => logLines.push(line) },
    logLevel: 'info',
  });
});
afterAll(() => server?.dispose());

describe('every response', () => {
  it('carries the security headers, on success, error and unknown URLs alike', async () => {
    for (const url of ['/healthz', '/api/v1/users', '/no/such/page', '/api/openapi.json']) {
      const response = await server.app.inject({ url });
      expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      // The test server listens on loopback: no HSTS there.
      expect(response.headers['strict-transport-security']).toBeUndefined();
    }
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
  });

  it('answers errors as RFC 9457 problem+json in the language asked, with both languages of the detail', async () => {
    const fr = await server.app.inject({ url: '/api/v1/users' });
    expect(fr.statusCode).toBe(401);
    expect(fr.headers['content-type']).toContain('application/problem+json');
    expect(fr.json()).toMatchObject({
      type: 'https://vigie.dev/problems/auth.unauthenticated',
      status: 401,
      code: 'auth.unauthenticated',
      title: 'Authentification requise',
      detail: 'Connectez-vous pour accéder à cette ressource.',
      detail_en: 'Sign in to access this resource.',
    });
    const en = await server.app.inject({ url: '/nothing-here', headers: { 'accept-language': 'en-CA,en;q=0.8' } });
    expect(en.json()).toMatchObject({ status: 404, code: 'http.not_found', title: 'Not found' });
  });

  it('names each invalid field of a request body', async () => {
    const response = await server.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: 42 } });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.code).toBe('http.invalid_request');
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['body.email', 'body.password']);
  });

  it('refuses a body over the size limit, malformed JSON and non-JSON content', async () => {
    const big = await server.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(100_000) }),
    });
    expect([big.statusCode, big.json().code]).toEqual([413, 'http.body_too_large']);
    const malformed = await server.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":',
    });
    expect([malformed.statusCode, malformed.json().code]).toEqual([400, 'http.invalid_json']);
    // A form post (what a cross-site page can send without a preflight) is not accepted at all.
    const form = await server.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'email=a@b.c&password=x',
    });
    expect([form.statusCode, form.json().code]).toEqual([415, 'http.unsupported_media_type']);
  });
});

describe('sessions', () => {
  it('sets an httpOnly, SameSite=Strict cookie and refuses unsafe requests without the CSRF token', async () => {
    const owner = await server.signedIn('owner');
    const login = await server.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: owner.email, password: TEST_PASSWORD },
    });
    const cookie = login.cookies.find((c) => c.name === 'vigie_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    const withoutToken = await server.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: owner.cookie },
      payload: { email: 'x@example.org', displayName: 'X', role: 'agent', password: TEST_PASSWORD },
    });
    expect([withoutToken.statusCode, withoutToken.json().code]).toEqual([403, 'auth.csrf_mismatch']);
    const wrongToken = await server.app.inject({
      method: 'DELETE',
      url: '/api/v1/session',
      headers: { cookie: owner.cookie, 'x-csrf-token': 'forged' },
    });
    expect(wrongToken.statusCode).toBe(403);
    // Reads need no token.
    const read = await server.app.inject({ url: '/api/v1/users', headers: { cookie: owner.cookie } });
    expect(read.statusCode).toBe(200);
  });
});

describe('rate limits', () => {
  it('limits sign-in attempts per address and says when to retry, as problem+json', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const response = await server.app.inject({
        method: 'POST',
        url: '/api/v1/session',
        remoteAddress: '203.0.113.7',
        payload: { email: `nobody${i}@example.org`, password: 'wrong password' },
      });
      statuses.push(response.statusCode);
      if (response.statusCode === 429) {
        expect(response.json().code).toBe('http.rate_limited');
        expect(response.headers['retry-after']).toBeDefined();
      }
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });

  it('puts a rate limit on every public route', () => {
    const publicRoutes = routeTable(server.app).filter((route) => route.access?.kind === 'public');
    expect(publicRoutes.length).toBeGreaterThan(5);
    for (const route of publicRoutes)
      expect([route.method, route.url, route.rateLimited]).toEqual([route.method, route.url, true]);
  });
});

describe('system routes', () => {
  it('reports health', async () => {
    const response = await server.app.inject({ url: '/healthz' });
    expect([response.statusCode, response.json()]).toEqual([200, { status: 'ok', database: 'ok' }]);
  });

  it('serves metrics in the Prometheus format to a key with the metrics scope, by route pattern only', async () => {
    const owner = await server.signedIn('owner');
    const created = await server.app.inject({
      method: 'POST',
      url: '/api/v1/api-keys',
      headers: server.as(owner),
      payload: { name: 'prometheus', scopes: ['metrics.read'] },
    });
    await server.app.inject({ url: `/api/v1/users/${owner.userId}/sessions` });
    const response = await server.app.inject({
      url: '/metrics',
      headers: { authorization: `Bearer ${created.json().key}` },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    expect(response.body).toContain('# TYPE vigie_http_requests_total counter');
    expect(response.body).toMatch(
      /vigie_http_requests_total\{method="POST",route="\/api\/v1\/session",status="200"\} \d+/,
    );
    expect(response.body).toContain('process_resident_memory_bytes');
    expect(response.body).not.toContain(owner.userId);
  });

  it('publishes OpenAPI 3.1 describing every API route, and a readable page', async () => {
    const response = await server.app.inject({ url: '/api/openapi.json' });
    const doc = response.json();
    expect(doc.openapi).toBe('3.1.0');
    const apiRoutes = routeTable(server.app).filter((r) => r.url.startsWith('/api/v1/') && r.method !== 'HEAD');
    for (const route of apiRoutes) {
      const path = route.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
      expect([path, route.method, doc.paths[path]?.[route.method.toLowerCase()] !== undefined]).toEqual([
        path,
        route.method,
        true,
      ]);
    }
    expect(doc.paths['/api/v1/session'].post.requestBody.content['application/json'].schema.required).toEqual([
      'email',
      'password',
    ]);
    const page = await server.app.inject({ url: '/api/docs?lang=en' });
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<h1>Vigie API reference</h1>');
    expect(page.body).toContain('/api/v1/users');
    expect(page.body).not.toContain('<script');
  });
});

describe('logs', () => {
  it('never contain emails, passwords, cookies, tokens or codes', async () => {
    const owner = await server.signedIn('owner', 'marie.tremblay@clinique.example');
    await server.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: 'marie.tremblay@clinique.example', password: 'a wrong password here' },
    });
    await server.app.inject({ url: '/api/v1/users', headers: server.as(owner) });
    await server.app.inject({
      method: 'POST',
      url: '/api/v1/session/totp',
      headers: server.as(owner),
      payload: { code: '123456' },
    });
    const logs = logLines.join('');
    expect(logLines.length).toBeGreaterThan(5);
    for (const secret of [
      'marie.tremblay',
      'clinique.example',
      TEST_PASSWORD,
      'a wrong password here',
      owner.cookie.split('=')[1] ?? 'unreachable',
      owner.csrfToken,
      '123456',
    ]) {
      expect([secret, logs.includes(secret)]).toEqual([secret, false]);
    }
    // Requests are logged by route pattern, not URL.
    expect(logs).toContain('"route":"/api/v1/users"');
  });
});
