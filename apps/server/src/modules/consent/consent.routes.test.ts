import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshAddress, startTestServer, type TestServer } from '../../app/test-support/test-server.js';
import { sqliteTarget } from '../../db/test-support/store-targets.js';

const WEBSITE = 'https://clinique-demo.exemple.ca';

let server: TestServer;
beforeAll(async () => {
  // The config and the validation do not depend on the store; the ledger runs on both in consent.ledger.test.ts.
  server = await startTestServer(sqliteTarget);
});
afterAll(() => server?.dispose());

const valid = {
  visitorId: 'Xq3v9Zt0aBcDeFgHiJkLmN',
  choices: { essential: true, analytics: false },
  noticeVersion: '2025.1',
  configVersion: '0123456789abcdef',
  method: 'banner',
};

describe('GET /api/v1/consent/config', () => {
  it('serves the declaration’s banner config with an ETag, answers 304 to If-None-Match, allows the declared site', async () => {
    const first = await server.app.inject({
      url: '/api/v1/consent/config?lang=en',
      remoteAddress: freshAddress(),
      headers: { origin: WEBSITE },
    });
    expect(first.statusCode).toBe(200);
    const config = first.json();
    expect(config).toMatchObject({ lang: 'en', noticeVersion: '2025.1', choiceLifetimeDays: 182 });
    expect(config.categories.map((c: { id: string }) => c.id)).toEqual(['essential', 'analytics']);
    expect(first.headers['cache-control']).toMatch(/^public, max-age=\d+$/);
    expect(first.headers['access-control-allow-origin']).toBe(WEBSITE);
    const etag = String(first.headers.etag);
    const again = await server.app.inject({
      url: '/api/v1/consent/config?lang=en',
      remoteAddress: freshAddress(),
      headers: { 'if-none-match': etag },
    });
    expect([again.statusCode, again.body]).toEqual([304, '']);
    const french = await server.app.inject({
      url: '/api/v1/consent/config?lang=fr',
      remoteAddress: freshAddress(),
      headers: { 'if-none-match': etag, origin: 'https://elsewhere.example' },
    });
    expect(french.statusCode).toBe(200);
    expect(french.json()).toMatchObject({ lang: 'fr', version: config.version });
    expect(french.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('the CORS preflight of POST /api/v1/consents', () => {
  it('allows the declared website to post JSON, and no other origin', async () => {
    const preflight = (origin: string) =>
      server.app.inject({
        method: 'OPTIONS',
        url: '/api/v1/consents',
        remoteAddress: freshAddress(),
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const allowed = await preflight(WEBSITE);
    expect(allowed.statusCode).toBe(204);
    expect(allowed.headers).toMatchObject({
      'access-control-allow-origin': WEBSITE,
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': 'content-type',
    });
    const other = await preflight('https://tracker.example');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const posted = await server.app.inject({
      method: 'POST',
      url: '/api/v1/consents',
      remoteAddress: freshAddress(),
      headers: { origin: WEBSITE },
      payload: valid,
    });
    expect([posted.statusCode, posted.headers['access-control-allow-origin']]).toEqual([201, WEBSITE]);
  });
});

describe('POST /api/v1/consents with a bad body', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['a visitor id too short', { ...valid, visitorId: 'short' }, 'body.visitorId'],
    ['a choice that is not a boolean', { ...valid, choices: { analytics: 'yes' } }, 'body.choices.analytics'],
    ['an unknown method', { ...valid, method: 'telepathy' }, 'body.method'],
    ['no notice version', { ...valid, noticeVersion: undefined }, 'body.noticeVersion'],
    ['a field the ledger does not take', { ...valid, email: 'someone@example.org' }, 'body'],
  ];
  it.each(cases)('refuses %s as problem+json naming the field', async (_label, payload, path) => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/v1/consents',
      remoteAddress: freshAddress(),
      payload,
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json();
    expect(problem.code).toBe('http.invalid_request');
    expect(problem.errors.map((e: { path: string }) => e.path)).toContain(path);
  });

  it('refuses a body over the consent size limit', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/v1/consents',
      remoteAddress: freshAddress(),
      payload: { ...valid, padding: 'x'.repeat(8192) },
    });
    expect(response.statusCode).toBe(413);
  });
});
