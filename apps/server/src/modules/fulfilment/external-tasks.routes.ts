import * as z from 'zod';
import { actorOf } from '../../app/caller.js';
import { rawBodyOf } from '../../app/raw-body.js';
import { defineRoute, needs, PUBLIC, type RouteDefinition } from '../../app/route.js';
import type { RequestJournal } from '../journal/journal.recorder.js';
import type { ExternalTasks } from './external-tasks.js';
import { fulfilmentProblem } from './fulfilment.errors.js';
import { SIGNATURE_HEADER } from './webhook-signature.js';

const taskParams = z.object({ taskId: z.uuid() });
// Exported rows of an access request come in this body: larger than the app's default, bounded all the same.
const RESULT_BODY_LIMIT = 8 * 1024 * 1024;
// Systems post once per task; more than this from one address is not a system doing its job.
const RESULT_RATE_LIMIT = { max: 60, timeWindowMs: 60_000 };
const taskSchema = z.object({
  id: z.string(),
  requestId: z.string(),
  dataset: z.string(),
  system: z.string(),
  kind: z.enum(['webhook', 'manual']),
  state: z.enum(['open', 'closed']),
  deadline: z.string(),
  delivered: z.boolean(),
  outcome: z.string().nullable(),
  instructions: z.object({ fr: z.string(), en: z.string() }).optional(),
  note: z.string().optional(),
});

/** The tasks of systems Vigie cannot query: staff's list and completion, and the webhook systems' signed results. */
export function externalTasksRoutes(deps: { tasks: ExternalTasks; journal: RequestJournal }): RouteDefinition[] {
  const { tasks, journal } = deps;
  const guarded = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw fulfilmentProblem(error);
    }
  };
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/fulfilment/tasks',
      access: needs('requests.read'),
      tag: 'requests',
      query: z.object({ state: z.literal('open').optional(), requestId: z.uuid().optional() }),
      summary: {
        en: 'Tasks of systems Vigie cannot query (webhook, manual)',
        fr: 'Tâches des systèmes que Vigie ne peut interroger (webhook, manuel)',
      },
      responses: { 200: { description: 'The tasks', schema: z.object({ tasks: z.array(taskSchema) }) } },
      async handler({ query, request }) {
        const list = await tasks.list({
          ...(query.state === undefined ? {} : { state: query.state }),
          ...(query.requestId === undefined ? {} : { requestId: query.requestId }),
        });
        await journal(request, {
          action: 'fulfilment.read_tasks',
          subject: query.requestId === undefined ? 'tasks:open' : `request:${query.requestId}`,
        });
        return { tasks: list };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/fulfilment/tasks/:taskId/completion',
      access: needs('requests.manage'),
      tag: 'requests',
      params: taskParams,
      body: z.object({
        outcome: z.enum(['done', 'not-found', 'failed']),
        /** What was done (e.g. the paper copy was mailed): kept encrypted. */
        note: z.string().trim().min(1).max(4000),
      }),
      summary: { en: 'Complete a manual task', fr: 'Terminer une tâche manuelle' },
      responses: { 200: { description: 'Closed', schema: z.object({ closed: z.literal(true) }) } },
      async handler({ params, body, caller, request }) {
        const { requestId } = await guarded(() => tasks.complete(params.taskId, body, actorOf(caller)));
        await journal(request, { action: 'fulfilment.task_completed', subject: `request:${requestId}` });
        return { closed: true as const };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/fulfilment/tasks/:taskId/result',
      // Public to the session layer, authenticated by the system's signature over the raw body.
      access: PUBLIC,
      rawBody: true,
      bodyLimit: RESULT_BODY_LIMIT,
      rateLimit: RESULT_RATE_LIMIT,
      tag: 'requests',
      params: taskParams,
      summary: {
        en: 'A webhook system posts its result (signed with Vigie-Signature)',
        fr: 'Un système webhook transmet son résultat (signé par Vigie-Signature)',
      },
      responses: { 200: { description: 'Accepted', schema: z.object({ accepted: z.literal(true) }) } },
      async handler({ params, request }) {
        const header = request.headers[SIGNATURE_HEADER];
        const signature = typeof header === 'string' ? header : undefined;
        const raw = rawBodyOf(request);
        const { requestId } = await guarded(() => tasks.acceptResult(params.taskId, signature, raw, request.body));
        await journal(request, { action: 'fulfilment.task_result', subject: `request:${requestId}` });
        return { accepted: true as const };
      },
    }),
  ];
}
