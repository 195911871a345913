import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeOnEveryStore } from './test-support/auth-stores.js';

const NOW = new Date('2026-03-01T08:00:00.000Z');
const MINUTE = 60_000;
const at = (minutes: number) => new Date(NOW.getTime() + minutes * MINUTE);

describeOnEveryStore('the API keys store', (stores) => {
  async function issuer() {
    return stores().users.createUser(
      { email: 'marie@example.org', displayName: 'Marie', role: 'owner', password: 'une phrase de passe solide' },
      NOW,
    );
  }

  it('shows the key once and stores only its SHA-256 and its prefix', async () => {
    const { apiKeys, store } = stores();
    const owner = await issuer();
    const { key, record } = await apiKeys.createApiKey(
      { name: 'Export nocturne', scopes: ['journal.read', 'journal.export'], createdBy: owner.id },
      NOW,
    );
    expect(key).toMatch(/^vk_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
    expect(record).toEqual({
      id: expect.any(String),
      name: 'Export nocturne',
      prefix: key.slice(3, 11),
      scopes: ['journal.read', 'journal.export'],
      createdBy: owner.id,
      createdAt: NOW.toISOString(),
      expiresAt: null,
      lastUsedAt: null,
      revokedAt: null,
    });
    const row = await store.db.selectFrom('api_keys').selectAll().executeTakeFirstOrThrow();
    expect(row.key_hash).toBe(createHash('sha256').update(key).digest('hex'));
    const stored = JSON.stringify(row);
    expect(stored).not.toContain(key);
    expect(stored).not.toContain(key.slice(12));
  });

  it('authenticates the key and records its use at most once a minute', async () => {
    const { apiKeys, store } = stores();
    const owner = await issuer();
    const { key, record } = await apiKeys.createApiKey(
      { name: 'CI', scopes: ['metrics.read'], createdBy: owner.id },
      NOW,
    );
    const lastUsed = async () =>
      (await store.db.selectFrom('api_keys').select('last_used_at').executeTakeFirstOrThrow()).last_used_at;

    expect(await apiKeys.authenticateApiKey(key, at(1))).toEqual({
      ok: true,
      apiKey: { ...record, lastUsedAt: at(1).toISOString() },
    });
    expect(await lastUsed()).toBe(at(1).toISOString());
    expect((await apiKeys.authenticateApiKey(key, at(1.5))).ok).toBe(true);
    expect(await lastUsed()).toBe(at(1).toISOString());
    expect((await apiKeys.authenticateApiKey(key, at(2))).ok).toBe(true);
    expect(await lastUsed()).toBe(at(2).toISOString());
  });

  it('refuses unknown, malformed, revoked and expired keys', async () => {
    const { apiKeys } = stores();
    const owner = await issuer();
    const { key } = await apiKeys.createApiKey({ name: 'a', scopes: [], createdBy: owner.id }, NOW);
    const expiring = await apiKeys.createApiKey({ name: 'b', scopes: [], createdBy: owner.id, expiresAt: at(60) }, NOW);

    const forged = `${key.slice(0, 12)}${'A'.repeat(43)}`;
    expect(await apiKeys.authenticateApiKey(forged, NOW)).toEqual({ ok: false, reason: 'unknown' });
    expect(await apiKeys.authenticateApiKey('vk_short', NOW)).toEqual({ ok: false, reason: 'unknown' });
    expect(await apiKeys.authenticateApiKey(`Bearer ${key}`, NOW)).toEqual({ ok: false, reason: 'unknown' });

    expect((await apiKeys.authenticateApiKey(expiring.key, at(59))).ok).toBe(true);
    expect(await apiKeys.authenticateApiKey(expiring.key, at(60))).toEqual({ ok: false, reason: 'expired' });

    const listed = await apiKeys.listApiKeys();
    const id = listed.find((k) => k.name === 'a')?.id ?? '';
    expect(await apiKeys.revokeApiKey(id, at(1))).toBe(true);
    expect(await apiKeys.revokeApiKey(id, at(2))).toBe(false);
    expect(await apiKeys.authenticateApiKey(key, at(3))).toEqual({ ok: false, reason: 'revoked' });
    expect(await apiKeys.revokeApiKey('00000000-0000-4000-8000-000000000000', at(3))).toBe(false);
  });

  it('lists every key, newest first, revoked ones included', async () => {
    const { apiKeys } = stores();
    const owner = await issuer();
    const older = await apiKeys.createApiKey({ name: 'older', scopes: ['journal.read'], createdBy: owner.id }, NOW);
    const newer = await apiKeys.createApiKey(
      { name: 'newer', scopes: [], createdBy: owner.id, expiresAt: at(90) },
      at(1),
    );
    await apiKeys.revokeApiKey(older.record.id, at(2));
    expect(await apiKeys.listApiKeys()).toEqual([newer.record, { ...older.record, revokedAt: at(2).toISOString() }]);
  });
});
