import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshAddress } from '../../app/test-support/test-server.js';
import { postgresTarget, type StoreTarget, sqliteTarget } from '../../db/test-support/store-targets.js';
import { type RequestsTestServer, startRequestsServer } from './test-support/requests-server.js';
import { type SmtpCapture, startSmtpCapture } from './test-support/smtp-capture.js';

const targets: StoreTarget[] = [sqliteTarget, await postgresTarget()];
let people = 0;

function person() {
  people += 1;
  return {
    name: `Émilie Tremblay-${people}`,
    email: `emilie.tremblay.${people}@example.net`,
    details: `Mon dossier dentaire numéro ${people}7731`,
  };
}

describe.each(targets)('rights request intake and identity verification on $name', (target) => {
  const run = target.unavailable !== undefined && process.env.CI !== 'true' ? it.skip : it;
  let smtp: SmtpCapture;
  let server: RequestsTestServer;

  beforeAll(async () => {
    if (target.unavailable !== undefined && process.env.CI !== 'true') return;
    smtp = await startSmtpCapture();
    server = await startRequestsServer(target, smtp.url);
  });
  afterAll(async () => {
    await server?.dispose();
    await smtp?.close();
  });

  async function submit(who: ReturnType<typeof person>, language: 'fr' | 'en' = 'en') {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/v1/requests',
      remoteAddress: freshAddress(),
      payload: {
        kind: 'access',
        requester: { name: who.name, email: who.email },
        applicant: { role: 'self' },
        details: who.details,
        language,
      },
    });
    expect(response.statusCode).toBe(202);
    const { reference } = response.json() as { reference: string };
    const mail = await smtp.next(who.email);
    const code = /code\s*:\s*(\d{6})/.exec(mail.text)?.[1];
    const token = /token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
    if (code === undefined || token === undefined) throw new Error('no code or token in the mail');
    return { reference, code, token, mail };
  }

  const verify = (body: Record<string, string>) =>
    server.app.inject({
      method: 'POST',
      url: '/api/v1/requests/verification',
      remoteAddress: freshAddress(),
      payload: body,
    });

  async function stateOf(reference: string): Promise<string> {
    const row = await server.installation.database.db
      .selectFrom('rights_requests')
      .select('state')
      .where('reference', '=', reference)
      .executeTakeFirstOrThrow();
    return row.state;
  }

  run('takes a request, emails a code, and moves it to in progress once the code is given', async () => {
    const who = person();
    const { reference, code, mail } = await submit(who, 'fr');
    expect(reference).toMatch(/^R-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    // The link carries the reference and token in its fragment, never in a path or query string.
    expect(mail.text).toMatch(/\/fr\/verification#reference=R-[^\s]+&token=[A-Za-z0-9_-]+/);
    expect(mail.text).not.toMatch(/[?&]code=/);
    expect(await stateOf(reference)).toBe('awaiting-identity');

    const verified = await verify({ reference, code });
    expect([verified.statusCode, verified.json()]).toEqual([200, { reference, state: 'in-progress' }]);
    expect(await stateOf(reference)).toBe('in-progress');
    const acknowledgement = await smtp.next(who.email);
    expect(acknowledgement.text).toContain(reference);
    expect(acknowledgement.text).toContain('P-39.1');
    expect(acknowledgement.raw).toContain('text/html');

    // The code is single use.
    const again = await verify({ reference, code });
    expect([again.statusCode, again.json().code]).toEqual([422, 'requests.verification_failed']);

    // Staff read it decrypted; the read is journalled with the request as its subject.
    const agent = await server.agent();
    const list = await server.app.inject({ url: '/api/v1/requests?state=in-progress', headers: agent });
    const listed = (list.json() as { requests: { id: string; reference: string; due: { status: string } }[] }).requests;
    const entry = listed.find((r) => r.reference === reference);
    expect(entry?.due.status).toBe('on-time');
    expect(JSON.stringify(listed)).not.toContain(who.email);
    const detail = await server.app.inject({ url: `/api/v1/requests/${entry?.id}`, headers: agent });
    expect(detail.statusCode).toBe(200);
    expect(detail.json().request.requester).toEqual({ name: who.name, email: who.email, details: who.details });
    const journalled = await server.installation.database.db
      .selectFrom('journal_entries')
      .select(['action', 'subject'])
      .where('subject', '=', `request:${entry?.id}`)
      .execute();
    expect(journalled.map((e) => e.action)).toEqual(['requests.submit', 'requests.verify_identity', 'requests.read']);
  });

  run('accepts the link token instead of the code', async () => {
    const { reference, token } = await submit(person());
    const verified = await verify({ reference: reference.toLowerCase(), token });
    expect(verified.statusCode).toBe(200);
    expect(await stateOf(reference)).toBe('in-progress');
  });

  run('gives a wrong code, an unknown reference and an expired code the same answer', async () => {
    const { reference, code } = await submit(person());
    const wrong = await verify({ reference, code: code === '000000' ? '111111' : '000000' });
    const unknown = await verify({ reference: 'R-0000-0000-0000', code });
    expect(wrong.statusCode).toBe(422);
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toEqual(wrong.json());
    expect(unknown.body).toBe(wrong.body);

    await server.installation.database.db
      .updateTable('request_verifications')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('request_id', '=', (eb) =>
        eb.selectFrom('rights_requests').select('id').where('reference', '=', reference),
      )
      .execute();
    const expired = await verify({ reference, code });
    expect(expired.body).toBe(wrong.body);
    expect(await stateOf(reference)).toBe('awaiting-identity');
  });

  run('refuses even the right code after five wrong ones, until a new code is asked for', async () => {
    const who = person();
    const { reference, code } = await submit(who);
    const wrongCode = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i += 1) expect((await verify({ reference, code: wrongCode })).statusCode).toBe(422);
    const right = await verify({ reference, code });
    expect([right.statusCode, right.json().code]).toEqual([422, 'requests.verification_failed']);

    const renewal = await server.app.inject({
      method: 'POST',
      url: '/api/v1/requests/verification/renewal',
      remoteAddress: freshAddress(),
      payload: { reference },
    });
    const unknownRenewal = await server.app.inject({
      method: 'POST',
      url: '/api/v1/requests/verification/renewal',
      remoteAddress: freshAddress(),
      payload: { reference: 'R-0000-0000-0000' },
    });
    expect(renewal.statusCode).toBe(202);
    expect(unknownRenewal.statusCode).toBe(202);
    expect(Object.keys(unknownRenewal.json())).toEqual(Object.keys(renewal.json()));
    const fresh = /code\s*:\s*(\d{6})/.exec((await smtp.next(who.email)).text)?.[1];
    expect(fresh).toMatch(/^\d{6}$/);
    const old = await verify({ reference, code });
    if (old.statusCode === 200) throw new Error('the old code still works');
    expect((await verify({ reference, code: fresh ?? '' })).statusCode).toBe(200);
  });

  run('stores no requester data in clear and writes none to the logs', async () => {
    const who = person();
    const { reference, code, token } = await submit(who);
    expect((await verify({ reference, code })).statusCode).toBe(200);
    const { rows } = await sql`select * from rights_requests`.execute(server.installation.database.db);
    const stored = JSON.stringify(rows);
    expect(stored).toContain(reference);
    for (const secret of [who.email, who.name, who.details, 'Tremblay', 'example.net']) {
      expect(stored).not.toContain(secret);
    }
    const logs = server.logs.join('\n');
    expect(logs).toContain('/api/v1/requests');
    for (const secret of [who.email, who.name, who.details, code, token, 'Tremblay'])
      expect(logs).not.toContain(secret);
  });

  run('answers malformed verification and intake bodies with 400', async () => {
    const empty = await server.app.inject({
      method: 'POST',
      url: '/api/v1/requests',
      remoteAddress: freshAddress(),
      payload: {},
    });
    expect([empty.statusCode, empty.json().code]).toEqual([400, 'http.invalid_request']);
    const badCode = await verify({ reference: 'R-0000-0000-0000', code: 'abc' });
    expect(badCode.statusCode).toBe(400);
  });
});

describe('intake without mail configured', () => {
  it('refuses requests clearly instead of accepting what nobody could verify', async () => {
    const server = await startRequestsServer(sqliteTarget);
    try {
      const response = await server.app.inject({
        method: 'POST',
        url: '/api/v1/requests',
        remoteAddress: freshAddress(),
        payload: {
          kind: 'access',
          requester: { name: 'Alex', email: 'alex@example.net' },
          applicant: { role: 'self' },
          language: 'fr',
        },
      });
      expect([response.statusCode, response.json().code]).toEqual([503, 'requests.mail_not_configured']);
      expect(server.logs.join('\n')).toContain('SMTP_URL is not set');
      const count = await server.installation.database.db
        .selectFrom('rights_requests')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(count.n)).toBe(0);
    } finally {
      await server.dispose();
    }
  });
});
