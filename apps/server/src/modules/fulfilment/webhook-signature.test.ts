import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { datasetSchema } from '@vigie/core';
import { describe, expect, it } from 'vitest';
import { demoDeclaration, testConfig } from '../../app/test-support/test-server.js';
import { loadConfig } from '../../config/config.js';
import { Secret } from '../../config/secret.js';
import { sqliteTarget } from '../../db/test-support/store-targets.js';
import { createServer } from '../../server.js';
import { signBody, verifyBody } from './webhook-signature.js';
import { createWebhookTargets, webhooksWithoutSecret } from './webhook-targets.js';

const SECRET = 'a-webhook-secret-of-at-least-32-characters';
const at = new Date('2026-11-23T12:00:00Z');
const body = Buffer.from('{"outcome":"done","tables":[]}');

describe('the webhook signature', () => {
  it('holds for the exact bytes, the secret and a recent timestamp only', () => {
    const header = signBody(SECRET, body, at);
    expect(header).toMatch(/^t=1795435200,v1=[0-9a-f]{64}$/);
    expect(verifyBody(SECRET, header, body, at)).toBe('ok');
    expect(verifyBody(SECRET, header, body, new Date(at.getTime() + 299_000))).toBe('ok');
    expect(verifyBody(SECRET, header, body, new Date(at.getTime() + 301_000))).toBe('expired');
    expect(verifyBody(`${SECRET}x`, header, body, at)).toBe('bad');
    expect(verifyBody(SECRET, header, Buffer.from('{"outcome":"failed","tables":[]}'), at)).toBe('bad');
    expect(verifyBody(SECRET, undefined, body, at)).toBe('bad');
    expect(verifyBody(SECRET, 't=abc,v1=00', body, at)).toBe('bad');
  });
});

describe('webhook targets', () => {
  const dataset = datasetSchema.parse({ id: 'pharmacy', system: 'emr', engine: 'webhook' });
  const targets = (url: string, production: boolean) =>
    createWebhookTargets({
      urls: { pharmacy: new Secret(url) },
      secrets: { pharmacy: new Secret(SECRET) },
      production,
    })(dataset);

  it('take https anywhere, plain http on the loopback outside production only', () => {
    expect(targets('https://pharmacy.example/vigie', true)?.url.hostname).toBe('pharmacy.example');
    expect(targets('http://127.0.0.1:8080/vigie', false)?.secret).toBe(SECRET);
    expect(targets('http://127.0.0.1:8080/vigie', true)).toBeUndefined();
    expect(targets('http://pharmacy.example/vigie', false)).toBeUndefined();
  });

  it('name the webhook datasets without a secret, which production refuses', () => {
    expect(webhooksWithoutSecret([dataset], {})).toEqual(['pharmacy']);
    expect(webhooksWithoutSecret([dataset], { pharmacy: new Secret(SECRET) })).toEqual([]);
  });

  it('are required in production: a server declaring a webhook without its secret does not start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-webhook-production-'));
    const store = await sqliteTarget.create();
    try {
      const config = { ...testConfig(store.database, dir), env: 'production' as const };
      const demo = demoDeclaration();
      const declaration = { ...demo, declaration: { ...demo.declaration, datasets: [dataset] } };
      await expect(createServer({ config, declaration })).rejects.toThrow(/VIGIE_WEBHOOK_SECRETS.*pharmacy/);
    } finally {
      await store.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('come from config with the secrets redacted when printed', () => {
    const result = loadConfig({
      VIGIE_ENV: 'test',
      VIGIE_DATASET_URLS: JSON.stringify({ pharmacy: 'https://pharmacy.example/vigie' }),
      VIGIE_WEBHOOK_SECRETS: JSON.stringify({ pharmacy: SECRET }),
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.value.webhookSecrets.pharmacy?.reveal()).toBe(SECRET);
    expect(JSON.stringify(result.value)).not.toContain(SECRET);
    const short = loadConfig({ VIGIE_ENV: 'test', VIGIE_WEBHOOK_SECRETS: JSON.stringify({ pharmacy: 'short' }) });
    expect(short.ok).toBe(false);
  });
});
