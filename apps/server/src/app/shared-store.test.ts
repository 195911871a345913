import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { postgresTarget } from '../db/test-support/store-targets.js';
import { codeAt } from '../modules/auth/test-support/totp-codes.js';
import { createServer } from '../server.js';
import { demoDeclaration, sessionCookie, TEST_PASSWORD, testConfig } from './test-support/test-server.js';

const target = await postgresTarget();

describe('two servers sharing one PostgreSQL', () => {
  if (target.unavailable !== undefined) {
    it.runIf(process.env.CI === 'true')('is reachable in CI', () => {
      throw new Error(target.unavailable);
    });
    return;
  }

  it('share sessions, sign-outs and one journal that verifies', async () => {
    const store = await target.create();
    // One data folder: both servers read the same journal signing key, as processes of one installation do.
    const dir = mkdtempSync(join(tmpdir(), 'vigie-shared-'));
    const config = testConfig(store.database, dir);
    const a = await createServer({ config, declaration: demoDeclaration() });
    const b = await createServer({ config, declaration: demoDeclaration() });
    try {
      const user = await a.auth.users.createUser({
        email: 'o@x.example',
        displayName: 'O',
        role: 'owner',
        password: TEST_PASSWORD,
      });
      const enrolment = await a.auth.users.beginTotpEnrolment(user.id);
      await a.auth.users.confirmTotpEnrolment(user.id, codeAt(enrolment.secret, new Date(Date.now() - 30_000)));

      const login = await a.app.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { email: 'o@x.example', password: TEST_PASSWORD },
      });
      const headers = { cookie: sessionCookie(login), 'x-csrf-token': login.json().csrfToken as string };
      // The second factor on the other server: the session lives in the store, not in a process.
      const second = await b.app.inject({
        method: 'POST',
        url: '/api/v1/session/totp',
        headers,
        payload: { code: codeAt(enrolment.secret, new Date()) },
      });
      expect(second.json().stage).toBe('complete');

      // Both append to the journal at once.
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          (i % 2 === 0 ? a : b).app.inject({
            method: 'POST',
            url: '/api/v1/api-keys',
            headers,
            payload: { name: `key ${i}`, scopes: ['journal.read'] },
          }),
        ),
      );
      const verification = await a.app.inject({ url: '/api/v1/journal/verification', headers });
      expect(verification.json()).toMatchObject({ ok: true });
      expect(verification.json().entries).toBeGreaterThanOrEqual(22);

      expect((await b.app.inject({ method: 'DELETE', url: '/api/v1/session', headers })).statusCode).toBe(204);
      expect((await a.app.inject({ url: '/api/v1/session', headers })).statusCode).toBe(401);
    } finally {
      await a.close();
      await b.close();
      await store.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
