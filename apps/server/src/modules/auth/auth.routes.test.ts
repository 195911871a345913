import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  freshAddress,
  sessionCookie,
  startTestServer,
  TEST_PASSWORD,
  type TestServer,
} from '../../app/test-support/test-server.js';
import { postgresTarget, type StoreTarget, sqliteTarget } from '../../db/test-support/store-targets.js';
import { codeAt } from './test-support/totp-codes.js';

const targets: StoreTarget[] = [sqliteTarget, await postgresTarget()];

for (const target of targets) {
  if (target.unavailable !== undefined) {
    if (process.env.CI === 'true') {
      describe(`the auth API on ${target.name}`, () => {
        it('is reachable in CI', () => {
          throw new Error(target.unavailable);
        });
      });
    }
    continue;
  }

  describe(`the auth API on ${target.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(target);
    });
    afterAll(() => server?.dispose());

    const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
      server.app.inject({ method: 'POST', url, payload: payload as object, headers, remoteAddress: freshAddress() });

    it('enrols a new privacy officer: password, QR code, first code, recovery codes, then full access', async () => {
      const owner = await server.signedIn('owner');
      const created = await post(
        '/api/v1/users',
        { email: 'dpo@clinic.example', displayName: 'Louise Gagnon', role: 'privacy_officer', password: TEST_PASSWORD },
        server.as(owner),
      );
      expect(created.statusCode).toBe(201);
      expect(created.json().user).toMatchObject({
        email: 'dpo@clinic.example',
        role: 'privacy_officer',
        totpEnabled: false,
      });

      const login = await post('/api/v1/session', { email: 'dpo@clinic.example', password: TEST_PASSWORD });
      expect(login.json().stage).toBe('enrol');
      const headers = { cookie: sessionCookie(login), 'x-csrf-token': login.json().csrfToken };
      expect((await server.app.inject({ url: '/api/v1/journal', headers })).statusCode).toBe(401);

      const enrolment = await post('/api/v1/session/enrolment', {}, headers);
      const { secret, otpauthUri, qrSvg } = enrolment.json();
      expect(otpauthUri).toMatch(/^otpauth:\/\/totp\//);
      expect(qrSvg).toContain('<svg');
      const wrong = await post('/api/v1/session/enrolment/confirm', { code: '000000' }, headers);
      expect([wrong.statusCode, wrong.json().code]).toEqual([401, 'auth.invalid_code']);
      const confirmed = await post('/api/v1/session/enrolment/confirm', { code: codeAt(secret, new Date()) }, headers);
      expect(confirmed.statusCode).toBe(200);
      expect(confirmed.json().stage).toBe('complete');
      expect(confirmed.json().recoveryCodes).toHaveLength(10);
      expect((await server.app.inject({ url: '/api/v1/journal', headers })).statusCode).toBe(200);
    });

    it('asks an enrolled owner for a code, refuses a wrong one, accepts a recovery code once', async () => {
      const email = `owner.recovery.${target.name}@clinic.example`;
      const user = await server.auth.users.createUser({
        email,
        displayName: 'O',
        role: 'owner',
        password: TEST_PASSWORD,
      });
      const enrolment = await server.auth.users.beginTotpEnrolment(user.id);
      const { recoveryCodes } = await server.auth.users.confirmTotpEnrolment(
        user.id,
        codeAt(enrolment.secret, new Date()),
      );
      const recoveryCode = recoveryCodes[0] ?? '';

      const signIn = async () => {
        const login = await post('/api/v1/session', { email, password: TEST_PASSWORD });
        expect(login.json().stage).toBe('totp');
        return { cookie: sessionCookie(login), 'x-csrf-token': login.json().csrfToken as string };
      };
      const first = await signIn();
      const wrong = await post('/api/v1/session/totp', { code: '999999' }, first);
      expect([wrong.statusCode, wrong.json().code]).toEqual([401, 'auth.invalid_code']);
      const recovered = await post('/api/v1/session/totp', { recoveryCode: recoveryCode.toUpperCase() }, first);
      expect([recovered.statusCode, recovered.json().stage]).toEqual([200, 'complete']);

      const second = await signIn();
      const reused = await post('/api/v1/session/totp', { recoveryCode }, second);
      expect(reused.statusCode).toBe(401);
    });

    it('answers an unknown email and a wrong password alike, and locks after five failures', async () => {
      const owner = await server.signedIn('owner');
      const unknown = await post('/api/v1/session', { email: 'nobody@nowhere.example', password: TEST_PASSWORD });
      const wrong = await post('/api/v1/session', { email: owner.email, password: 'not the password at all' });
      expect([unknown.statusCode, unknown.json().code]).toEqual([401, 'auth.invalid_credentials']);
      expect([wrong.statusCode, wrong.json().detail]).toEqual([401, unknown.json().detail]);
      for (let i = 0; i < 4; i++)
        await post('/api/v1/session', { email: owner.email, password: `wrong ${i} password` });
      const locked = await post('/api/v1/session', { email: owner.email, password: TEST_PASSWORD });
      expect([locked.statusCode, locked.json().code]).toEqual([423, 'auth.locked']);
      expect(Date.parse(locked.json().lockedUntil)).toBeGreaterThan(Date.now());
    });

    it('signs out: the session is revoked on the server, not only the cookie cleared', async () => {
      const agent = await server.signedIn('agent');
      const before = await server.app.inject({ url: '/api/v1/session', headers: server.as(agent) });
      expect(before.json().user.role).toBe('agent');
      const out = await server.app.inject({ method: 'DELETE', url: '/api/v1/session', headers: server.as(agent) });
      expect(out.statusCode).toBe(204);
      const after = await server.app.inject({ url: '/api/v1/session', headers: server.as(agent) });
      expect(after.statusCode).toBe(401);
    });

    it('lets only an owner make an owner, and disabling an account ends its sessions', async () => {
      const admin = await server.signedIn('admin');
      const asAdmin = await post(
        '/api/v1/users',
        { email: `would.be.owner.${target.name}@x.example`, displayName: 'W', role: 'owner', password: TEST_PASSWORD },
        server.as(admin),
      );
      expect([asAdmin.statusCode, asAdmin.json().code]).toEqual([403, 'users.owner_only']);
      const agent = await server.signedIn('agent');
      const disabled = await server.app.inject({
        method: 'PATCH',
        url: `/api/v1/users/${agent.userId}`,
        headers: server.as(admin),
        payload: { disabled: true },
      });
      expect(disabled.json().user.disabled).toBe(true);
      expect((await server.app.inject({ url: '/api/v1/session', headers: server.as(agent) })).statusCode).toBe(401);
    });

    it('issues API keys shown once, usable as Bearer within their scopes, and revocable', async () => {
      const owner = await server.signedIn('owner');
      const scopes = await server.app.inject({ url: '/api/v1/api-keys/scopes', headers: server.as(owner) });
      expect(scopes.json().scopes.map((s: { id: string }) => s.id)).toEqual([
        'journal.read',
        'journal.export',
        'consents.read',
        'consents.manage',
        'metrics.read',
      ]);
      const created = await post(
        '/api/v1/api-keys',
        { name: 'SIEM export', scopes: ['journal.read'] },
        server.as(owner),
      );
      expect(created.statusCode).toBe(201);
      const { key, apiKey } = created.json();
      expect(key).toMatch(/^vk_/);
      const bearer = { authorization: `Bearer ${key}` };
      expect((await server.app.inject({ url: '/api/v1/journal', headers: bearer })).statusCode).toBe(200);
      expect((await server.app.inject({ url: '/api/v1/users', headers: bearer })).statusCode).toBe(403);
      const listed = await server.app.inject({ url: '/api/v1/api-keys', headers: server.as(owner) });
      const shown = listed.json().apiKeys.find((k: { id: string }) => k.id === apiKey.id);
      expect(shown.lastUsedAt).not.toBeNull();
      expect(JSON.stringify(listed.json())).not.toContain(key);
      // A key stops with the account that created it.
      const admin = await server.signedIn('admin');
      const adminKey = await post(
        '/api/v1/api-keys',
        { name: 'admin key', scopes: ['metrics.read'] },
        server.as(admin),
      );
      const adminBearer = { authorization: `Bearer ${adminKey.json().key}` };
      expect((await server.app.inject({ url: '/metrics', headers: adminBearer })).statusCode).toBe(200);
      await server.app.inject({
        method: 'PATCH',
        url: `/api/v1/users/${admin.userId}`,
        headers: server.as(owner),
        payload: { disabled: true },
      });
      expect((await server.app.inject({ url: '/metrics', headers: adminBearer })).statusCode).toBe(401);
      const revoked = await server.app.inject({
        method: 'DELETE',
        url: `/api/v1/api-keys/${apiKey.id}`,
        headers: server.as(owner),
      });
      expect(revoked.statusCode).toBe(204);
      expect((await server.app.inject({ url: '/api/v1/journal', headers: bearer })).statusCode).toBe(401);
    });

    it('journals sign-ins and administrative actions, and the journal verifies', async () => {
      const auditor = await server.signedIn('auditor');
      const page = await server.app.inject({ url: '/api/v1/journal?limit=200', headers: server.as(auditor) });
      const actions = new Set(page.json().entries.map((e: { action: string }) => e.action));
      for (const action of [
        'auth.sign_in',
        'auth.sign_in_failed',
        'users.create',
        'api_keys.create',
        'api_keys.revoke',
        'auth.sign_out',
      ]) {
        expect([action, actions.has(action)]).toEqual([action, true]);
      }
      expect(JSON.stringify(page.json())).not.toContain('@');
      const verification = await server.app.inject({
        url: '/api/v1/journal/verification',
        headers: server.as(auditor),
      });
      expect(verification.json()).toMatchObject({ ok: true });
      expect(verification.json().entries).toBeGreaterThan(10);
      const exported = await server.app.inject({
        url: '/api/v1/journal/export?from=1&to=5',
        headers: server.as(auditor),
      });
      expect(exported.statusCode).toBe(200);
      expect(exported.json().format).toBe('vigie/journal-export/v1');
      expect(exported.json().checkpoints.length).toBeGreaterThan(0);
    });
  });
}
