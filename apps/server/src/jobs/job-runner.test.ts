import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type VigieDatabase } from '../db/database.js';
import { createJobQueue } from '../db/job-queue.js';
import { migrateToLatest } from '../db/migrate.js';
import { postgresTarget, type StoreTarget, sqliteTarget } from '../db/test-support/store-targets.js';
import { createJobRunner } from './job-runner.js';

const targets: StoreTarget[] = [sqliteTarget, await postgresTarget()];

for (const target of targets) {
  if (target.unavailable !== undefined) {
    if (process.env.CI === 'true') {
      describe(`the job runner on ${target.name}`, () => {
        it('is reachable in CI', () => {
          throw new Error(target.unavailable);
        });
      });
    }
    continue;
  }

  describe(`the job runner on ${target.name}`, () => {
    let store: VigieDatabase;
    let drop: () => Promise<void>;
    let clock = new Date('2026-06-01T08:00:00.000Z');
    const now = () => clock;

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

    const state = async (name: string) =>
      store.db.selectFrom('jobs').select(['state', 'attempts', 'last_error']).where('name', '=', name).execute();

    it('runs a due job once and marks it done', async () => {
      const queue = createJobQueue(store);
      const seen: unknown[] = [];
      await queue.enqueue({ name: 'report.build', version: 1, payload: { id: 7 } }, now());
      const runner = createJobRunner({
        queue,
        now,
        handlers: { 'report.build': { version: 1, run: async (p) => void seen.push(p) } },
      });
      expect(await runner.drain()).toBe(1);
      expect(await runner.drain()).toBe(0);
      expect(seen).toEqual([{ id: 7 }]);
      expect(await state('report.build')).toEqual([{ state: 'done', attempts: 1, last_error: null }]);
    });

    it('retries a failing job with back-off, keeps only the error code, and fails it for good at the limit', async () => {
      const queue = createJobQueue(store);
      await queue.enqueue({ name: 'flaky', version: 1, payload: {} }, now());
      const failing = {
        version: 1,
        run: async () => {
          throw Object.assign(new Error('cannot reach marie@example.org'), { code: 'connector.unreachable' });
        },
      };
      const runner = createJobRunner({ queue, now, maxAttempts: 3, handlers: { flaky: failing } });
      expect(await runner.drain()).toBe(1);
      expect(await state('flaky')).toEqual([
        { state: 'pending', attempts: 1, last_error: 'Error: connector.unreachable' },
      ]);
      // Not due again until the back-off has passed.
      expect(await runner.drain()).toBe(0);
      clock = new Date(clock.getTime() + 31_000);
      expect(await runner.drain()).toBe(1);
      clock = new Date(clock.getTime() + 61_000);
      expect(await runner.drain()).toBe(1);
      expect(await state('flaky')).toEqual([
        { state: 'failed', attempts: 3, last_error: 'Error: connector.unreachable' },
      ]);
    });

    it('fails at once a job no handler knows, or written by another version', async () => {
      const queue = createJobQueue(store);
      await queue.enqueue({ name: 'mystery', version: 1, payload: {} }, now());
      await queue.enqueue({ name: 'versioned', version: 1, payload: {} }, now());
      const runner = createJobRunner({ queue, now, handlers: { versioned: { version: 2, run: async () => {} } } });
      await runner.drain();
      expect(await state('mystery')).toEqual([{ state: 'failed', attempts: 1, last_error: 'Error: jobs.unknown_job' }]);
      expect(await state('versioned')).toEqual([
        { state: 'failed', attempts: 1, last_error: 'Error: jobs.version_mismatch' },
      ]);
    });

    it('resumes a job whose worker died once its lease has run out', async () => {
      const queue = createJobQueue(store);
      await queue.enqueue({ name: 'resumable', version: 1, payload: {} }, now());
      const dead = await queue.claim('worker-that-died', now(), 60_000);
      expect(dead?.name).toBe('resumable');
      let ran = 0;
      const runner = createJobRunner({
        queue,
        now,
        handlers: { resumable: { version: 1, run: async () => void ran++ } },
      });
      expect(await runner.drain()).toBe(0);
      clock = new Date(clock.getTime() + 61_000);
      expect(await runner.drain()).toBe(1);
      expect(ran).toBe(1);
      expect(await state('resumable')).toEqual([{ state: 'done', attempts: 2, last_error: null }]);
    });

    it('enqueues a recurring job once per period however many servers schedule it', async () => {
      const queue = createJobQueue(store);
      const recurring = [{ name: 'sessions.purge_expired', everyMs: 3_600_000 }];
      const handlers = { 'sessions.purge_expired': { version: 1, run: async () => {} } };
      const one = createJobRunner({ queue, now, recurring, handlers });
      const two = createJobRunner({ queue, now, recurring, handlers });
      await Promise.all([one.scheduleRecurring(), two.scheduleRecurring(), one.scheduleRecurring()]);
      expect(await state('sessions.purge_expired')).toHaveLength(1);
      clock = new Date(clock.getTime() + 3_600_000);
      await two.scheduleRecurring();
      expect(await state('sessions.purge_expired')).toHaveLength(2);
    });
  });
}
