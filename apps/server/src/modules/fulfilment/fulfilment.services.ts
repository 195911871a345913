import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Identity } from '@vigie/connectors';
import { type DeadlinePack, type Declaration, loadDeadlinePack, moveRequest } from '@vigie/core';
import type { Kysely } from 'kysely';
import type { FieldCipher } from '../../crypto/field-cipher.js';
import type { createJobQueue } from '../../db/job-queue.js';
import type { Database } from '../../db/schema.js';
import type { JournalEntry, JournalEvent } from '../journal/journal.entry.js';
import type { RequestMailer } from '../requests/request-mailer.js';
import { decryptIdentity, rightsRequestOf } from '../requests/request-record.js';
import { createRequestsStore, type RequestRow } from '../requests/requests.store.js';
import type { DatasetConnections } from './dataset-connections.js';
import { buildExportPackage, type ExportedSystem } from './export-package.js';
import { createExternalTasks } from './external-tasks.js';
import { FulfilmentError } from './fulfilment.errors.js';
import { createFulfilmentStore, type StepRow } from './fulfilment.store.js';
import { buildPlan, isLocated, planView, type RectificationAsk, type StoredPlan } from './fulfilment-plan.js';
import { runSystem, type SystemResult } from './run-system.js';
import type { WebhookTargets } from './webhook-targets.js';

export const EXECUTE_JOB = 'fulfilment.execute';
const EXECUTE_JOB_VERSION = 1;
// Long enough to download at leisure, short enough that a forwarded or leaked link soon stops working.
const DOWNLOAD_TTL_MS = 7 * 86_400_000;
// The privacy center's download page in the request's language (apps/web/src/privacy-center/pages.ts).
const DOWNLOAD_PAGE = { fr: '/fr/telechargement', en: '/en/download' } as const;
const AUTOMATED = new Set(['access', 'portability', 'rectification', 'erasure'] as const);
type AutomatedKind = 'access' | 'portability' | 'rectification' | 'erasure';

interface FulfilmentOptions {
  readonly db: Kysely<Database>;
  readonly cipher: FieldCipher;
  readonly declaration: Declaration;
  readonly connections: DatasetConnections;
  /** Where webhook systems are asked, and the secret each signs with. */
  readonly webhooks: WebhookTargets;
  readonly queue: ReturnType<typeof createJobQueue>;
  readonly journal: { record(events: readonly JournalEvent[]): Promise<readonly JournalEntry[]> };
  readonly mailer: RequestMailer | undefined;
  readonly publicUrl: string;
  readonly now: () => Date;
  readonly pack?: DeadlinePack;
}

const tokenHash = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/**
 * Fulfilment of a verified request through the connectors: a plan staff can read (per system, kept rows with the
 * rule and its law), approval that enqueues one durable job per request, and that job, which runs each system once
 * (a step is recorded when the system has answered, so a resumed job skips it), builds the export package, and
 * moves the request to its final state from the results.
 */
export function createFulfilmentServices(options: FulfilmentOptions) {
  const { cipher, now } = options;
  const requests = createRequestsStore(options.db);
  const store = createFulfilmentStore(options.db);
  const pack = options.pack ?? loadDeadlinePack();
  const seal = (
    table: 'fulfilment_plans' | 'fulfilment_steps' | 'export_packages',
    column: string,
    id: string,
    text: string,
  ) => cipher.encrypt(text, { table, column, rowId: id });
  const open = (
    table: 'fulfilment_plans' | 'fulfilment_steps' | 'export_packages',
    column: string,
    id: string,
    text: string,
  ) => cipher.decrypt(text, { table, column, rowId: id });
  const record = (action: string, requestId: string) =>
    options.journal.record([
      { actor: 'system', action, subject: `request:${requestId}`, purpose: null, origin: 'job' },
    ]);

  async function recordStep(requestId: string, result: SystemResult): Promise<void> {
    const stepId = `${requestId}:${result.dataset}`;
    await store.recordStep({
      id: stepId,
      request_id: requestId,
      dataset: result.dataset,
      outcome: result.ok ? 'done' : 'failed',
      result_encrypted: seal('fulfilment_steps', 'result_encrypted', stepId, JSON.stringify(result)),
      finished_at: now().toISOString(),
    });
  }

  const tasks = createExternalTasks({
    db: options.db,
    cipher,
    declaration: options.declaration,
    queue: options.queue,
    webhooks: options.webhooks,
    publicUrl: options.publicUrl,
    now,
    pack,
    record,
    recordStep,
    finish,
    planOf: async (requestId) => {
      const row = await store.planOf(requestId);
      if (row === undefined) throw new FulfilmentError('fulfilment.no_plan');
      return {
        plan: JSON.parse(open('fulfilment_plans', 'plan_encrypted', row.id, row.plan_encrypted)) as StoredPlan,
        identities: JSON.parse(
          open('fulfilment_plans', 'identities_encrypted', row.id, row.identities_encrypted),
        ) as Identity[],
      };
    },
  });

  /**
   * Closes the request once every system of its plan has answered (a webhook or manual system answers later, through
   * its task): delivers the package of an access request and moves the request from the results.
   */
  async function finish(requestId: string): Promise<void> {
    const row = await requests.byId(requestId);
    if (row === undefined || row.state !== 'awaiting-approval') return;
    const plan = await storedPlan(requestId);
    const steps = await store.stepsOf(requestId);
    const answered = new Set(steps.map((s) => s.dataset));
    if (!plan.systems.every((s) => answered.has(s.dataset))) return;
    const results = steps.map(
      (s) => JSON.parse(open('fulfilment_steps', 'result_encrypted', s.id, s.result_encrypted)) as SystemResult,
    );
    if (plan.kind === 'access' || plan.kind === 'portability') await deliverPackage(row, steps, results);
    const failed = results.some((r) => !r.ok);
    const retained = results.some((r) => r.ok && (r.erased ?? []).some((t) => t.kept.length > 0));
    // A failed system is never a success. Rows the law makes us keep are a partial refusal with its ground; a
    // system that failed has no legal ground, so the request stays awaiting approval for staff to decide.
    const closed = failed
      ? false
      : retained
        ? await move(row, 'partly-refused', 'legal-retention-obligation')
        : await move(row, 'completed');
    await record(closed ? 'fulfilment.executed' : 'fulfilment.needs_decision', requestId);
  }

  async function existing(id: string): Promise<RequestRow> {
    const row = await requests.byId(id);
    if (row === undefined) throw new FulfilmentError('fulfilment.not_found');
    return row;
  }

  async function storedPlan(requestId: string): Promise<StoredPlan> {
    const row = await store.planOf(requestId);
    if (row === undefined) throw new FulfilmentError('fulfilment.no_plan');
    return JSON.parse(open('fulfilment_plans', 'plan_encrypted', row.id, row.plan_encrypted)) as StoredPlan;
  }

  async function move(row: RequestRow, to: 'awaiting-approval' | 'completed' | 'partly-refused', reason?: string) {
    const at = now();
    const moved = moveRequest(pack, rightsRequestOf(row), to, at, reason);
    if (!moved.ok) return false;
    return requests.move(row.id, row.state, {
      state: moved.request.state,
      history: JSON.stringify(moved.request.history),
      refusal_reason: moved.request.refusalReason ?? null,
      updated_at: at.toISOString(),
    });
  }

  /** The export package of the systems that answered, with a fresh link emailed to the verified address. */
  async function deliverPackage(row: RequestRow, steps: readonly StepRow[], results: readonly SystemResult[]) {
    let stored = await store.packageOf(row.id);
    if (stored === undefined) {
      const systems: ExportedSystem[] = results.flatMap((r) =>
        r.ok && r.exported !== undefined ? [{ dataset: r.dataset, system: r.system, tables: r.exported }] : [],
      );
      const organisation = options.declaration.organisation;
      const zip = buildExportPackage(systems, {
        reference: row.reference,
        organisation: organisation.displayName ?? organisation.legalName,
        createdAt: steps.at(-1)?.finished_at ?? now().toISOString(),
      });
      const id = randomUUID();
      await store.insertPackage({
        id,
        request_id: row.id,
        package_encrypted: seal('export_packages', 'package_encrypted', id, Buffer.from(zip).toString('base64')),
        token_hash: tokenHash(randomBytes(32).toString('base64url')),
        expires_at: now().toISOString(),
        downloads: 0,
        created_at: now().toISOString(),
      });
      stored = await store.packageOf(row.id);
    }
    if (stored === undefined) throw new Error('export package not stored');
    // Only the hash is kept, so a resumed job cannot resend the link of a run that crashed: it issues a new one.
    const token = randomBytes(32).toString('base64url');
    await store.renewToken(stored.id, tokenHash(token), new Date(now().getTime() + DOWNLOAD_TTL_MS).toISOString());
    const email = decryptIdentity(cipher, row).email;
    if (email !== undefined && options.mailer !== undefined) {
      // The token travels after `#`: browsers never send the fragment, so it reaches no server log.
      const link = `${options.publicUrl}${DOWNLOAD_PAGE[row.language]}#${token}`;
      await options.mailer.send({
        to: email,
        subject: `Vos renseignements / Your information — ${row.reference}`,
        text: [
          `Vos renseignements personnels sont prêts (demande ${row.reference}). Ce lien fonctionne 7 jours :`,
          link,
          '',
          `Your personal information is ready (request ${row.reference}). This link works for 7 days:`,
          link,
        ].join('\n'),
      });
    }
    await record('fulfilment.package_sent', row.id);
  }

  return {
    /**
     * Locates the person in every dataset by the request's verified identities (the requester's email, and those
     * staff add) and stores each system's plan, encrypted; the request then awaits approval.
     */
    async plan(
      id: string,
      input: { readonly identities: readonly Identity[]; readonly rectifications: readonly RectificationAsk[] },
      by: string,
    ) {
      const row = await existing(id);
      if (row.state !== 'in-progress') throw new FulfilmentError('fulfilment.wrong_state');
      if (!AUTOMATED.has(row.kind as AutomatedKind)) throw new FulfilmentError('fulfilment.kind_not_automated');
      const kind = row.kind as AutomatedKind;
      const email = decryptIdentity(cipher, row).email;
      const identities: Identity[] = [
        ...(email === undefined ? [] : [{ kind: 'email', value: email.trim().toLowerCase() }]),
        ...input.identities,
      ];
      if (identities.length === 0) throw new FulfilmentError('fulfilment.no_identity');
      const systems = await buildPlan(options, kind, identities);
      for (const ask of input.rectifications) {
        const system = systems.find((s) => s.dataset === ask.dataset);
        if (system === undefined || !isLocated(system, ask.table, ask.key))
          throw new FulfilmentError('fulfilment.row_not_located');
      }
      const plan: StoredPlan = { kind, systems, rectifications: kind === 'rectification' ? input.rectifications : [] };
      await store.savePlan({
        id,
        identities_encrypted: seal('fulfilment_plans', 'identities_encrypted', id, JSON.stringify(identities)),
        plan_encrypted: seal('fulfilment_plans', 'plan_encrypted', id, JSON.stringify(plan)),
        planned_by: by,
        approved_by: null,
        approved_at: null,
        created_at: now().toISOString(),
      });
      if (!(await move(row, 'awaiting-approval'))) throw new FulfilmentError('fulfilment.wrong_state');
      return planView(plan);
    },

    async view(id: string) {
      await existing(id);
      return planView(await storedPlan(id));
    },

    /** Approves the plan and enqueues its execution: once per request, however often approval is sent. */
    async approve(id: string, by: string): Promise<{ id: string; created: boolean }> {
      const row = await existing(id);
      if (row.state !== 'awaiting-approval') throw new FulfilmentError('fulfilment.wrong_state');
      await storedPlan(id);
      const at = now();
      const job = await options.queue.enqueue(
        {
          name: EXECUTE_JOB,
          version: EXECUTE_JOB_VERSION,
          payload: { requestId: id },
          dedupeKey: `${EXECUTE_JOB}:${id}`,
        },
        at,
      );
      if (job.created) await store.approve(id, by, at.toISOString());
      return job;
    },

    /** The job: runs every system not yet done, then delivers the package and closes the request from the results. */
    job: {
      version: EXECUTE_JOB_VERSION,
      async run(payload: unknown): Promise<void> {
        const requestId = (payload as { requestId?: unknown }).requestId;
        if (typeof requestId !== 'string')
          throw Object.assign(new Error('payload'), { code: 'fulfilment.bad_payload' });
        const row = await requests.byId(requestId);
        // Already closed (a resumed job after the last step): nothing left to do.
        if (row === undefined || row.state !== 'awaiting-approval') return;
        const plan = await storedPlan(requestId);
        const done = new Set((await store.stepsOf(requestId)).map((s) => s.dataset));
        for (const system of plan.systems) {
          if (done.has(system.dataset)) continue;
          // A webhook or manual system gets its task (once); its step is written when it answers.
          if (system.ok && system.external !== undefined) {
            await tasks.open(row, system);
            continue;
          }
          const result = await runSystem(options, plan, system);
          await recordStep(requestId, result);
          if (plan.kind === 'rectification' && result.ok) await record('fulfilment.rectify', requestId);
          await record(result.ok ? 'fulfilment.system_done' : 'fulfilment.system_failed', requestId);
        }
        await finish(requestId);
      },
    },

    /** The tasks of systems Vigie cannot query, and their jobs (delivery to a webhook, deadline). */
    tasks,

    /** The package a download token opens (single purpose, time-limited), or a refusal that says nothing more. */
    async download(token: string): Promise<{ requestId: string; zip: Buffer }> {
      const row = await store.countDownload(tokenHash(token), now().toISOString());
      if (row === undefined) throw new FulfilmentError('fulfilment.download_refused');
      const base64 = open('export_packages', 'package_encrypted', row.id, row.package_encrypted);
      return { requestId: row.request_id, zip: Buffer.from(base64, 'base64') };
    },

    /** What each system did, for staff: outcomes and counts, no values. */
    async results(id: string) {
      await existing(id);
      const steps = await store.stepsOf(id);
      return steps.map((s) => {
        const r = JSON.parse(open('fulfilment_steps', 'result_encrypted', s.id, s.result_encrypted)) as SystemResult;
        return r.ok
          ? {
              dataset: r.dataset,
              ok: true as const,
              ...(r.erased === undefined
                ? {}
                : {
                    erased: r.erased.map((t) => ({
                      table: t.table,
                      deleted: t.deleted,
                      masked: t.masked,
                      kept: t.kept.length,
                    })),
                  }),
              ...(r.exported === undefined ? {} : { exportedRows: r.exported.reduce((n, t) => n + t.rows.length, 0) }),
              ...(r.rectified === undefined ? {} : { rectifiedRows: r.rectified.length }),
            }
          : { dataset: r.dataset, ok: false as const, code: r.code };
      });
    },
  };
}

export type FulfilmentServices = ReturnType<typeof createFulfilmentServices>;
