import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dataset } from '@vigie/core';
import { RULES } from '../../../../../../packages/connectors/test/retention/retention-fixture.js';
import { demoDeclaration, type SignedIn, signIn, testConfig } from '../../../app/test-support/test-server.js';
import type { StoreTarget } from '../../../db/test-support/store-targets.js';
import { createServer, type VigieServer } from '../../../server.js';
import type { Role } from '../../auth/user-view.js';

let sequence = 0;

export interface RetentionTestServer extends VigieServer {
  signedIn(role: Role): Promise<SignedIn & { readonly headers: Record<string, string> }>;
  dispose(): Promise<void>;
}

/**
 * A server over a fresh store of `target` whose declaration holds the health plan's retention rules and the given
 * datasets; only those named in `urls` can be reached. Its clock is `now`.
 */
export async function startRetentionServer(options: {
  readonly store: StoreTarget;
  readonly datasets: readonly Dataset[];
  readonly urls: Readonly<Record<string, string>>;
  readonly now: () => Date;
  /** apps/web/dist, for the browser test of the console page. */
  readonly webRoot?: string;
}): Promise<RetentionTestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-retention-'));
  const store = await options.store.create();
  const demo = demoDeclaration();
  const server = await createServer({
    config: testConfig(store.database, dir, { LOG_LEVEL: 'warn', VIGIE_DATASET_URLS: JSON.stringify(options.urls) }),
    declaration: {
      ...demo,
      declaration: {
        ...demo.declaration,
        datasets: [...options.datasets],
        retention: [...demo.declaration.retention, ...RULES],
      },
    },
    now: options.now,
    ...(options.webRoot === undefined ? {} : { webRoot: options.webRoot }),
  });
  return {
    ...server,
    async signedIn(role) {
      const who = await signIn(server, role, `${role}.retention.${++sequence}@example.org`);
      return { ...who, headers: { cookie: who.cookie, 'x-csrf-token': who.csrfToken } };
    },
    async dispose() {
      await server.close();
      await store.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
