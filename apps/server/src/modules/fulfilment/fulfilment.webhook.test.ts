import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { datasetSchema } from '@vigie/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSeed, healthPlanDataset } from '../../../../../packages/connectors/test/contract/health-plan.js';
import { postgresTarget, type StoreTarget, sqliteTarget } from '../../db/test-support/store-targets.js';
import { type ExternalSystem, signAsSystem, startExternalSystem } from './test-support/external-system.js';
import {
  type FulfilmentServer,
  packageFiles,
  sqliteHealthPlan,
  startFulfilmentServer,
} from './test-support/fulfilment-server.js';

/**
 * A webhook system beside a database (issue 4): the health plan in SQLite, and a pharmacy system Vigie cannot query,
 * played by a real HTTP server on 127.0.0.1 that checks Vigie's signature and posts its result back signed.
 */
const SECRET = 'pharmacy-webhook-secret-for-tests-only-0123456789';
const seed = generateSeed(20);
const dataset = healthPlanDataset((d) => ({ ...d, system: 'emr', engine: 'sqlite' }));
const pharmacy = datasetSchema.parse({ id: 'pharmacy', system: 'emr', engine: 'webhook' });
const prescriptions = {
  table: 'prescriptions',
  columns: [{ name: 'drug', category: 'health' }, { name: 'filled_on' }],
  rows: [{ drug: 'Amoxicilline 500 mg', filled_on: '2026-03-02' }],
};

const targets: StoreTarget[] = [sqliteTarget, await postgresTarget()];

describe.each(targets)('a webhook system, store on $name', (target) => {
  const run = target.unavailable !== undefined && process.env.CI !== 'true' ? it.skip : it;
  let dir: string;
  let vigie: FulfilmentServer;
  let system: ExternalSystem;
  let clock = new Date();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vigie-webhook-'));
    system = await startExternalSystem(SECRET);
    if (target.unavailable !== undefined && process.env.CI !== 'true') return;
    vigie = await startFulfilmentServer({
      store: target,
      dataset,
      datasetUrl: await sqliteHealthPlan(join(dir, 'members.sqlite'), dataset, seed),
      external: { datasets: [pharmacy], urls: { pharmacy: system.url }, secrets: { pharmacy: SECRET } },
      now: () => clock,
    });
  });
  afterAll(async () => {
    await vigie?.close();
    await system?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const stateOf = async (id: string) => (await vigie.get(`/api/v1/requests/${id}`)).json().request.state as string;
  const callback = (taskId: string, body: string, signature: string) =>
    vigie.server.app.inject({
      method: 'POST',
      url: `/api/v1/fulfilment/tasks/${taskId}/result`,
      headers: { 'content-type': 'application/json', 'vigie-signature': signature },
      payload: body,
    });
  const approved = async (n: number) => {
    const id = await vigie.enter('access', n);
    const planned = await vigie.post(`/api/v1/requests/${id}/plan`);
    expect(planned.statusCode).toBe(200);
    expect(planned.json().plan.systems).toMatchObject([
      { dataset: 'member-db', ok: true },
      { dataset: 'pharmacy', ok: true, external: 'webhook' },
    ]);
    expect((await vigie.post(`/api/v1/requests/${id}/approval`)).statusCode).toBe(202);
    return id;
  };

  run(
    'asks the system, signed, retries a refused delivery, and builds one package from the database and the system',
    async () => {
      system.answerWith(500);
      const id = await approved(7);
      await vigie.server.runJobsOnce();
      // The database ran; the system refused the first delivery: the request waits, the delivery is retried later.
      expect(system.deliveries).toHaveLength(1);
      expect(await stateOf(id)).toBe('awaiting-approval');
      clock = new Date(clock.getTime() + 31_000);
      await vigie.server.runJobsOnce();
      expect(system.deliveries).toHaveLength(2);
      expect(system.deliveries.every((d) => d.signatureValid)).toBe(true);
      const sent = system.deliveries[1]?.body as {
        task: string;
        kind: string;
        identities: { kind: string; value: string }[];
        callback: string;
        deadline: string;
      };
      expect(sent.kind).toBe('access');
      expect(sent.identities).toEqual([{ kind: 'email', value: 'person7@example.org' }]);
      expect(sent.callback).toContain(`/api/v1/fulfilment/tasks/${sent.task}/result`);
      expect(new Date(sent.deadline).getTime()).toBeGreaterThan(clock.getTime());
      expect(await stateOf(id)).toBe('awaiting-approval');

      const body = JSON.stringify({ outcome: 'done', tables: [prescriptions] });
      // Forged (another secret), stale (signed 6 minutes ago), unsigned: refused, and the task stays open.
      const forged = await callback(
        sent.task,
        body,
        signAsSystem('not-the-secret-of-this-dataset-0123456789', body, clock),
      );
      const stale = await callback(sent.task, body, signAsSystem(SECRET, body, new Date(clock.getTime() - 360_000)));
      const unsigned = await callback(sent.task, body, '');
      const tampered = await callback(sent.task, body.replace('500 mg', '900 mg'), signAsSystem(SECRET, body, clock));
      expect([forged.statusCode, stale.statusCode, unsigned.statusCode, tampered.statusCode]).toEqual([
        401, 401, 401, 401,
      ]);
      expect(stale.json().code).toBe('fulfilment.stale_signature');
      const open = (await vigie.get('/api/v1/fulfilment/tasks?state=open')).json().tasks as { id: string }[];
      expect(open.map((t) => t.id)).toEqual([sent.task]);
      expect(await stateOf(id)).toBe('awaiting-approval');

      const signature = signAsSystem(SECRET, body, clock);
      const accepted = await callback(sent.task, body, signature);
      expect(accepted.statusCode).toBe(200);
      // The same answer again (a replay within the five minutes): the task is closed, nothing changes.
      const replayed = await callback(sent.task, body, signature);
      expect([replayed.statusCode, replayed.json().code]).toEqual([409, 'fulfilment.task_closed']);
      expect(await stateOf(id)).toBe('completed');

      const mail = await vigie.smtp.next('person7@example.org');
      const token = /#([A-Za-z0-9_-]{20,})/.exec(mail.text)?.[1] ?? '';
      const download = await vigie.server.app.inject({ method: 'POST', url: '/api/v1/downloads', payload: { token } });
      expect(download.statusCode).toBe(200);
      const files = packageFiles(download.rawPayload);
      expect(Object.keys(files)).toEqual(
        expect.arrayContaining(['csv/member-db/members.csv', 'csv/pharmacy/prescriptions.csv']),
      );
      expect(files['csv/pharmacy/prescriptions.csv']).toContain('Amoxicilline 500 mg');
      const data = JSON.parse(files['data.json'] ?? '{}') as { systems: { dataset: string }[] };
      expect(data.systems.map((s) => s.dataset)).toEqual(['member-db', 'pharmacy']);
      expect(files['report.html']).toContain('Amoxicilline 500 mg');
    },
  );

  run('counts a system that never answers as a failure after its deadline, never as a success', async () => {
    const id = await approved(8);
    await vigie.server.runJobsOnce();
    expect(system.deliveries.at(-1)?.body).toMatchObject({ identities: [{ value: 'person8@example.org' }] });
    expect(await stateOf(id)).toBe('awaiting-approval');
    const task = (
      (await vigie.get(`/api/v1/fulfilment/tasks?requestId=${id}`)).json().tasks as { deadline: string }[]
    )[0];
    // A day before the deadline nothing changes; past it, the system's step is a failure.
    clock = new Date(new Date(task?.deadline ?? 0).getTime() - 86_400_000);
    await vigie.server.runJobsOnce();
    expect((await vigie.get(`/api/v1/requests/${id}/plan`)).json().results).toHaveLength(1);
    clock = new Date(new Date(task?.deadline ?? 0).getTime() + 1000);
    await vigie.server.runJobsOnce();
    const { results } = (await vigie.get(`/api/v1/requests/${id}/plan`)).json() as {
      results: { dataset: string; ok: boolean; code?: string }[];
    };
    expect(results).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ dataset: 'member-db', ok: true }),
        { dataset: 'pharmacy', ok: false, code: 'external.expired' },
      ]),
    );
    expect(await stateOf(id)).toBe('awaiting-approval');
    const tasks = (await vigie.get(`/api/v1/fulfilment/tasks?requestId=${id}`)).json().tasks as { outcome: string }[];
    expect(tasks.map((t) => t.outcome)).toEqual(['expired']);
  });
});
