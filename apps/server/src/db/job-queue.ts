import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { StoreDialect } from './database.js';
import type { Database, JobsTable } from './schema.js';

interface NewJob {
  readonly name: string;
  readonly version: number;
  readonly payload: unknown;
  /** Not before this instant; now when absent. */
  readonly runAt?: Date;
  /** Enqueuing twice with the same key creates one job (a retried request, a sweep scheduled by two servers). */
  readonly dedupeKey?: string;
}

type Job = JobsTable;

/** The store side of the durable job queue: what the job runner (jobs/) builds on. */
interface JobQueue {
  enqueue(job: NewJob, now: Date): Promise<{ id: string; created: boolean }>;
  /**
   * Takes the next due job for this worker, for `leaseMs`. A job whose lease ran out (its worker died) is due
   * again: that is how a job resumes after a crash. Two workers never receive the same job at once.
   */
  claim(workerId: string, now: Date, leaseMs: number): Promise<Job | undefined>;
  /** Marks the job done; false when this worker no longer holds it (its lease expired and another took it). */
  complete(id: string, workerId: string, now: Date): Promise<boolean>;
  /** Records a failed attempt: back to pending at retryAt, or failed for good when retryAt is absent. */
  fail(id: string, workerId: string, failure: { error: string; retryAt?: Date }, now: Date): Promise<boolean>;
}

export function createJobQueue({ db, dialect }: { db: Kysely<Database>; dialect: StoreDialect }): JobQueue {
  return {
    async enqueue(job, now) {
      const id = randomUUID();
      const inserted = await db
        .insertInto('jobs')
        .values({
          id,
          name: job.name,
          version: job.version,
          payload: JSON.stringify(job.payload),
          state: 'pending',
          attempts: 0,
          run_at: (job.runAt ?? now).toISOString(),
          dedupe_key: job.dedupeKey ?? null,
          created_at: now.toISOString(),
        })
        .onConflict((oc) => oc.column('dedupe_key').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (inserted !== undefined) return { id: inserted.id, created: true };
      const existing = await db
        .selectFrom('jobs')
        .select('id')
        .where('dedupe_key', '=', job.dedupeKey ?? null)
        .executeTakeFirstOrThrow();
      return { id: existing.id, created: false };
    },

    async claim(workerId, now, leaseMs) {
      const at = now.toISOString();
      // One UPDATE … WHERE id = (next due job) RETURNING: atomic on both dialects. On PostgreSQL, FOR UPDATE
      // SKIP LOCKED lets concurrent workers each lock a different row instead of queuing on the same one. SQLite
      // has a single writer: the statement takes the write lock before it reads, so no other process can claim
      // between its read and its write (others wait up to the busy timeout).
      let next = db
        .selectFrom('jobs')
        .select('id')
        .where((eb) =>
          eb.or([
            eb.and([eb('state', '=', 'pending'), eb('run_at', '<=', at)]),
            eb.and([eb('state', '=', 'running'), eb('locked_until', '<', at)]),
          ]),
        )
        .orderBy('run_at')
        .limit(1);
      if (dialect === 'postgres') next = next.forUpdate().skipLocked();
      return db
        .updateTable('jobs')
        .set({
          state: 'running',
          locked_by: workerId,
          locked_until: new Date(now.getTime() + leaseMs).toISOString(),
          attempts: sql<number>`attempts + 1`,
        })
        .where('id', '=', next)
        .returningAll()
        .executeTakeFirst();
    },

    async complete(id, workerId, now) {
      const result = await db
        .updateTable('jobs')
        .set({ state: 'done', finished_at: now.toISOString(), locked_by: null, locked_until: null, last_error: null })
        .where('id', '=', id)
        .where('state', '=', 'running')
        .where('locked_by', '=', workerId)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async fail(id, workerId, failure, now) {
      const retry = failure.retryAt !== undefined;
      const result = await db
        .updateTable('jobs')
        .set({
          state: retry ? 'pending' : 'failed',
          run_at: (failure.retryAt ?? now).toISOString(),
          finished_at: retry ? null : now.toISOString(),
          locked_by: null,
          locked_until: null,
          last_error: failure.error,
        })
        .where('id', '=', id)
        .where('state', '=', 'running')
        .where('locked_by', '=', workerId)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
  };
}
