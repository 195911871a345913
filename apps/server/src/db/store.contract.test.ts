import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseConfig } from '../config/config.js';
import { createDatabase, type VigieDatabase } from './database.js';
import { createJobQueue } from './job-queue.js';
import { migrateToLatest } from './migrate.js';
import { storeErrorCode } from './store.errors.js';
import { databaseArgument } from './test-support/database-argument.js';
import { exited, onLines, startScript } from './test-support/run-script.js';
import { postgresTarget, type StoreTarget, sqliteTarget } from './test-support/store-targets.js';

const TABLES = [
  'users',
  'user_recovery_codes',
  'sessions',
  'api_keys',
  'journal_entries',
  'journal_checkpoints',
  'jobs',
  'encryption_keys',
  'rights_requests',
  'request_verifications',
  'fulfilment_plans',
  'fulfilment_steps',
  'export_packages',
  'external_tasks',
];
const NOW = new Date('2026-03-01T12:00:00.000Z');
/** Every migration in the order it applies: each new migration is added here once. */
const MIGRATIONS = [
  '0001-accounts',
  '0002-journal',
  '0003-jobs',
  '0004-keys',
  '0005-requests',
  '0006-fulfilment',
  '0007-request-attachments',
  '0008-request-desk',
  '0009-external-tasks',
  '0010-consents',
  '0011-incidents',
  '0012-retention-runs',
  '0013-assessments',
  '0014-known-consents',
  '0015-complaints',
];
const LEASE_MS = 60_000;

const targets: StoreTarget[] = [sqliteTarget, await postgresTarget()];

function user(id: string, emailIndex: string) {
  return {
    id,
    email_blind_index: emailIndex,
    email_encrypted: `v1.enc.${id}`,
    display_name_encrypted: null,
    password_hash: '$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA',
    role: 'agent' as const,
    totp_secret_encrypted: null,
    totp_enabled_at: null,
    totp_last_step: null,
    failed_logins: 0,
    locked_until: null,
    disabled_at: null,
    language: null,
    created_at: NOW.toISOString(),
    updated_at: NOW.toISOString(),
  };
}

async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the store to refuse this write');
}

for (const target of targets) {
  if (target.unavailable !== undefined) {
    if (process.env.CI === 'true') {
      // In CI a missing PostgreSQL is a broken pipeline, not a reason to pass with half the suite.
      describe(`the store on ${target.name}`, () => {
        it('is reachable in CI', () => {
          throw new Error(target.unavailable);
        });
      });
    } else {
      console.warn(`Store contract suite on ${target.name} skipped: ${target.unavailable}`);
    }
    continue;
  }

  describe(`the store on ${target.name}`, () => {
    let database: DatabaseConfig;
    let drop: () => Promise<void>;
    let store: VigieDatabase;

    beforeAll(async () => {
      ({ database, drop } = await target.create());
      store = createDatabase({ database });
      const migrated = await migrateToLatest(store);
      expect(migrated).toMatchObject({
        ok: true,
        applied: MIGRATIONS,
      });
    });

    afterAll(async () => {
      await store?.close();
      await drop?.();
    });

    beforeEach(async () => {
      for (const table of [
        'user_recovery_codes',
        'sessions',
        'api_keys',
        'users',
        'journal_entries',
        'journal_checkpoints',
        'jobs',
        'encryption_keys',
      ] as const) {
        await store.db.deleteFrom(table).execute();
      }
    });

    it('creates every table, and running the migrations again (a restart) changes nothing', async () => {
      const tables = (await store.db.introspection.getTables()).map((t) => t.name);
      expect(tables).toEqual(expect.arrayContaining(TABLES));
      expect(await migrateToLatest(store)).toEqual({ ok: true, applied: [] });
      const restarted = createDatabase({ database });
      try {
        expect(await migrateToLatest(restarted)).toEqual({ ok: true, applied: [] });
      } finally {
        await restarted.close();
      }
    });

    it('comes up migrated when several server processes start at once on a fresh store', async () => {
      const fresh = await target.create();
      try {
        const startAt = String(Date.now() + 1500);
        const outcomes = await Promise.all(
          [0, 1, 2].map(async () => {
            const child = await startScript('migrator.script.ts', [databaseArgument(fresh.database), startAt]);
            const lines: string[] = [];
            onLines(child, (line) => lines.push(line));
            expect(await exited(child)).toEqual({ code: 0, stderr: '' });
            return JSON.parse(lines.join('')) as { ok: boolean; applied: string[] };
          }),
        );
        expect(outcomes.every((o) => o.ok)).toBe(true);
        // Each migration ran exactly once, in whichever process got there first.
        expect(outcomes.flatMap((o) => o.applied).sort()).toEqual(MIGRATIONS);
      } finally {
        await fresh.drop();
      }
    }, 60_000);

    it('reads back, updates and deletes what it stored, and deleting a user ends their sessions', async () => {
      await store.db.insertInto('users').values(user('u1', 'idx-1')).execute();
      await store.db
        .insertInto('sessions')
        .values({
          id: 's1',
          user_id: 'u1',
          created_at: NOW.toISOString(),
          expires_at: NOW.toISOString(),
          last_seen_at: NOW.toISOString(),
          second_factor_at: null,
          revoked_at: null,
        })
        .execute();
      expect(await store.db.selectFrom('users').selectAll().where('id', '=', 'u1').executeTakeFirst()).toEqual(
        user('u1', 'idx-1'),
      );

      await store.db
        .updateTable('users')
        .set({ failed_logins: 3, locked_until: '2026-03-01T12:15:00.000Z' })
        .where('id', '=', 'u1')
        .execute();
      const updated = await store.db
        .selectFrom('users')
        .select(['failed_logins', 'locked_until'])
        .where('id', '=', 'u1')
        .executeTakeFirstOrThrow();
      expect(updated).toEqual({ failed_logins: 3, locked_until: '2026-03-01T12:15:00.000Z' });

      await store.db.deleteFrom('users').where('id', '=', 'u1').execute();
      expect(await store.db.selectFrom('users').selectAll().execute()).toEqual([]);
      expect(await store.db.selectFrom('sessions').selectAll().execute()).toEqual([]);
    });

    it('returns journal sequence numbers as numbers, whatever their size', async () => {
      const seq = 2 ** 40;
      await store.db
        .insertInto('journal_entries')
        .values({
          seq,
          at: NOW.toISOString(),
          actor: 'system',
          action: 'users.create',
          subject: 'user:u1',
          purpose: null,
          origin: 'cli',
          prev_hash: 'a',
          hash: 'b',
        })
        .execute();
      const row = await store.db.selectFrom('journal_entries').select('seq').executeTakeFirstOrThrow();
      expect(row.seq).toBe(seq);
    });

    it('refuses a second account with the same email with the code store.unique_violation', async () => {
      await store.db.insertInto('users').values(user('u1', 'same-index')).execute();
      const error = await errorOf(store.db.insertInto('users').values(user('u2', 'same-index')).execute());
      expect(storeErrorCode(error)).toBe('store.unique_violation');
    });

    it('refuses a session for an account that does not exist with the code store.foreign_key_violation', async () => {
      const error = await errorOf(
        store.db
          .insertInto('sessions')
          .values({
            id: 's1',
            user_id: 'nobody',
            created_at: NOW.toISOString(),
            expires_at: NOW.toISOString(),
            last_seen_at: NOW.toISOString(),
            second_factor_at: null,
            revoked_at: null,
          })
          .execute(),
      );
      expect(storeErrorCode(error)).toBe('store.foreign_key_violation');
    });

    it('refuses a role that does not exist with the code store.check_violation', async () => {
      const error = await errorOf(
        store.db
          .insertInto('users')
          .values({ ...user('u1', 'i'), role: 'root' as 'owner' })
          .execute(),
      );
      expect(storeErrorCode(error)).toBe('store.check_violation');
    });

    it('keeps nothing of a transaction that failed half-way', async () => {
      const failure = await errorOf(
        store.db.transaction().execute(async (trx) => {
          await trx.insertInto('users').values(user('u1', 'idx-1')).execute();
          await trx.insertInto('users').values(user('u2', 'idx-1')).execute();
        }),
      );
      expect(storeErrorCode(failure)).toBe('store.unique_violation');
      expect(await store.db.selectFrom('users').selectAll().execute()).toEqual([]);
    });

    it('creates one job when the same job is enqueued twice with the same key', async () => {
      const queue = createJobQueue(store);
      const first = await queue.enqueue(
        { name: 'retention.sweep', version: 1, payload: { day: '2026-03-01' }, dedupeKey: 'sweep:2026-03-01' },
        NOW,
      );
      const second = await queue.enqueue(
        { name: 'retention.sweep', version: 1, payload: { day: '2026-03-01' }, dedupeKey: 'sweep:2026-03-01' },
        NOW,
      );
      expect(second).toEqual({ id: first.id, created: false });
      expect(await store.db.selectFrom('jobs').select('id').execute()).toEqual([{ id: first.id }]);
    });

    it('does not hand out a job before its time, and hands it out with its payload once due', async () => {
      const queue = createJobQueue(store);
      const later = new Date(NOW.getTime() + LEASE_MS);
      await queue.enqueue({ name: 'mail.send', version: 2, payload: { template: 'receipt' }, runAt: later }, NOW);
      expect(await queue.claim('w1', NOW, LEASE_MS)).toBeUndefined();
      const job = await queue.claim('w1', later, LEASE_MS);
      expect(job).toMatchObject({ name: 'mail.send', version: 2, state: 'running', attempts: 1, locked_by: 'w1' });
      expect(JSON.parse(job?.payload ?? '')).toEqual({ template: 'receipt' });
    });

    it('resumes a job whose worker died once its lease has expired, and the dead worker can no longer complete it', async () => {
      const queue = createJobQueue(store);
      const { id } = await queue.enqueue({ name: 'export.build', version: 1, payload: {} }, NOW);
      expect(await queue.claim('dead', NOW, LEASE_MS)).toMatchObject({ id });
      expect(await queue.claim('alive', new Date(NOW.getTime() + LEASE_MS - 1), LEASE_MS)).toBeUndefined();
      const afterLease = new Date(NOW.getTime() + LEASE_MS + 1);
      expect(await queue.claim('alive', afterLease, LEASE_MS)).toMatchObject({ id, attempts: 2, locked_by: 'alive' });
      expect(await queue.complete(id, 'dead', afterLease)).toBe(false);
      expect(await queue.complete(id, 'alive', afterLease)).toBe(true);
      expect(await store.db.selectFrom('jobs').select('state').executeTakeFirst()).toEqual({ state: 'done' });
    });

    it('retries a failed job at the time given, and fails it for good without one', async () => {
      const queue = createJobQueue(store);
      const { id } = await queue.enqueue({ name: 'connector.run', version: 1, payload: {} }, NOW);
      await queue.claim('w1', NOW, LEASE_MS);
      const retryAt = new Date(NOW.getTime() + LEASE_MS);
      expect(await queue.fail(id, 'w1', { error: 'connector.timeout', retryAt }, NOW)).toBe(true);
      expect(await queue.claim('w1', NOW, LEASE_MS)).toBeUndefined();
      expect(await queue.claim('w1', retryAt, LEASE_MS)).toMatchObject({ id, attempts: 2 });
      expect(await queue.fail(id, 'w1', { error: 'connector.timeout' }, retryAt)).toBe(true);
      expect(await store.db.selectFrom('jobs').select(['state', 'last_error']).executeTakeFirst()).toEqual({
        state: 'failed',
        last_error: 'connector.timeout',
      });
    });

    it('never gives the same job to two workers claiming at once from separate processes', async () => {
      const JOBS = 150;
      const WORKERS = 3;
      const queue = createJobQueue(store);
      const ids = new Set<string>();
      for (let i = 0; i < JOBS; i++)
        ids.add((await queue.enqueue({ name: 'test.noop', version: 1, payload: { i } }, new Date(0))).id);
      const startAt = String(Date.now() + 1500);
      const claims: string[][] = [];
      const runs = await Promise.all(
        Array.from({ length: WORKERS }, async (_, w) => {
          const child = await startScript('job-claimer.script.ts', [
            `worker-${w}`,
            databaseArgument(database),
            startAt,
          ]);
          const mine: string[] = [];
          claims.push(mine);
          onLines(child, (line) => mine.push(line));
          return exited(child);
        }),
      );
      for (const run of runs) expect(run).toEqual({ code: 0, stderr: '' });
      const all = claims.flat();
      expect(all.length).toBe(JOBS);
      expect(new Set(all)).toEqual(ids);
      // Competition happened: more than one worker got jobs (otherwise the test would prove nothing).
      expect(claims.filter((mine) => mine.length > 0).length).toBeGreaterThan(1);
      const states = await store.db.selectFrom('jobs').select('state').distinct().execute();
      expect(states).toEqual([{ state: 'done' }]);
    }, 60_000);
  });
}
