import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDeclaration } from '../../app/test-support/test-server.js';
import { Secret } from '../../config/secret.js';
import { createJobQueue } from '../../db/job-queue.js';
import { postgresTarget, type StoreTarget, sqliteTarget } from '../../db/test-support/store-targets.js';
import { createRequestMailer, type RequestMailer } from '../requests/request-mailer.js';
import { type SmtpCapture, startSmtpCapture } from '../requests/test-support/smtp-capture.js';
import { CLOCK_WARNINGS_JOB } from './clock-warnings.js';
import { createIncidentsServices, type IncidentsServices } from './incidents.services.js';
import { type IncidentsTestServer, startIncidentsServer } from './test-support/incidents-server.js';

const targets: StoreTarget[] = [sqliteTarget, await postgresTarget()];
const HOUR = 3_600_000;
const OFFICER = 'privacy.officer@clinique-demo.example';

describe.each(targets)('the overdue-clock warnings on $name', (target) => {
  const run = target.unavailable !== undefined && process.env.CI !== 'true' ? it.skip : it;
  let smtp: SmtpCapture;
  let server: IncidentsTestServer;
  let mailer: RequestMailer;
  let clock = new Date();
  let services: IncidentsServices;

  beforeAll(async () => {
    if (target.unavailable !== undefined && process.env.CI !== 'true') return;
    smtp = await startSmtpCapture();
    server = await startIncidentsServer(target, smtp.url);
    mailer = createRequestMailer({ smtpUrl: new Secret(smtp.url), from: 'vigie@clinique-demo.example' });
    // The same store and keys as the server, with a clock the test moves.
    services = createIncidentsServices({
      db: server.installation.database.db,
      cipher: server.installation.cipher,
      organisation: demoDeclaration().declaration.organisation,
      internalTargetHours: 72,
      mailer,
      recipients: async () => [OFFICER],
      publicUrl: 'https://vigie.clinique-demo.example',
      now: () => clock,
    });
  });
  afterAll(async () => {
    mailer?.close();
    await server?.dispose();
    await smtp?.close();
  });

  run(
    'emails the privacy officers once per clock when it is due soon, and not again when it becomes overdue',
    async () => {
      const officer = (await server.signedIn('privacy_officer')).headers;
      const awareAt = Date.now() - HOUR;
      const reported = await server.app.inject({
        method: 'POST',
        url: '/api/v1/incidents',
        headers: officer,
        payload: {
          types: ['loss'],
          aware: { start: new Date(awareAt).toISOString() },
          piDescription: 'Résultats de laboratoire de Sophie Lavoie',
        },
      });
      const { id, reference } = reported.json().incident;

      clock = new Date(awareAt + 40 * HOUR);
      expect(await services.warnClocks()).toBe(0);
      expect(smtp.mails).toEqual([]);

      clock = new Date(awareAt + 49 * HOUR);
      expect(await services.warnClocks()).toBe(2);
      const first = await smtp.next(OFFICER);
      const second = await smtp.next(OFFICER);
      const texts = [first.text, second.text];
      expect(texts.every((t) => t.includes(reference))).toBe(true);
      expect(texts.some((t) => t.includes('Commission d’accès à l’information'))).toBe(true);
      expect(texts.some((t) => t.includes('persons concerned'))).toBe(true);
      expect(texts.every((t) => t.includes(`https://vigie.clinique-demo.example/console/incidents/${id}`))).toBe(true);
      for (const mail of [first, second]) {
        expect(mail.raw).not.toContain('Sophie');
        expect(mail.text).toContain('Due soon: notice');
      }

      expect(await services.warnClocks()).toBe(0);
      clock = new Date(awareAt + 80 * HOUR);
      expect(await services.warnClocks()).toBe(0);
      expect(smtp.mails).toHaveLength(2);

      const warnings = await server.installation.database.db
        .selectFrom('incident_clock_warnings')
        .select(['clock', 'status'])
        .where('incident_id', '=', id)
        .orderBy('clock')
        .execute();
      expect(warnings).toEqual([
        { clock: 'qc-private:cai', status: 'due-soon' },
        { clock: 'qc-private:persons', status: 'due-soon' },
      ]);
    },
  );

  run('runs as a recurring job of the server, mailing the enabled privacy officers', async () => {
    const officer = await server.signedIn('privacy_officer');
    // Aware 60 hours ago: with the 72-hour internal target, both Quebec clocks are due within the day.
    const reported = await server.app.inject({
      method: 'POST',
      url: '/api/v1/incidents',
      headers: officer.headers,
      payload: { types: ['access'], aware: { start: new Date(Date.now() - 60 * HOUR).toISOString() } },
    });
    const { reference } = reported.json().incident;
    const now = new Date();
    await createJobQueue(server.installation.database).enqueue(
      { name: CLOCK_WARNINGS_JOB, version: 1, payload: {}, dedupeKey: `${CLOCK_WARNINGS_JOB}@test` },
      now,
    );
    expect(await server.runJobsOnce()).toBe(1);
    const mails = [await smtp.next(officer.email), await smtp.next(officer.email)];
    expect(mails.every((mail) => mail.text.includes(reference))).toBe(true);
    const jobs = await server.installation.database.db
      .selectFrom('jobs')
      .select(['state'])
      .where('name', '=', CLOCK_WARNINGS_JOB)
      .execute();
    expect(jobs.map((job) => job.state)).toEqual(['done']);
  });
});
