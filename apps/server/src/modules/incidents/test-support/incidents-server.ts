import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoDeclaration, type SignedIn, signIn, testConfig } from '../../../app/test-support/test-server.js';
import type { StoreTarget } from '../../../db/test-support/store-targets.js';
import { createServer, type VigieServer } from '../../../server.js';
import type { Role } from '../../auth/user-view.js';

let sequence = 0;

export interface IncidentsTestServer extends VigieServer {
  /** A staff member of this role, signed in (second factor included): the headers of their requests. */
  signedIn(role: Role): Promise<SignedIn & { readonly headers: Record<string, string> }>;
  dispose(): Promise<void>;
}

/** A server over a fresh store of `target`, with the demo declaration (a Quebec private clinic) and mail to smtpUrl. */
export async function startIncidentsServer(target: StoreTarget, smtpUrl: string): Promise<IncidentsTestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-incidents-'));
  const store = await target.create();
  const server = await createServer({
    config: testConfig(store.database, dir, {
      LOG_LEVEL: 'warn',
      SMTP_URL: smtpUrl,
      VIGIE_MAIL_FROM: 'privacy@clinique-demo.example',
      VIGIE_INCIDENT_TARGET_HOURS: '72',
    }),
    declaration: demoDeclaration(),
  });
  return {
    ...server,
    async signedIn(role) {
      const who = await signIn(server, role, `${role}.incidents.${++sequence}@example.org`);
      return { ...who, headers: { cookie: who.cookie, 'x-csrf-token': who.csrfToken } };
    },
    async dispose() {
      await server.close();
      await store.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
