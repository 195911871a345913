import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { datasetSchema } from '@vigie/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSeed, healthPlanDataset } from '../../../../../packages/connectors/test/contract/health-plan.js';
import { signIn } from '../../app/test-support/test-server.js';
import { postgresTarget, type StoreTarget, sqliteTarget } from '../../db/test-support/store-targets.js';
import {
  type FulfilmentServer,
  packageFiles,
  sqliteHealthPlan,
  startFulfilmentServer,
} from './test-support/fulfilment-server.js';

/** Paper records beside a database (issue 4): the manual system's step is a task staff complete. */
const seed = generateSeed(20);
const dataset = healthPlanDataset((d) => ({ ...d, system: 'emr', engine: 'sqlite' }));
const INSTRUCTIONS = {
  fr: 'Dossiers papier au 2e étage ; la responsable des archives les traite.',
  en: 'Paper files on the 2nd floor; the records manager handles them.',
};
const paper = datasetSchema.parse({ id: 'paper-files', system: 'emr', engine: 'manual', instructions: INSTRUCTIONS });
const NOTE = 'Copie papier du dossier postée au demandeur le 23 novembre';

interface Task {
  id: string;
  requestId: string;
  kind: string;
  state: string;
  outcome: string | null;
  instructions?: typeof INSTRUCTIONS;
  note?: string;
}

const targets: StoreTarget[] = [sqliteTarget, await postgresTarget()];

describe.each(targets)('a manual system, store on $name', (target) => {
  const run = target.unavailable !== undefined && process.env.CI !== 'true' ? it.skip : it;
  let dir: string;
  let vigie: FulfilmentServer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vigie-manual-'));
    if (target.unavailable !== undefined && process.env.CI !== 'true') return;
    vigie = await startFulfilmentServer({
      store: target,
      dataset,
      datasetUrl: await sqliteHealthPlan(join(dir, 'members.sqlite'), dataset, seed),
      external: { datasets: [paper] },
    });
  });
  afterAll(async () => {
    await vigie?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const stateOf = async (id: string) => (await vigie.get(`/api/v1/requests/${id}`)).json().request.state as string;

  run('shows the task with its instructions, and closes the request when staff complete it', async () => {
    const id = await vigie.enter('access', 9);
    const planned = await vigie.post(`/api/v1/requests/${id}/plan`);
    expect(planned.json().plan.systems).toMatchObject([
      { dataset: 'member-db', ok: true },
      { dataset: 'paper-files', ok: true, external: 'manual', instructions: INSTRUCTIONS },
    ]);
    expect((await vigie.post(`/api/v1/requests/${id}/approval`)).statusCode).toBe(202);
    await vigie.server.runJobsOnce();
    // The database answered; the paper files have not: the request waits for staff.
    expect(await stateOf(id)).toBe('awaiting-approval');
    const open = (await vigie.get('/api/v1/fulfilment/tasks?state=open')).json().tasks as Task[];
    expect(open).toMatchObject([{ requestId: id, kind: 'manual', state: 'open', instructions: INSTRUCTIONS }]);
    const taskId = open[0]?.id ?? '';

    const agent = await signIn(vigie.server, 'agent', 'agent@example.org');
    const completed = await vigie.server.app.inject({
      method: 'POST',
      url: `/api/v1/fulfilment/tasks/${taskId}/completion`,
      headers: { cookie: agent.cookie, 'x-csrf-token': agent.csrfToken },
      payload: { outcome: 'done', note: NOTE },
    });
    expect(completed.statusCode).toBe(200);
    expect(await stateOf(id)).toBe('completed');
    // The package holds what the database gave; the paper copy went by mail, as the note says.
    const mail = await vigie.smtp.next('person9@example.org');
    const token = /#([A-Za-z0-9_-]{20,})/.exec(mail.text)?.[1] ?? '';
    const download = await vigie.server.app.inject({ method: 'POST', url: '/api/v1/downloads', payload: { token } });
    expect(Object.keys(packageFiles(download.rawPayload))).toContain('csv/member-db/members.csv');

    expect((await vigie.get('/api/v1/fulfilment/tasks?state=open')).json().tasks).toEqual([]);
    const closed = (await vigie.get(`/api/v1/fulfilment/tasks?requestId=${id}`)).json().tasks as Task[];
    expect(closed).toMatchObject([{ state: 'closed', outcome: 'done', note: NOTE }]);
    // The note is encrypted at rest.
    const stored = await vigie.server.installation.database.db
      .selectFrom('external_tasks')
      .select('note_encrypted')
      .where('id', '=', taskId)
      .executeTakeFirstOrThrow();
    expect(stored.note_encrypted).not.toContain('postée');
    const again = await vigie.post(`/api/v1/fulfilment/tasks/${taskId}/completion`, { outcome: 'failed', note: 'x' });
    expect([again.statusCode, again.json().code]).toEqual([409, 'fulfilment.task_closed']);
    const journal = (await vigie.get(`/api/v1/requests/${id}/journal`)).json() as { entries: { action: string }[] };
    expect(journal.entries.map((e) => e.action)).toEqual(
      expect.arrayContaining(['fulfilment.manual_task', 'fulfilment.task_completed', 'fulfilment.executed']),
    );
  });

  run('keeps a request with a failed manual step out of completion', async () => {
    const id = await vigie.enter('erasure', 10);
    await vigie.post(`/api/v1/requests/${id}/plan`);
    await vigie.post(`/api/v1/requests/${id}/approval`);
    await vigie.server.runJobsOnce();
    const [task] = (await vigie.get(`/api/v1/fulfilment/tasks?requestId=${id}`)).json().tasks as Task[];
    const failed = await vigie.post(`/api/v1/fulfilment/tasks/${task?.id}/completion`, {
      outcome: 'failed',
      note: 'Le classeur est introuvable',
    });
    expect(failed.statusCode).toBe(200);
    expect(await stateOf(id)).toBe('awaiting-approval');
    const { results } = (await vigie.get(`/api/v1/requests/${id}/plan`)).json() as {
      results: { dataset: string; ok: boolean; code?: string }[];
    };
    expect(results).toContainEqual({ dataset: 'paper-files', ok: false, code: 'external.failed' });
  });

  run('lets only staff who handle requests list and complete tasks', async () => {
    const auditor = await signIn(vigie.server, 'auditor', 'auditor@example.org');
    const admin = await signIn(vigie.server, 'admin', 'admin@example.org');
    const someTask = '00000000-0000-4000-8000-000000000000';
    for (const who of [auditor, admin]) {
      const headers = { cookie: who.cookie, 'x-csrf-token': who.csrfToken };
      const list = await vigie.server.app.inject({ url: '/api/v1/fulfilment/tasks', headers });
      const complete = await vigie.server.app.inject({
        method: 'POST',
        url: `/api/v1/fulfilment/tasks/${someTask}/completion`,
        headers,
        payload: { outcome: 'done', note: 'x' },
      });
      expect([list.statusCode, complete.statusCode]).toEqual([403, 403]);
    }
    const anonymous = await vigie.server.app.inject({ url: '/api/v1/fulfilment/tasks' });
    expect(anonymous.statusCode).toBe(401);
    const unknown = await vigie.post(`/api/v1/fulfilment/tasks/${someTask}/completion`, { outcome: 'done', note: 'x' });
    expect(unknown.statusCode).toBe(404);
  });
});
