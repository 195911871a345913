/// <reference lib="dom" />
// The consent SDK as an organisation's site uses it, against a real Vigie server: the site (one origin) loads the
// SDK and its config from Vigie (another origin), the visitor accepts, the choice crosses the CORS preflight into
// the ledger, and the receipt the visitor keeps is proved by the server. Debian's Chromium, a SQLite store.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDeclaration, signIn, testConfig } from '../../server/src/app/test-support/test-server.js';
import { sqliteTarget } from '../../server/src/db/test-support/store-targets.js';
import { createServer, type VigieServer } from '../../server/src/server.js';
import { launchChromium, newPage, wcagViolations } from './browser-support.js';

let dir: string;
let site: Server;
let siteOrigin: string;
let vigie: VigieServer;
let vigieUrl: string;
let dropStore: () => Promise<void>;
let browser: Browser;

/** A free loopback port, so that Vigie's public URL (the ledger's address in the config) is known before it starts. */
async function freePort(): Promise<number> {
  const probe = createHttpServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vigie-consent-site-'));
  site = createHttpServer((request, response) => {
    if (request.url !== '/') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Clinique démo</title>
<script src="${vigieUrl}/sdk/vigie-consent-stub.js"></script>
<script src="${vigieUrl}/sdk/vigie-consent.fr.js" data-config-url="${vigieUrl}/api/v1/consent/config"></script>
</head><body><main><h1>Clinique démo</h1><p><a href="#" data-vigie-consent-open>Gérer mes témoins</a></p></main></body></html>`);
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteOrigin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;

  const port = await freePort();
  vigieUrl = `http://127.0.0.1:${port}`;
  const store = await sqliteTarget.create();
  dropStore = store.drop;
  const demo = demoDeclaration();
  vigie = await createServer({
    config: testConfig(store.database, dir, { LOG_LEVEL: 'warn', VIGIE_PUBLIC_URL: vigieUrl }),
    // The organisation's website is the site above: the only origin the ledger answers from a browser.
    declaration: {
      ...demo,
      declaration: { ...demo.declaration, organisation: { ...demo.declaration.organisation, website: siteOrigin } },
    },
  });
  await vigie.app.listen({ host: '127.0.0.1', port });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await vigie?.close();
  await dropStore?.();
  await new Promise<void>((resolve) => (site ? site.close(() => resolve()) : resolve()));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the consent SDK on the organisation’s site, with the Vigie server', () => {
  it('loads from Vigie, records the visitor’s choice in the ledger, and the receipt is proved', async () => {
    const { page, problems } = await newPage(browser, 'fr');
    const posted = page.waitForResponse(
      (r) => r.url() === `${vigieUrl}/api/v1/consents` && r.request().method() === 'POST',
    );
    await page.goto(`${siteOrigin}/`);
    const accept = page.getByRole('button', { name: 'Tout accepter' });
    await accept.waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await accept.click();
    const response = await posted;
    expect(response.status()).toBe(201);
    const receipt = await page.waitForFunction(() => {
      const consent = (
        window as unknown as { VigieConsent: { getConsent(): { receipt?: unknown } | null } }
      ).VigieConsent.getConsent();
      return consent?.receipt ?? null;
    });
    const { id, hash } = (await receipt.jsonValue()) as { id: string; hash: string };
    expect(problems).toEqual([]);

    const proved = await vigie.app.inject({
      method: 'POST',
      url: '/api/v1/consents/receipts/verify',
      payload: { id, hash },
    });
    expect(proved.statusCode).toBe(200);
    expect(proved.json()).toMatchObject({ valid: true, choices: { analytics: true } });
    const forged = await vigie.app.inject({
      method: 'POST',
      url: '/api/v1/consents/receipts/verify',
      payload: { id, hash: hash.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')) },
    });
    expect(forged.json().valid).toBe(false);

    const rows = await vigie.installation.database.db.selectFrom('consent_records').selectAll().execute();
    expect(rows).toHaveLength(1);
    // The visitor's address is kept truncated, never whole.
    expect(JSON.stringify(rows)).not.toContain('127.0.0.1"');
    const officer = await signIn(vigie, 'privacy_officer', 'officer@example.org');
    const verification = await vigie.app.inject({
      url: '/api/v1/consents/verification',
      headers: { cookie: officer.cookie },
    });
    expect(verification.statusCode).toBe(200);
    expect(verification.json()).toMatchObject({ ok: true });
  });

  it('serves the SDK files for other sites to embed, and nothing else from that path', async () => {
    const sdk = await fetch(`${vigieUrl}/sdk/vigie-consent.fr.js`);
    expect(sdk.status).toBe(200);
    expect(sdk.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(sdk.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    // Every other response stays same-origin.
    const config = await fetch(`${vigieUrl}/api/v1/consent/config?lang=fr`);
    expect(config.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect((await fetch(`${vigieUrl}/sdk/..%2Fpackage.json`)).status).toBe(404);
    expect((await fetch(`${vigieUrl}/sdk/types`)).status).toBe(404);
  });
});
