import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteTarget } from '../db/test-support/store-targets.js';
import { startTestServer, type TestServer } from './test-support/test-server.js';

const WEB_ROOT = fileURLToPath(new URL('../../../web/dist', import.meta.url));

describe('the web pages served from apps/web/dist', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(sqliteTarget, { webRoot: WEB_ROOT });
  });
  afterAll(() => server?.dispose());

  it('serves the privacy center at /, /fr and /en, with the language of the page in its html element', async () => {
    for (const [url, lang] of [
      ['/', 'fr'],
      ['/fr', 'fr'],
      ['/en', 'en'],
      // The request form and the page the emailed verification link opens: the same document, routed in the page.
      ['/fr/demande', 'fr'],
      ['/en/request', 'en'],
      ['/fr/verification', 'fr'],
      ['/en/verification', 'en'],
      // The page the emailed download link opens, in the request's language.
      ['/fr/telechargement', 'fr'],
      ['/en/download', 'en'],
    ] as const) {
      const response = await server.app.inject({ url });
      expect([url, response.statusCode]).toEqual([url, 200]);
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.body).toContain(`<html lang="${lang}">`);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    }
  });

  it('serves the console at /console and below, and hashed assets as immutable', async () => {
    const shell = await server.app.inject({ url: '/console/journal' });
    expect(shell.statusCode).toBe(200);
    expect(shell.body).toContain('<div id="root">');
    const asset = readdirSync(join(WEB_ROOT, 'assets')).find((name) => name.endsWith('.js'));
    const response = await server.app.inject({ url: `/assets/${asset}` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers 404 for a missing asset and for a path that climbs out of the web folder', async () => {
    expect((await server.app.inject({ url: '/assets/nothing.js' })).statusCode).toBe(404);
    const climbing = await server.app.inject({ url: '/assets/..%2f..%2fpackage.json' });
    // `send` refuses the climb outright (403) before looking for the file.
    expect([403, 404]).toContain(climbing.statusCode);
    expect(climbing.body).not.toContain('"name"');
  });

  it('says the web interface must be built when it is not, as problem+json', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'vigie-no-web-'));
    const bare = await startTestServer(sqliteTarget, { webRoot: empty });
    try {
      const response = await bare.app.inject({ url: '/console', headers: { 'accept-language': 'en' } });
      expect([response.statusCode, response.json().code]).toEqual([503, 'web.not_built']);
      expect(response.json().detail).toContain('npm run build');
    } finally {
      await bare.dispose();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
