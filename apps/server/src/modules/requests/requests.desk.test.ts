import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresTarget, type StoreTarget, sqliteTarget } from '../../db/test-support/store-targets.js';
import { type RequestsTestServer, startRequestsServer } from './test-support/requests-server.js';
import { type SmtpCapture, startSmtpCapture } from './test-support/smtp-capture.js';

const targets: StoreTarget[] = [sqliteTarget, await postgresTarget()];

describe.each(targets)('the staff desk for rights requests on $name', (target) => {
  const run = target.unavailable !== undefined && process.env.CI !== 'true' ? it.skip : it;
  let smtp: SmtpCapture;
  let server: RequestsTestServer;
  let agent: Record<string, string>;

  beforeAll(async () => {
    if (target.unavailable !== undefined && process.env.CI !== 'true') return;
    smtp = await startSmtpCapture();
    server = await startRequestsServer(target, smtp.url);
    agent = await server.agent();
  });
  afterAll(async () => {
    await server?.dispose();
    await smtp?.close();
  });

  const enter = (payload: Record<string, unknown>) =>
    server.app.inject({ method: 'POST', url: '/api/v1/requests/entries', headers: agent, payload });
  const move = (id: string, payload: Record<string, unknown>) =>
    server.app.inject({ method: 'POST', url: `/api/v1/requests/${id}/transition`, headers: agent, payload });

  run('enters a signed letter with its ID checked, dated from receipt, and refuses it with a ground', async () => {
    const receivedAt = new Date(Date.now() - 40 * 86_400_000).toISOString();
    const entered = await enter({
      kind: 'erasure',
      requester: { name: 'Paul Gagnon' },
      applicant: { role: 'mandatary', representedName: 'Rose Gagnon' },
      language: 'fr',
      channel: 'mail',
      receivedAt,
      identityVerified: true,
    });
    expect(entered.statusCode).toBe(201);
    const { request, codeSent } = entered.json();
    expect(codeSent).toBe(false);
    expect(request).toMatchObject({ state: 'in-progress', channel: 'mail', regime: 'qc-private' });
    expect(request.requester).toEqual({ name: 'Paul Gagnon', representedName: 'Rose Gagnon' });
    // Received 40 days ago under a 30-day regime: overdue, and the inbox filter finds it.
    expect(request.due.status).toBe('overdue');
    const overdue = await server.app.inject({ url: '/api/v1/requests?due=overdue', headers: agent });
    expect(overdue.json().requests.map((r: { id: string }) => r.id)).toContain(request.id);
    const onTime = await server.app.inject({ url: '/api/v1/requests?due=on-time', headers: agent });
    expect(onTime.json().requests.map((r: { id: string }) => r.id)).not.toContain(request.id);

    const noGround = await move(request.id, { to: 'refused' });
    expect([noGround.statusCode, noGround.json().code]).toEqual([422, 'requests.refusal_reason_required']);
    const badGround = await move(request.id, { to: 'refused', reason: 'no-such-ground' });
    expect([badGround.statusCode, badGround.json().code]).toEqual([422, 'requests.refusal_reason_unknown']);
    const refused = await move(request.id, { to: 'refused', reason: 'identity-not-established' });
    expect(refused.statusCode).toBe(200);
    expect(refused.json().request).toMatchObject({ state: 'refused', refusalReason: 'identity-not-established' });
    const after = await move(request.id, { to: 'in-progress' });
    expect([after.statusCode, after.json().code]).toEqual([409, 'requests.transition_not_allowed']);
  });

  run('emails a code for a request entered without a checked identity, and moves it through approval', async () => {
    const email = 'phone.caller@example.net';
    const entered = await enter({
      kind: 'access',
      requester: { name: 'Nadia Roy', email, phone: '+1 514 555 0100' },
      applicant: { role: 'self' },
      language: 'en',
      channel: 'phone',
      identityVerified: false,
    });
    expect(entered.statusCode).toBe(201);
    const { request, codeSent } = entered.json();
    expect([request.state, codeSent]).toEqual(['awaiting-identity', true]);
    expect((await smtp.next(email)).text).toContain(request.reference);

    for (const to of ['in-progress', 'awaiting-approval', 'completed']) {
      const moved = await move(request.id, { to });
      expect([to, moved.statusCode, moved.json().request.state]).toEqual([to, 200, to]);
    }
    const closed = await server.app.inject({ url: '/api/v1/requests?state=completed&kind=access', headers: agent });
    const listed = closed.json().requests.find((r: { id: string }) => r.id === request.id);
    expect(listed?.due.status).toBe('closed');
    const missing = await server.app.inject({
      url: '/api/v1/requests/00000000-0000-4000-8000-000000000000',
      headers: agent,
    });
    expect([missing.statusCode, missing.json().code]).toEqual([404, 'requests.not_found']);
  });

  run('refuses a date of receipt in the future', async () => {
    const entered = await enter({
      kind: 'access',
      requester: { name: 'Later' },
      applicant: { role: 'self' },
      language: 'fr',
      channel: 'in-person',
      receivedAt: new Date(Date.now() + 86_400_000).toISOString(),
      identityVerified: true,
    });
    expect([entered.statusCode, entered.json().code]).toEqual([422, 'requests.received_in_future']);
  });
});
