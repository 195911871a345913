import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoDeclaration, signIn, testConfig } from '../../../app/test-support/test-server.js';
import type { StoreTarget } from '../../../db/test-support/store-targets.js';
import { createServer, type VigieServer } from '../../../server.js';
import type { Role } from '../../auth/user-view.js';

let sequence = 0;

export interface AssessmentsTestServer extends VigieServer {
  /** The headers of a signed-in staff member of this role (second factor included). */
  headersOf(role: Role): Promise<Record<string, string>>;
  dispose(): Promise<void>;
}

/** A server over a fresh store of `target`, with the demo declaration (a Quebec clinic with two assessments). */
export async function startAssessmentsServer(target: StoreTarget): Promise<AssessmentsTestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-assessments-'));
  const store = await target.create();
  const server = await createServer({
    config: testConfig(store.database, dir, { LOG_LEVEL: 'warn' }),
    declaration: demoDeclaration(),
  });
  return {
    ...server,
    async headersOf(role) {
      const who = await signIn(server, role, `${role}.assessments.${++sequence}@example.org`);
      return { cookie: who.cookie, 'x-csrf-token': who.csrfToken };
    },
    async dispose() {
      await server.close();
      await store.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
