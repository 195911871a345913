import { describe, it } from 'vitest';
import { postgresTarget, type StoreTarget, sqliteTarget } from '../../db/test-support/store-targets.js';

/**
 * Runs a suite once per store (SQLite, PostgreSQL), as the store contract suite does: in CI (CI=true) an
 * unreachable PostgreSQL fails instead of skipping, so a green run always means both stores were tested.
 */
export async function describeOnEachStore(title: string, suite: (target: StoreTarget) => void): Promise<void> {
  const targets: StoreTarget[] = [sqliteTarget, await postgresTarget()];
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
    describe(`${title} on ${target.name}`, () => suite(target));
  }
}
