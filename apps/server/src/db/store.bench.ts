import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type VigieDatabase } from './database.js';
import { createJobQueue } from './job-queue.js';
import { migrateToLatest } from './migrate.js';
import { postgresTarget, type StoreTarget, sqliteTarget } from './test-support/store-targets.js';

/**
 * Store throughput on each dialect, printed for the notes (`npm run bench:server`). A benchmark, not a
 * test: it is outside `npm test` and asserts only that the work it timed was done.
 */
const ROWS = 2_000;
const COMMITS = 300;

const targets: StoreTarget[] = [sqliteTarget, await postgresTarget()];

async function rate(label: string, count: number, run: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await run();
  const perSecond = count / ((performance.now() - start) / 1000);
  console.log(`${label.padEnd(44)} ${Math.round(perSecond).toLocaleString('en').padStart(10)} /s`);
  return perSecond;
}

for (const target of targets.filter((t) => t.unavailable === undefined)) {
  describe(`store throughput on ${target.name}`, () => {
    let store: VigieDatabase;
    let drop: () => Promise<void>;
    beforeAll(async () => {
      const created = await target.create();
      drop = created.drop;
      store = createDatabase(created);
      expect((await migrateToLatest(store)).ok).toBe(true);
    });
    afterAll(async () => {
      await store?.close();
      await drop?.();
    });

    it('commits single writes, batched writes, email lookups and job claims and prints their rates', async () => {
      const at = new Date().toISOString();
      const entry = (seq: number) => ({
        seq,
        at,
        actor: 'system',
        action: 'bench.write',
        subject: null,
        purpose: null,
        origin: 'bench',
        prev_hash: '0',
        hash: String(seq),
      });
      await rate(`${target.name}: durable single-row commits`, COMMITS, async () => {
        for (let seq = 1; seq <= COMMITS; seq++)
          await store.db.insertInto('journal_entries').values(entry(seq)).execute();
      });
      await rate(`${target.name}: rows in 500-row transactions`, ROWS, async () => {
        for (let from = COMMITS + 1; from <= COMMITS + ROWS; from += 500) {
          const rows = Array.from({ length: 500 }, (_, n) => entry(from + n));
          await store.db.transaction().execute((trx) => trx.insertInto('journal_entries').values(rows).execute());
        }
      });

      const users = Array.from({ length: ROWS }, (_, n) => ({
        id: `u${n}`,
        email_blind_index: `index-${n}`,
        email_encrypted: 'v1.x',
        display_name_encrypted: null,
        password_hash: 'h',
        role: 'agent' as const,
        totp_secret_encrypted: null,
        totp_enabled_at: null,
        totp_last_step: null,
        failed_logins: 0,
        locked_until: null,
        disabled_at: null,
        created_at: at,
        updated_at: at,
      }));
      for (let n = 0; n < ROWS; n += 500)
        await store.db
          .insertInto('users')
          .values(users.slice(n, n + 500))
          .execute();
      await rate(`${target.name}: user lookups by email blind index`, ROWS, async () => {
        for (let n = 0; n < ROWS; n++) {
          await store.db
            .selectFrom('users')
            .select('id')
            .where('email_blind_index', '=', `index-${n}`)
            .executeTakeFirstOrThrow();
        }
      });

      const queue = createJobQueue(store);
      for (let n = 0; n < COMMITS; n++)
        await queue.enqueue({ name: 'bench.noop', version: 1, payload: { n } }, new Date(0));
      await rate(`${target.name}: job claim + complete`, COMMITS, async () => {
        for (
          let job = await queue.claim('w', new Date(), 60_000);
          job;
          job = await queue.claim('w', new Date(), 60_000)
        ) {
          await queue.complete(job.id, 'w', new Date());
        }
      });
    }, 120_000);
  });
}
