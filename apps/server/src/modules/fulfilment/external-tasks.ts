import { randomUUID } from 'node:crypto';
import type { Identity } from '@vigie/connectors';
import { type DeadlinePack, type Declaration, type Localized, requestClock } from '@vigie/core';
import type { Kysely } from 'kysely';
import type { FieldCipher } from '../../crypto/field-cipher.js';
import type { createJobQueue } from '../../db/job-queue.js';
import type { Database } from '../../db/schema.js';
import { rightsRequestOf } from '../requests/request-record.js';
import type { RequestRow } from '../requests/requests.store.js';
import { createExternalTasksStore, type TaskRow } from './external-tasks.store.js';
import { FulfilmentError } from './fulfilment.errors.js';
import type { ExternalSystemPlan, StoredPlan } from './fulfilment-plan.js';
import type { SystemResult } from './run-system.js';
import { webhookResultSchema, webhookSystemResult } from './webhook-result.js';
import { SIGNATURE_HEADER, signBody, verifyBody } from './webhook-signature.js';
import type { WebhookTargets } from './webhook-targets.js';

export const WEBHOOK_DELIVERY_JOB = 'fulfilment.webhook_delivery';
export const TASK_DEADLINE_JOB = 'fulfilment.task_deadline';
const JOB_VERSION = 1;
// A system that takes longer to acknowledge is retried: the work itself happens after the 2xx, not before it.
const DELIVERY_TIMEOUT_MS = 15_000;
// A request approved on its last day still gives the system a day to answer; its own failure is then on record.
const MINIMUM_DELAY_MS = 86_400_000;

/** What staff report on a manual task. */
export interface ManualCompletion {
  readonly outcome: 'done' | 'not-found' | 'failed';
  readonly note: string;
}

interface ExternalTasksOptions {
  readonly db: Kysely<Database>;
  readonly cipher: FieldCipher;
  readonly declaration: Declaration;
  readonly queue: ReturnType<typeof createJobQueue>;
  readonly webhooks: WebhookTargets;
  readonly publicUrl: string;
  readonly now: () => Date;
  readonly pack: DeadlinePack;
  readonly record: (action: string, requestId: string) => Promise<unknown>;
  /** Writes the system's step, once. */
  readonly recordStep: (requestId: string, result: SystemResult) => Promise<void>;
  /** Closes the request when every system has answered. */
  readonly finish: (requestId: string) => Promise<void>;
  /** The approved plan and the identities it was made with. */
  readonly planOf: (requestId: string) => Promise<{ plan: StoredPlan; identities: readonly Identity[] }>;
}

const taskIdOf = (payload: unknown) => {
  const taskId = (payload as { taskId?: unknown }).taskId;
  if (typeof taskId !== 'string') throw Object.assign(new Error('payload'), { code: 'fulfilment.bad_payload' });
  return taskId;
};

/**
 * The systems Vigie cannot query. A webhook system is sent the request, signed, until it acknowledges; it posts its
 * result back, signed the same way. A manual system is a task for staff. Either way the system's step is written
 * when it answers, and the request is closed when the last system has; a task still open at its deadline is a
 * failure of its system, never a success.
 */
export function createExternalTasks(options: ExternalTasksOptions) {
  const { cipher, now } = options;
  const store = createExternalTasksStore(options.db);
  const datasetOf = (id: string) => options.declaration.datasets.find((d) => d.id === id);
  const system = (task: TaskRow) => datasetOf(task.dataset)?.system ?? task.dataset;

  async function closeWith(task: TaskRow, result: SystemResult, change: Parameters<typeof store.close>[1]) {
    if (!(await store.close(task.id, change))) throw new FulfilmentError('fulfilment.task_closed');
    await options.recordStep(task.request_id, result);
    await options.record(result.ok ? 'fulfilment.system_done' : 'fulfilment.system_failed', task.request_id);
    await options.finish(task.request_id);
  }

  return {
    /** Opens the system's task (once per request), and queues its delivery and its deadline. */
    async open(row: RequestRow, target: ExternalSystemPlan): Promise<void> {
      const at = now();
      const clock = requestClock(options.pack, rightsRequestOf(row));
      const legalEnd = clock.running ? clock.deadline.endsAt.getTime() : 0;
      const deadline = new Date(Math.max(legalEnd, at.getTime() + MINIMUM_DELAY_MS));
      const task = await store.open({
        id: randomUUID(),
        request_id: row.id,
        dataset: target.dataset,
        kind: target.external,
        state: 'open',
        deadline: deadline.toISOString(),
        delivered_at: null,
        outcome: null,
        note_encrypted: null,
        closed_by: null,
        closed_at: null,
        created_at: at.toISOString(),
      });
      if (task.kind === 'webhook')
        await options.queue.enqueue(
          {
            name: WEBHOOK_DELIVERY_JOB,
            version: JOB_VERSION,
            payload: { taskId: task.id },
            dedupeKey: `${WEBHOOK_DELIVERY_JOB}:${task.id}`,
          },
          at,
        );
      await options.queue.enqueue(
        {
          name: TASK_DEADLINE_JOB,
          version: JOB_VERSION,
          payload: { taskId: task.id },
          dedupeKey: `${TASK_DEADLINE_JOB}:${task.id}`,
          runAt: new Date(task.deadline),
        },
        at,
      );
      await options.record(task.kind === 'webhook' ? 'fulfilment.webhook_task' : 'fulfilment.manual_task', row.id);
    },

    /** The job that sends the request to a webhook system; a refusal or no answer throws, so the queue retries. */
    delivery: {
      version: JOB_VERSION,
      async run(payload: unknown): Promise<void> {
        const task = await store.byId(taskIdOf(payload));
        if (task === undefined || task.state !== 'open' || task.delivered_at !== null) return;
        const dataset = datasetOf(task.dataset);
        const target = dataset === undefined ? undefined : options.webhooks(dataset);
        if (target === undefined)
          throw Object.assign(new Error('webhook'), { code: 'fulfilment.webhook_not_configured' });
        const { plan, identities } = await options.planOf(task.request_id);
        const body = JSON.stringify({
          task: task.id,
          kind: plan.kind,
          identities,
          rectifications: plan.rectifications
            .filter((r) => r.dataset === task.dataset)
            .map((r) => ({ table: r.table, key: r.key, changes: r.changes })),
          callback: `${options.publicUrl}/api/v1/fulfilment/tasks/${task.id}/result`,
          deadline: task.deadline,
        });
        let status = 0;
        try {
          const answer = await fetch(target.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signBody(target.secret, body, now()) },
            body,
            redirect: 'error',
            signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
          });
          status = answer.status;
          await answer.body?.cancel();
        } catch {
          status = 0;
        }
        if (status < 200 || status > 299)
          throw Object.assign(new Error('webhook'), { code: `fulfilment.webhook_refused_${status}` });
        await store.delivered(task.id, now().toISOString());
        await options.record('fulfilment.webhook_delivered', task.request_id);
      },
    },

    /** The job at a task's deadline: a task still open is its system's failure. */
    deadline: {
      version: JOB_VERSION,
      async run(payload: unknown): Promise<void> {
        const task = await store.byId(taskIdOf(payload));
        if (task === undefined || task.state !== 'open') return;
        const at = now();
        if (at < new Date(task.deadline))
          throw Object.assign(new Error('early'), { code: 'fulfilment.deadline_not_reached' });
        const result: SystemResult = {
          ok: false,
          dataset: task.dataset,
          system: system(task),
          code: 'external.expired',
        };
        await closeWith(task, result, {
          outcome: 'expired',
          note_encrypted: null,
          closed_by: 'system',
          closed_at: at.toISOString(),
        }).catch((error: unknown) => {
          // Answered meanwhile: the answer stands.
          if (!(error instanceof FulfilmentError)) throw error;
        });
      },
    },

    /**
     * A webhook system's result, authenticated by the signature over the raw body with its dataset's secret. An
     * unknown task, a bad signature or a stale timestamp is refused as unauthenticated; a task already closed, as a
     * conflict; nothing changes either way.
     */
    async acceptResult(taskId: string, signature: string | undefined, raw: Buffer, body: unknown) {
      const task = await store.byId(taskId);
      const dataset = task === undefined || task.kind !== 'webhook' ? undefined : datasetOf(task.dataset);
      const target = dataset === undefined ? undefined : options.webhooks(dataset);
      // The same refusal whether the task or the secret is unknown, so the route reveals nothing by its answer.
      if (task === undefined || target === undefined) throw new FulfilmentError('fulfilment.bad_signature');
      const verdict = verifyBody(target.secret, signature, raw, now());
      if (verdict === 'bad') throw new FulfilmentError('fulfilment.bad_signature');
      if (verdict === 'expired') throw new FulfilmentError('fulfilment.stale_signature');
      if (task.state !== 'open') throw new FulfilmentError('fulfilment.task_closed');
      // Read only once the signature holds, so an unsigned body's shape is never reported on.
      const parsed = webhookResultSchema.safeParse(body);
      if (!parsed.success) throw new FulfilmentError('fulfilment.bad_result');
      const result = parsed.data;
      const { plan } = await options.planOf(task.request_id);
      const systemResult = webhookSystemResult(plan.kind, { dataset: task.dataset, system: system(task) }, result);
      await closeWith(task, systemResult, {
        outcome: result.outcome,
        note_encrypted: null,
        closed_by: `system:${task.dataset}`,
        closed_at: now().toISOString(),
      });
      return { requestId: task.request_id };
    },

    /** Staff's report on a manual task: done, nothing found (done, nothing held), or failed; the note encrypted. */
    async complete(taskId: string, input: ManualCompletion, by: string) {
      const task = await store.byId(taskId);
      if (task === undefined || task.kind !== 'manual') throw new FulfilmentError('fulfilment.task_not_found');
      if (task.state !== 'open') throw new FulfilmentError('fulfilment.task_closed');
      const where = { dataset: task.dataset, system: system(task) };
      const result: SystemResult =
        input.outcome === 'failed' ? { ok: false, ...where, code: 'external.failed' } : { ok: true, ...where };
      await closeWith(task, result, {
        outcome: input.outcome,
        note_encrypted: cipher.encrypt(input.note, {
          table: 'external_tasks',
          column: 'note_encrypted',
          rowId: task.id,
        }),
        closed_by: by,
        closed_at: now().toISOString(),
      });
      return { requestId: task.request_id };
    },

    /** Tasks for staff: open ones everywhere, or those of one request; instructions of manual systems included. */
    async list(filter: { readonly state?: 'open'; readonly requestId?: string }) {
      const rows = filter.requestId === undefined ? await store.listOpen() : await store.ofRequest(filter.requestId);
      return rows
        .filter((t) => filter.state === undefined || t.state === filter.state)
        .map((t) => {
          const instructions: Localized | undefined = datasetOf(t.dataset)?.instructions;
          return {
            id: t.id,
            requestId: t.request_id,
            dataset: t.dataset,
            system: system(t),
            kind: t.kind,
            state: t.state,
            deadline: t.deadline,
            delivered: t.delivered_at !== null,
            outcome: t.outcome,
            ...(instructions === undefined ? {} : { instructions }),
            ...(t.note_encrypted === null
              ? {}
              : {
                  note: cipher.decrypt(t.note_encrypted, {
                    table: 'external_tasks',
                    column: 'note_encrypted',
                    rowId: t.id,
                  }),
                }),
          };
        });
    },
  };
}

export type ExternalTasks = ReturnType<typeof createExternalTasks>;
