import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoadedDeclaration } from '@vigie/core';
import { demoDeclaration, sessionCookie, testConfig } from '../../../app/test-support/test-server.js';
import type { StoreTarget } from '../../../db/test-support/store-targets.js';
import { createServer, type VigieServer } from '../../../server.js';

const PASSWORD = 'correct horse battery staple';
let sequence = 0;

export interface RequestsTestServer extends VigieServer {
  /** Every log line the server wrote. */
  readonly logs: string[];
  /** An agent (no second factor) signed in: the headers of their requests. */
  agent(): Promise<Record<string, string>>;
  dispose(): Promise<void>;
}

/**
 * A server over a fresh store of `target`, with the demo declaration (or the one given) and mail sent to `smtpUrl`
 * when given.
 */
export async function startRequestsServer(
  target: StoreTarget,
  smtpUrl?: string,
  declaration: LoadedDeclaration = demoDeclaration(),
): Promise<RequestsTestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-requests-'));
  const store = await target.create();
  const logs: string[] = [];
  const mail: Record<string, string> =
    smtpUrl === undefined ? {} : { SMTP_URL: smtpUrl, VIGIE_MAIL_FROM: 'privacy@clinique-demo.example' };
  const server = await createServer({
    config: testConfig(store.database, dir, { LOG_LEVEL: 'info', ...mail }),
    declaration,
    logStream: { write: (line) => logs.push(line) },
  });
  return {
    ...server,
    logs,
    async agent() {
      const email = `agent.${++sequence}@example.org`;
      await server.auth.users.createUser({ email, displayName: 'Agent', role: 'agent', password: PASSWORD });
      const login = await server.app.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { email, password: PASSWORD },
      });
      if (login.statusCode !== 200) throw new Error(`sign-in failed: ${login.body}`);
      return { cookie: sessionCookie(login), 'x-csrf-token': (login.json() as { csrfToken: string }).csrfToken };
    },
    async dispose() {
      await server.close();
      await store.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
