import { randomUUID } from 'node:crypto';
import type { createJobQueue } from '../db/job-queue.js';

type JobQueue = ReturnType<typeof createJobQueue>;

/** What a job does. Handlers must be idempotent: after a crash, a job whose lease ran out runs again. */
interface JobHandler {
  /** The payload format this handler reads; a job written by another version is failed, not guessed at. */
  readonly version: number;
  run(payload: unknown): Promise<void>;
}

/** A job enqueued at a fixed period by every server; the slot's dedupe key makes it run once per period overall. */
interface RecurringJob {
  readonly name: string;
  readonly everyMs: number;
}

interface JobRunnerOptions {
  readonly queue: JobQueue;
  readonly handlers: Readonly<Record<string, JobHandler>>;
  readonly recurring?: readonly RecurringJob[];
  readonly now?: () => Date;
  /** How often an idle runner looks for due jobs. */
  readonly pollMs?: number;
  /** How long a claimed job is this worker's; a worker that dies lets it go after this. */
  readonly leaseMs?: number;
  /** Attempts before a job is failed for good. */
  readonly maxAttempts?: number;
  readonly onError?: (error: unknown, job: { id: string; name: string }) => void;
}

const POLL_MS = 1000;
// Longer than any job this server runs in one go (batched work re-enqueues itself), short enough that a crashed
// worker's job resumes within minutes.
const LEASE_MS = 5 * 60_000;
const MAX_ATTEMPTS = 5;
const RETRY_BASE_MS = 30_000;

/** The error a job's row keeps: its type and stable code, never its message (it could quote personal data). */
function failureText(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? `${error.name}: ${code}` : error.name;
  }
  return 'non-error thrown';
}

/**
 * Runs the store's durable jobs in this process, one at a time: claims the next due job (several servers share
 * the queue through the store; a claim is atomic), runs its handler, marks it done, or schedules a retry with
 * exponential back-off, failing it for good after maxAttempts. Recurring jobs are enqueued with a dedupe key per
 * period, so however many servers run, each period's job exists once.
 */
export function createJobRunner(options: JobRunnerOptions) {
  const { queue, handlers } = options;
  const now = options.now ?? (() => new Date());
  const pollMs = options.pollMs ?? POLL_MS;
  const leaseMs = options.leaseMs ?? LEASE_MS;
  const maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS;
  const workerId = `worker-${randomUUID()}`;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = true;

  async function scheduleRecurring(): Promise<void> {
    const at = now();
    for (const job of options.recurring ?? []) {
      const slot = Math.floor(at.getTime() / job.everyMs);
      await queue.enqueue(
        { name: job.name, version: handlers[job.name]?.version ?? 1, payload: {}, dedupeKey: `${job.name}@${slot}` },
        at,
      );
    }
  }

  /** Runs due jobs until none is left; resolves with how many ran. */
  async function drain(): Promise<number> {
    let ran = 0;
    for (;;) {
      const job = await queue.claim(workerId, now(), leaseMs);
      if (job === undefined) return ran;
      ran += 1;
      const handler = handlers[job.name];
      try {
        if (handler === undefined) throw Object.assign(new Error('no handler'), { code: 'jobs.unknown_job' });
        if (handler.version !== job.version)
          throw Object.assign(new Error('version'), { code: 'jobs.version_mismatch' });
        await handler.run(JSON.parse(job.payload));
        await queue.complete(job.id, workerId, now());
      } catch (error) {
        options.onError?.(error, { id: job.id, name: job.name });
        const permanent = handler === undefined || handler.version !== job.version || job.attempts >= maxAttempts;
        const retryAt = permanent ? undefined : new Date(now().getTime() + RETRY_BASE_MS * 2 ** (job.attempts - 1));
        await queue.fail(job.id, workerId, { error: failureText(error), ...(retryAt ? { retryAt } : {}) }, now());
      }
    }
  }

  async function tick(): Promise<void> {
    try {
      await scheduleRecurring();
      await drain();
    } catch (error) {
      options.onError?.(error, { id: '-', name: '-' });
    } finally {
      if (!stopped) {
        timer = setTimeout(() => {
          running = tick();
        }, pollMs);
      }
    }
  }

  return {
    workerId,
    drain,
    scheduleRecurring,
    start(): void {
      if (!stopped) return;
      stopped = false;
      running = tick();
    },
    /** Stops polling and waits for the job in hand to finish (graceful shutdown). */
    async stop(): Promise<void> {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      await running;
    },
  };
}
