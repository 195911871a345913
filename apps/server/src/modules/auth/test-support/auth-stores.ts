import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { newInstallation } from '../../../crypto/test-support/installation.js';
import { createDatabase, type VigieDatabase } from '../../../db/database.js';
import { migrateToLatest } from '../../../db/migrate.js';
import { postgresTarget, type StoreTarget, sqliteTarget } from '../../../db/test-support/store-targets.js';
import { createApiKeysStore } from '../api-keys.store.js';
import { createSessionsStore } from '../sessions.store.js';
import { createSignIn } from '../sign-in.js';
import { createUsersStore } from '../users.store.js';

const targets: StoreTarget[] = [sqliteTarget, await postgresTarget()];

/** The auth module wired over one migrated store, as the composition root will wire it. */
interface AuthStores {
  readonly store: VigieDatabase;
  readonly cipher: ReturnType<typeof newInstallation>['cipher'];
  readonly users: ReturnType<typeof createUsersStore>;
  readonly sessions: ReturnType<typeof createSessionsStore>;
  readonly signIn: ReturnType<typeof createSignIn>;
  readonly apiKeys: ReturnType<typeof createApiKeysStore>;
}

/**
 * Runs `suite` once on SQLite and once on PostgreSQL, each on a fresh migrated database emptied of accounts before
 * every test. As in store.contract.test.ts, an unreachable PostgreSQL fails in CI and is skipped (with a warning)
 * elsewhere.
 */
export function describeOnEveryStore(title: string, suite: (stores: () => AuthStores) => void): void {
  for (const target of targets) {
    if (target.unavailable !== undefined) {
      if (process.env.CI === 'true') {
        describe(`${title} on ${target.name}`, () => {
          it('is reachable in CI', () => {
            throw new Error(target.unavailable);
          });
        });
      } else {
        console.warn(`${title} on ${target.name} skipped: ${target.unavailable}`);
      }
      continue;
    }

    describe(`${title} on ${target.name}`, () => {
      let drop: (() => Promise<void>) | undefined;
      let stores: AuthStores | undefined;

      beforeAll(async () => {
        const created = await target.create();
        drop = created.drop;
        const store = createDatabase({ database: created.database });
        const migrated = await migrateToLatest(store);
        expect(migrated.ok).toBe(true);
        const { keyring, cipher } = newInstallation();
        const users = createUsersStore({ db: store.db, cipher, keyring });
        stores = {
          store,
          cipher,
          users,
          sessions: createSessionsStore({ db: store.db, cipher }),
          signIn: createSignIn({ db: store.db, users }),
          apiKeys: createApiKeysStore({ db: store.db }),
        };
      });

      afterAll(async () => {
        await stores?.store.close();
        await drop?.();
      });

      beforeEach(async () => {
        const db = stores?.store.db;
        if (db === undefined) throw new Error('the store did not open');
        for (const table of ['user_recovery_codes', 'sessions', 'api_keys', 'users'] as const) {
          await db.deleteFrom(table).execute();
        }
      });

      suite(() => {
        if (stores === undefined) throw new Error('the store did not open');
        return stores;
      });
    });
  }
}
