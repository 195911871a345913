import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DECLARATION, demoDeclaration } from '../../app/test-support/test-server.js';
import { postgresTarget, type StoreTarget, sqliteTarget } from '../../db/test-support/store-targets.js';
import { enterCheckedRequest } from './test-support/desk-requests.js';
import { type RequestsTestServer, startRequestsServer } from './test-support/requests-server.js';
import { type SmtpCapture, startSmtpCapture } from './test-support/smtp-capture.js';

const targets: StoreTarget[] = [sqliteTarget, await postgresTarget()];

/** The demo clinic, also serving people in the European Union: their requests follow the GDPR's clock. */
function demoAlsoInEurope() {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-desk-declaration-'));
  const path = join(dir, 'vigie.yaml');
  writeFileSync(path, readFileSync(DEMO_DECLARATION, 'utf8').replace('jurisdictions: [QC]', 'jurisdictions: [QC, EU]'));
  const declaration = demoDeclaration(path);
  rmSync(dir, { recursive: true, force: true });
  return declaration;
}

describe.each(targets)('every lawful transition of a request on $name', (target) => {
  const run = target.unavailable !== undefined && process.env.CI !== 'true' ? it.skip : it;
  let smtp: SmtpCapture;
  let server: RequestsTestServer;
  let agent: Record<string, string>;

  beforeAll(async () => {
    if (target.unavailable !== undefined && process.env.CI !== 'true') return;
    smtp = await startSmtpCapture();
    server = await startRequestsServer(target, smtp.url, demoAlsoInEurope());
    agent = await server.agent();
  });
  afterAll(async () => {
    await server?.dispose();
    await smtp?.close();
  });

  const detail = async (id: string) =>
    (await server.app.inject({ url: `/api/v1/requests/${id}`, headers: agent })).json().request;
  const move = (id: string, payload: Record<string, unknown>) =>
    server.app.inject({ method: 'POST', url: `/api/v1/requests/${id}/transition`, headers: agent, payload });
  const extend = (id: string, reason: string) =>
    server.app.inject({ method: 'POST', url: `/api/v1/requests/${id}/extension`, headers: agent, payload: { reason } });
  const letter = (id: string, lang: 'fr' | 'en') =>
    server.app.inject({ url: `/api/v1/requests/${id}/letter?lang=${lang}&format=text`, headers: agent });

  run('extends a GDPR request once, with notice, to three months from the start', async () => {
    const request = await enterCheckedRequest(server, agent, { region: 'EU', language: 'en' });
    const before = await detail(request.id);
    expect(before).toMatchObject({ regime: 'gdpr-fr', canExtend: true, state: 'in-progress' });
    expect(before.extension).toBeUndefined();

    const extended = await extend(request.id, 'Your file is kept in our archives off site.');
    expect(extended.statusCode).toBe(200);
    const after = extended.json().request;
    expect(after.canExtend).toBe(false);
    expect(after.extension.initialDue).toBe(before.due.due);
    // One month, then two further months from the same start.
    const start = new Date(`${before.due.due}T12:00:00Z`);
    expect(new Date(`${after.due.due}T12:00:00Z`).getTime() - start.getTime()).toBeGreaterThan(55 * 86_400_000);

    const again = await extend(request.id, 'More time');
    expect([again.statusCode, again.json().code]).toEqual([409, 'requests.already_extended']);

    // The extension letter is the notice: the reason, the new date and the right to complain.
    const notice = await letter(request.id, 'en');
    expect(notice.statusCode).toBe(200);
    expect(notice.headers['x-letter-kind']).toBe('extension');
    expect(notice.body).toContain('Your file is kept in our archives off site');
    expect(notice.body).toContain('GDPR, Art. 12(3)');
    const journal = await server.app.inject({ url: `/api/v1/requests/${request.id}/journal`, headers: agent });
    expect(journal.json().entries.map((e: { action: string }) => e.action)).toContain('requests.extend');
  });

  run('refuses an extension where the law provides none (Quebec private sector)', async () => {
    const request = await enterCheckedRequest(server, agent, { region: 'QC' });
    expect(await detail(request.id)).toMatchObject({ regime: 'qc-private', canExtend: false });
    const refused = await extend(request.id, 'More time');
    expect([refused.statusCode, refused.json().code]).toEqual([409, 'requests.extension_not_provided']);
  });

  run('completes a request without systems when nothing is held, and partly refuses one with a ground', async () => {
    const nothing = await enterCheckedRequest(server, agent, { region: 'QC' });
    expect((await detail(nothing.id)).moves).toEqual(
      expect.arrayContaining(['completed', 'partly-refused', 'refused', 'withdrawn']),
    );
    const completed = await move(nothing.id, { to: 'completed' });
    expect([completed.statusCode, completed.json().request.state]).toEqual([200, 'completed']);
    expect(completed.json().request.moves).toEqual([]);

    const part = await enterCheckedRequest(server, agent, { region: 'QC' });
    const noGround = await move(part.id, { to: 'partly-refused' });
    expect([noGround.statusCode, noGround.json().code]).toEqual([422, 'requests.refusal_reason_required']);
    const partly = await move(part.id, { to: 'partly-refused', reason: 'third-party-information' });
    expect(partly.json().request).toMatchObject({ state: 'partly-refused', refusalReason: 'third-party-information' });
    const partial = await letter(part.id, 'fr');
    expect(partial.headers['x-letter-kind']).toBe('partial-refusal');
    expect(partial.body).toContain('P-39.1, art. 40');
    expect(partial.body).toContain('dans les 30 jours');
  });

  run('records a withdrawal by the requester, which closes the request and owes no letter', async () => {
    const entered = await server.app.inject({
      method: 'POST',
      url: '/api/v1/requests/entries',
      headers: agent,
      payload: {
        kind: 'erasure',
        requester: { name: 'Léa Morin', email: 'lea.morin@example.net' },
        applicant: { role: 'self' },
        language: 'fr',
        channel: 'email',
        identityVerified: false,
      },
    });
    const { id } = entered.json().request;
    await smtp.next('lea.morin@example.net');
    const withdrawn = await move(id, { to: 'withdrawn' });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json().request).toMatchObject({ state: 'withdrawn', due: { status: 'closed' }, moves: [] });
    const none = await letter(id, 'fr');
    expect([none.statusCode, none.json().code]).toEqual([409, 'requests.no_letter']);
    const back = await move(id, { to: 'in-progress' });
    expect([back.statusCode, back.json().code]).toEqual([409, 'requests.transition_not_allowed']);
  });
});
