import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, signIn } from '../../app/test-support/test-server.js';
import { loadConfig } from '../../config/config.js';
import { Secret } from '../../config/secret.js';
import { postgresTarget, type StoreTarget, sqliteTarget } from '../../db/test-support/store-targets.js';
import { createRequestMailer, type RequestMailer } from './request-mailer.js';
import { createRequestReminders } from './request-reminders.js';
import { enterCheckedRequest } from './test-support/desk-requests.js';
import { type RequestsTestServer, startRequestsServer } from './test-support/requests-server.js';
import { type SmtpCapture, startSmtpCapture } from './test-support/smtp-capture.js';

const targets: StoreTarget[] = [sqliteTarget, await postgresTarget()];
const DAY = 86_400_000;
let accounts = 0;

describe.each(targets)('due-date reminders on $name', (target) => {
  const run = target.unavailable !== undefined && process.env.CI !== 'true' ? it.skip : it;
  let smtp: SmtpCapture;
  let server: RequestsTestServer;
  let mailer: RequestMailer;
  const as = (who: SignedIn) => ({ cookie: who.cookie, 'x-csrf-token': who.csrfToken });

  beforeAll(async () => {
    if (target.unavailable !== undefined && process.env.CI !== 'true') return;
    smtp = await startSmtpCapture();
    server = await startRequestsServer(target, smtp.url);
    mailer = createRequestMailer({ smtpUrl: new Secret(smtp.url), from: 'privacy@clinique-demo.example' });
  });
  afterAll(async () => {
    mailer?.close();
    await server?.dispose();
    await smtp?.close();
  });

  run(
    'mails the assignee, or every privacy officer, once per threshold, with nothing about the requester',
    async () => {
      const account = (role: SignedIn['role']) => signIn(server, role, `reminders.${role}.${++accounts}@example.org`);
      const [first, second, agent] = [
        await account('privacy_officer'),
        await account('privacy_officer'),
        await account('agent'),
      ];
      const unassigned = await enterCheckedRequest(server, as(agent), {
        requester: { name: 'Hélène Secret', email: 'helene.secret@example.net' },
      });
      const assigned = await enterCheckedRequest(server, as(agent), { kind: 'erasure' });
      const closed = await enterCheckedRequest(server, as(agent));
      const put = await server.app.inject({
        method: 'PUT',
        url: `/api/v1/requests/${assigned.id}/assignee`,
        headers: as(agent),
        payload: { userId: agent.userId },
      });
      expect(put.statusCode).toBe(200);
      const done = await server.app.inject({
        method: 'POST',
        url: `/api/v1/requests/${closed.id}/transition`,
        headers: as(agent),
        payload: { to: 'completed' },
      });
      expect(done.statusCode).toBe(200);
      // The agent reads the inbox in English: their reminders are in English. The officers never opened it: both.
      const inbox = await server.app.inject({
        url: '/api/v1/requests',
        headers: { ...as(agent), 'accept-language': 'en' },
      });
      expect(inbox.statusCode).toBe(200);
      const detail = await server.app.inject({ url: `/api/v1/requests/${unassigned.id}`, headers: as(agent) });
      const due: string = detail.json().request.due.due;
      // Noon in Montreal on a day counted from the due day: the clock the job is given.
      let clock = new Date(`${due}T12:00:00-05:00`);
      const at = (daysBefore: number) => {
        clock = new Date(new Date(`${due}T12:00:00-05:00`).getTime() - daysBefore * DAY);
      };
      const reminders = createRequestReminders({
        db: server.installation.database.db,
        cipher: server.installation.cipher,
        mailer,
        publicUrl: 'https://vigie.example',
        languages: ['fr', 'en'],
        days: [7, 2],
        now: () => clock,
      });

      at(20);
      expect(await reminders.run()).toBe(0);

      at(7);
      const before = smtp.mails.length;
      expect(await reminders.run()).toBe(2);
      expect(await reminders.run()).toBe(0);
      expect(smtp.mails.length).toBe(before + 2);
      const toOfficers = await smtp.next(first.email);
      expect([...toOfficers.to].sort()).toEqual([first.email, second.email].sort());
      expect(toOfficers.text).toContain(unassigned.reference);
      expect(toOfficers.text).toContain(`https://vigie.example/console/requests/${unassigned.id}`);
      expect(toOfficers.text).toContain(`au plus tard le ${due}`);
      expect(toOfficers.text).toContain(`must be answered by ${due} (7 days left)`);
      expect(toOfficers.text).toContain('(accès aux renseignements personnels)');
      for (const personal of ['Hélène', 'Secret', 'helene.secret@example.net'])
        expect(toOfficers.raw).not.toContain(personal);
      const toAgent = await smtp.next(agent.email);
      expect(toAgent.to).toEqual([agent.email]);
      expect(toAgent.text).toContain(assigned.reference);
      expect(toAgent.text).toContain('(erasure)');
      expect(toAgent.text).not.toContain('La demande');
      expect(toAgent.text).not.toContain('Ouvrir');

      at(5);
      expect(await reminders.run()).toBe(0);
      at(2);
      expect(await reminders.run()).toBe(2);
      expect(await reminders.run()).toBe(0);
      expect((await smtp.next(agent.email)).text).toContain('(2 days left)');
      at(-1);
      expect(await reminders.run()).toBe(2);
      expect(await reminders.run()).toBe(0);
      expect((await smtp.next(agent.email)).text).toContain('is overdue');
      // The completed request was never reminded of.
      expect(smtp.mails.some((m) => m.text.includes(closed.reference))).toBe(false);
    },
  );
});

describe('the reminder thresholds in config', () => {
  const withDays = (days?: string) =>
    loadConfig({
      VIGIE_ENV: 'test',
      VIGIE_DATA_DIR: '/tmp/vigie',
      ...(days === undefined ? {} : { VIGIE_REMINDER_DAYS: days }),
    });

  it('defaults to 7 and 2 days, and reads a list of days', () => {
    const defaults = withDays();
    expect(defaults.ok && defaults.value.reminderDays).toEqual([7, 2]);
    const given = withDays('14, 3,1');
    expect(given.ok && given.value.reminderDays).toEqual([14, 3, 1]);
  });

  it('refuses what is not a list of distinct days from 1 to 365, naming the variable', () => {
    for (const bad of ['0', '7,7', 'seven', '400', '7,,2']) {
      const result = withDays(bad);
      expect([bad, result.ok]).toEqual([bad, false]);
      if (!result.ok) expect(result.issues.map((i) => i.variable)).toEqual(['VIGIE_REMINDER_DAYS']);
    }
  });
});
