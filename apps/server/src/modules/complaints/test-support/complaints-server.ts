import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoDeclaration, type SignedIn, signIn, testConfig } from '../../../app/test-support/test-server.js';
import type { StoreTarget } from '../../../db/test-support/store-targets.js';
import { createServer, type VigieServer } from '../../../server.js';
import type { Role } from '../../auth/user-view.js';

let sequence = 0;

export interface ComplaintsTestServer extends VigieServer {
  /** A staff member of this role, signed in (second factor included): the headers of their requests. */
  signedIn(role: Role): Promise<SignedIn & { readonly headers: Record<string, string> }>;
  /** Every log line the server wrote (at info level, so requests are in it). */
  readonly logs: string[];
  dispose(): Promise<void>;
}

/** A server over a fresh store of `target`, with the demo declaration, mail to smtpUrl and the services' clock `now`. */
export async function startComplaintsServer(
  target: StoreTarget,
  smtpUrl: string,
  now: () => Date,
): Promise<ComplaintsTestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-complaints-'));
  const store = await target.create();
  const logs: string[] = [];
  const server = await createServer({
    config: testConfig(store.database, dir, {
      LOG_LEVEL: 'info',
      SMTP_URL: smtpUrl,
      VIGIE_MAIL_FROM: 'privacy@clinique-demo.example',
    }),
    declaration: demoDeclaration(),
    now,
    logStream: { write: (line) => logs.push(line) },
  });
  return {
    ...server,
    logs,
    async signedIn(role) {
      const who = await signIn(server, role, `${role}.complaints.${++sequence}@example.org`);
      return { ...who, headers: { cookie: who.cookie, 'x-csrf-token': who.csrfToken } };
    },
    async dispose() {
      await server.close();
      await store.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
