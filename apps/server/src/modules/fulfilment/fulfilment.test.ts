import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteConnector } from '@vigie/connectors';
import Database from 'better-sqlite3';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  generateSeed,
  healthPlanDataset,
  loadHealthPlan,
  rowsOfPerson,
} from '../../../../../packages/connectors/test/contract/health-plan.js';
import { demoDeclaration, signIn, testConfig } from '../../app/test-support/test-server.js';
import { createJobQueue } from '../../db/job-queue.js';
import { postgresTarget, type StoreTarget, sqliteTarget } from '../../db/test-support/store-targets.js';
import { createServer, type VigieServer } from '../../server.js';
import { type SmtpCapture, startSmtpCapture } from '../requests/test-support/smtp-capture.js';

const targets: StoreTarget[] = [sqliteTarget, await postgresTarget()];
const seed = generateSeed(20);
// The plan's retention rule is the demo's billing rule (7 years, with its citation), on the demo's EMR system.
const dataset = healthPlanDataset((d) => {
  const claims = d.tables.find((t) => t.name === 'claims');
  if (claims) claims.retention = 'billing';
  return { ...d, system: 'emr', engine: 'sqlite' };
});

describe.each(targets)('fulfilment through the connectors, store on $name', (target) => {
  const run = target.unavailable !== undefined && process.env.CI !== 'true' ? it.skip : it;
  let server: VigieServer;
  let smtp: SmtpCapture;
  let dir: string;
  let drop: () => Promise<void>;
  let officer: Record<string, string>;

  beforeAll(async () => {
    if (target.unavailable !== undefined && process.env.CI !== 'true') return;
    dir = mkdtempSync(join(tmpdir(), 'vigie-fulfilment-'));
    const datasetPath = join(dir, 'members.sqlite');
    new Database(datasetPath).close();
    const loader = openSqliteConnector(datasetPath, { dataset, pseudonymKey: new Uint8Array(32) });
    await loadHealthPlan(loader.driver, seed);
    await loader.close();
    smtp = await startSmtpCapture();
    const store = await target.create();
    drop = store.drop;
    const demo = demoDeclaration();
    server = await createServer({
      config: testConfig(store.database, dir, {
        SMTP_URL: smtp.url,
        VIGIE_MAIL_FROM: 'privacy@clinique-demo.example',
        LOG_LEVEL: 'warn',
        VIGIE_DATASET_URLS: JSON.stringify({ 'member-db': `sqlite:${datasetPath}` }),
      }),
      declaration: { ...demo, declaration: { ...demo.declaration, datasets: [dataset] } },
    });
    const po = await signIn(server, 'privacy_officer', 'officer@example.org');
    officer = { cookie: po.cookie, 'x-csrf-token': po.csrfToken };
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
    await drop?.();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const enter = async (kind: string, n: number) => {
    const entered = await server.app.inject({
      method: 'POST',
      url: '/api/v1/requests/entries',
      headers: officer,
      payload: {
        kind,
        requester: { name: `Person ${n}`, email: `person${n}@example.org` },
        applicant: { role: 'self' },
        language: 'fr',
        channel: 'mail',
        identityVerified: true,
      },
    });
    expect(entered.statusCode).toBe(201);
    return entered.json().request.id as string;
  };
  const post = (url: string, payload: Record<string, unknown> = {}) =>
    server.app.inject({ method: 'POST', url, headers: officer, payload });

  run(
    'plans, approves, exports exactly the person’s rows, and lets them download the package once approved',
    async () => {
      const id = await enter('access', 7);
      const planned = await post(`/api/v1/requests/${id}/plan`);
      expect(planned.statusCode).toBe(200);
      expect(planned.json().plan.systems).toMatchObject([{ dataset: 'member-db', ok: true }]);
      const approved = await post(`/api/v1/requests/${id}/approval`);
      expect([approved.statusCode, approved.json().queued]).toEqual([202, true]);
      // Sent twice, approval queues one job.
      expect((await post(`/api/v1/requests/${id}/approval`)).json().queued).toBe(false);
      await server.runJobsOnce();
      const mail = await smtp.next('person7@example.org');
      const token = /#([A-Za-z0-9_-]{20,})/.exec(mail.text)?.[1] ?? '';
      const download = await server.app.inject({ method: 'POST', url: '/api/v1/downloads', payload: { token } });
      expect(download.statusCode).toBe(200);
      const files = unzipSync(download.rawPayload);
      expect(Object.keys(files)).toEqual(
        expect.arrayContaining(['data.json', 'report.html', 'csv/member-db/members.csv']),
      );
      const data = JSON.parse(strFromU8(files['data.json'] as Uint8Array));
      const mine = rowsOfPerson(seed, 7);
      const exported = data.systems[0].tables as { table: string; rows: Record<string, unknown>[] }[];
      for (const table of exported) {
        const expected = mine[table.table as keyof typeof mine];
        expect(table.rows.length).toBe(expected.length);
      }
      expect(exported.find((t) => t.table === 'members')?.rows).toEqual([
        expect.objectContaining({ email: 'person7@example.org', member_number: 'M-100007' }),
      ]);
      expect(JSON.stringify(data)).not.toContain('person8@example.org');
      const detail = await server.app.inject({ url: `/api/v1/requests/${id}`, headers: officer });
      expect(detail.json().request.state).toBe('completed');
      const bad = await server.app.inject({
        method: 'POST',
        url: '/api/v1/downloads',
        payload: { token: 'x'.repeat(43) },
      });
      expect([bad.statusCode, bad.json().code]).toEqual([404, 'fulfilment.download_refused']);
    },
  );

  run(
    'erases what may go, keeps the claims the billing rule protects with its citation, and resumes after a crash',
    async () => {
      const id = await enter('erasure', 3);
      const planned = await post(`/api/v1/requests/${id}/plan`);
      expect(planned.statusCode).toBe(200);
      const [system] = planned.json().plan.systems;
      expect(system.kept).toContainEqual(
        expect.objectContaining({
          table: 'claims',
          reason: 'retention',
          rule: 'billing',
          citation: expect.any(String),
        }),
      );
      expect((await post(`/api/v1/requests/${id}/approval`)).statusCode).toBe(202);
      // A worker claims the job and dies: its lease runs out and this server's runner takes the job over.
      const queue = createJobQueue(server.installation.database);
      // A lease already over: the worker is as good as dead the moment it claimed.
      const claimed = await queue.claim('worker-that-died', new Date(), -1000);
      expect(claimed?.name).toBe('fulfilment.execute');
      expect(await server.runJobsOnce()).toBe(1);
      const { db } = server.installation.database;
      const job = await db
        .selectFrom('jobs')
        .selectAll()
        .where('id', '=', claimed?.id ?? '')
        .executeTakeFirstOrThrow();
      expect([job.state, job.attempts]).toEqual(['done', 2]);
      const steps = await db.selectFrom('fulfilment_steps').selectAll().where('request_id', '=', id).execute();
      expect(steps.map((s) => [s.dataset, s.outcome])).toEqual([['member-db', 'done']]);
      const detail = await server.app.inject({ url: `/api/v1/requests/${id}`, headers: officer });
      expect(detail.json().request).toMatchObject({
        state: 'partly-refused',
        refusalReason: 'legal-retention-obligation',
      });
      const results = await server.app.inject({ url: `/api/v1/requests/${id}/plan`, headers: officer });
      const erased = results.json().results[0].erased as { table: string; deleted: number; kept: number }[];
      expect(erased.find((t) => t.table === 'communications')?.deleted).toBe(
        rowsOfPerson(seed, 3).communications.length,
      );
      expect(erased.find((t) => t.table === 'claims')?.kept).toBe(rowsOfPerson(seed, 3).claims.length);
      const check = new Database(join(dir, 'members.sqlite'), { readonly: true });
      try {
        const member = check.prepare('select email, phone from members where id = 3').get() as
          | { email: string; phone: string | null }
          | undefined;
        // The member row is still referenced by kept claims: masked, not deleted; nobody else is touched.
        expect(member?.email).not.toBe('person3@example.org');
        expect(check.prepare('select count(*) as n from communications where member_id = 3').get()).toEqual({ n: 0 });
        expect(check.prepare('select email from members where id = 4').get()).toEqual({ email: 'person4@example.org' });
      } finally {
        check.close();
      }
      // Approving again after the run queues nothing.
      expect((await post(`/api/v1/requests/${id}/approval`)).statusCode).toBe(409);
    },
  );

  run(
    'matches every identity against the system: one naming someone else, or an email two members share, stops the plan',
    async () => {
      const id = await enter('access', 11);
      // Member 12's number given for member 11's request would join member 12's file to the export.
      const someoneElse = await post(`/api/v1/requests/${id}/plan`, {
        identities: [{ kind: 'member-number', value: 'M-100012' }],
      });
      expect([someoneElse.statusCode, someoneElse.json().code]).toEqual([422, 'fulfilment.identities_disagree']);
      // The member's own number and health card agree with the verified email: the plan goes ahead.
      const own = await post(`/api/v1/requests/${id}/plan`, {
        identities: [
          { kind: 'member-number', value: 'M-100011' },
          { kind: 'health-insurance-number', value: rowsOfPerson(seed, 11).members[0]?.health_card },
        ],
      });
      expect(own.statusCode).toBe(200);

      const shared = new Database(join(dir, 'members.sqlite'));
      try {
        shared.prepare("update members set email = 'person13@example.org' where id = 14").run();
        const family = await enter('access', 13);
        const ambiguous = await post(`/api/v1/requests/${family}/plan`);
        expect([ambiguous.statusCode, ambiguous.json().code]).toEqual([422, 'fulfilment.identities_disagree']);
        // The email names two people: no plan until the records are corrected, and the request waits in progress.
        const detail = await server.app.inject({ url: `/api/v1/requests/${family}`, headers: officer });
        expect(detail.json().request.state).toBe('in-progress');
      } finally {
        shared.prepare("update members set email = 'person14@example.org' where id = 14").run();
        shared.close();
      }
    },
  );
});
