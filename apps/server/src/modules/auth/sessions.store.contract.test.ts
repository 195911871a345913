import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { createSessionsStore } from './sessions.store.js';
import { describeOnEveryStore } from './test-support/auth-stores.js';
import { codeAt } from './test-support/totp-codes.js';

const NOW = new Date('2026-03-01T08:00:00.000Z');
const MINUTE = 60_000;
const at = (minutes: number) => new Date(NOW.getTime() + minutes * MINUTE);

describeOnEveryStore('the sessions store', (stores) => {
  async function user(role: 'owner' | 'agent' = 'agent', email = 'luc@example.org') {
    return stores().users.createUser(
      { email, displayName: 'Luc Gagnon', role, password: 'une phrase de passe solide' },
      NOW,
    );
  }

  it('hands out a random token and stores only its SHA-256 as the session id', async () => {
    const { sessions, store } = stores();
    const { id } = await user();
    const { token, session } = await sessions.createSession(id, { secondFactorPassed: true }, NOW);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(session.id).toBe(createHash('sha256').update(token).digest('base64url'));
    expect(session).toMatchObject({
      userId: id,
      createdAt: NOW.toISOString(),
      expiresAt: at(12 * 60).toISOString(),
      lastSeenAt: NOW.toISOString(),
      secondFactorAt: NOW.toISOString(),
      revokedAt: null,
    });
    const rows = await store.db.selectFrom('sessions').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(token);
    const other = await sessions.createSession(id, { secondFactorPassed: true }, NOW);
    expect(other.token).not.toBe(token);
  });

  it('resolves a token to its session, its user as the account is now, and its stage', async () => {
    const { sessions, users } = stores();
    const luc = await user();
    const { token } = await sessions.createSession(luc.id, { secondFactorPassed: true }, NOW);
    const resolved = await sessions.resolveSession(token, at(1));
    expect(resolved).toMatchObject({ ok: true, stage: 'complete', user: luc });
    // A promotion to a two-factor role without TOTP sends the session back to enrolment at once.
    await users.setRole(luc.id, 'admin');
    expect(await sessions.resolveSession(token, at(2))).toMatchObject({
      ok: true,
      stage: 'enrol',
      user: { role: 'admin' },
    });
  });

  it('says `totp` until the second factor is marked, then `complete`', async () => {
    const { sessions, users } = stores();
    const owner = await user('owner', 'marie@example.org');
    const { secret } = await users.beginTotpEnrolment(owner.id, NOW);
    await users.confirmTotpEnrolment(owner.id, codeAt(secret, NOW), NOW);
    const { token, session } = await sessions.createSession(owner.id, { secondFactorPassed: false }, NOW);
    expect(await sessions.resolveSession(token, NOW)).toMatchObject({ ok: true, stage: 'totp' });
    expect(await sessions.markSecondFactor(session.id, at(1))).toBe(true);
    expect(await sessions.resolveSession(token, at(1))).toMatchObject({
      ok: true,
      stage: 'complete',
      session: { secondFactorAt: at(1).toISOString() },
    });
  });

  it('refuses unknown and malformed tokens', async () => {
    const { sessions } = stores();
    expect(await sessions.resolveSession('A'.repeat(43), NOW)).toEqual({ ok: false, reason: 'unknown' });
    expect(await sessions.resolveSession('not a token', NOW)).toEqual({ ok: false, reason: 'unknown' });
  });

  it('expires after 30 minutes without a request, and records activity at most once a minute', async () => {
    const { sessions, store } = stores();
    const { id } = await user();
    const { token, session } = await sessions.createSession(id, { secondFactorPassed: true }, NOW);
    const lastSeen = async () =>
      (
        await store.db
          .selectFrom('sessions')
          .select('last_seen_at')
          .where('id', '=', session.id)
          .executeTakeFirstOrThrow()
      ).last_seen_at;

    expect((await sessions.resolveSession(token, new Date(NOW.getTime() + 30_000))).ok).toBe(true);
    expect(await lastSeen()).toBe(NOW.toISOString());
    expect((await sessions.resolveSession(token, at(20))).ok).toBe(true);
    expect(await lastSeen()).toBe(at(20).toISOString());
    // 45 minutes after creation, but 25 after the last request: still alive.
    expect((await sessions.resolveSession(token, at(45))).ok).toBe(true);
    expect(await sessions.resolveSession(token, at(45 + 30))).toEqual({ ok: false, reason: 'expired' });
  });

  it('expires 12 hours after creation however active it is', async () => {
    const { sessions } = stores();
    const { id } = await user();
    const { token } = await sessions.createSession(id, { secondFactorPassed: true }, NOW);
    for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
      expect((await sessions.resolveSession(token, at(minutes))).ok).toBe(true);
    }
    expect(await sessions.resolveSession(token, at(12 * 60))).toEqual({ ok: false, reason: 'expired' });
  });

  it('takes other timeouts when configured', async () => {
    const { store, cipher } = stores();
    const short = createSessionsStore({
      db: store.db,
      cipher,
      idleTimeoutMs: 5 * MINUTE,
      absoluteLifetimeMs: 60 * MINUTE,
    });
    const { id } = await user();
    const { token, session } = await short.createSession(id, { secondFactorPassed: true }, NOW);
    expect(session.expiresAt).toBe(at(60).toISOString());
    expect((await short.resolveSession(token, at(4))).ok).toBe(true);
    expect(await short.resolveSession(token, at(10))).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses revoked sessions, one at a time or all of a user', async () => {
    const { sessions } = stores();
    const { id } = await user();
    const other = await user('agent', 'ana@example.org');
    const first = await sessions.createSession(id, { secondFactorPassed: true }, NOW);
    const second = await sessions.createSession(id, { secondFactorPassed: true }, NOW);
    const third = await sessions.createSession(id, { secondFactorPassed: true }, NOW);
    const others = await sessions.createSession(other.id, { secondFactorPassed: true }, NOW);

    expect(await sessions.revokeSession(first.session.id, at(1))).toBe(true);
    expect(await sessions.revokeSession(first.session.id, at(1))).toBe(false);
    expect(await sessions.resolveSession(first.token, at(2))).toEqual({ ok: false, reason: 'revoked' });
    expect(await sessions.markSecondFactor(first.session.id, at(2))).toBe(false);

    expect(await sessions.revokeUserSessions(id, at(3))).toBe(2);
    expect(await sessions.resolveSession(second.token, at(4))).toEqual({ ok: false, reason: 'revoked' });
    expect(await sessions.resolveSession(third.token, at(4))).toEqual({ ok: false, reason: 'revoked' });
    expect((await sessions.resolveSession(others.token, at(4))).ok).toBe(true);
  });

  it('refuses the sessions of a disabled account', async () => {
    const { sessions, users } = stores();
    await user('owner', 'marie@example.org');
    const { id } = await user();
    const { token } = await sessions.createSession(id, { secondFactorPassed: true }, NOW);
    await users.setDisabled(id, true, at(1));
    expect(await sessions.resolveSession(token, at(2))).toEqual({ ok: false, reason: 'user_disabled' });
    await users.setDisabled(id, false, at(3));
    expect((await sessions.resolveSession(token, at(4))).ok).toBe(true);
  });

  it('deletes sessions past their lifetime or idle timeout, and keeps live ones', async () => {
    const { sessions, store } = stores();
    const { id } = await user();
    const idle = await sessions.createSession(id, { secondFactorPassed: true }, NOW);
    const live = await sessions.createSession(id, { secondFactorPassed: true }, at(20));
    expect(await sessions.deleteExpiredSessions(at(31))).toBe(1);
    const left = await store.db.selectFrom('sessions').select('id').execute();
    expect(left.map((r) => r.id)).toEqual([live.session.id]);
    expect(await sessions.resolveSession(idle.token, at(31))).toEqual({ ok: false, reason: 'unknown' });
  });
});
