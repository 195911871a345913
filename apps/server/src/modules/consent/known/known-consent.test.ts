import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  demoDeclaration,
  freshAddress,
  type SignedIn,
  signIn,
  testConfig,
} from '../../../app/test-support/test-server.js';
import { postgresTarget, type StoreTarget, sqliteTarget } from '../../../db/test-support/store-targets.js';
import { createServer, type VigieServer } from '../../../server.js';
import { type ExternalSystem, startExternalSystem } from '../../fulfilment/test-support/external-system.js';
import { withdrawalTargets } from './withdrawal-delivery.js';

const SECRET = 'a-consent-webhook-secret-of-at-least-32-characters';
const WORDING = {
  fr: 'J’accepte de recevoir des rappels de rendez-vous par texto.',
  en: 'I agree to receive appointment reminders by text message.',
};
// `appointments` uses name, phone, email and date of birth (none sensitive); `medical-care` uses the medical record.
const PLAIN = 'appointments';
const SENSITIVE = 'medical-care';

const targets: StoreTarget[] = [sqliteTarget, await postgresTarget()];

describe.each(targets)('known people’s consents, store on $name', (target) => {
  const run = target.unavailable !== undefined && process.env.CI !== 'true' ? it.skip : it;
  let dir: string;
  let server: VigieServer;
  let drop: () => Promise<void>;
  let system: ExternalSystem;
  let clock = new Date();
  let agent: SignedIn;
  let officer: SignedIn;
  let auditor: SignedIn;
  let admin: SignedIn;
  let emails = 0;

  beforeAll(async () => {
    if (target.unavailable !== undefined && process.env.CI !== 'true') return;
    dir = mkdtempSync(join(tmpdir(), 'vigie-known-consent-'));
    system = await startExternalSystem(SECRET);
    const store = await target.create();
    drop = () => store.drop();
    server = await createServer({
      config: testConfig(store.database, dir, {
        LOG_LEVEL: 'warn',
        VIGIE_CONSENT_WEBHOOKS: JSON.stringify({ crm: { url: system.url, secret: SECRET } }),
      }),
      declaration: demoDeclaration(),
      now: () => clock,
    });
    const as = (role: Parameters<typeof signIn>[1]) => signIn(server, role, `${role}.${++emails}@example.org`);
    [agent, officer, auditor, admin] = [
      await as('agent'),
      await as('privacy_officer'),
      await as('auditor'),
      await as('admin'),
    ];
  });
  afterAll(async () => {
    await server?.close();
    await drop?.();
    await system?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const post = (who: SignedIn, url: string, payload: Record<string, unknown>) =>
    server.app.inject({
      method: 'POST',
      url,
      remoteAddress: freshAddress(),
      headers: { cookie: who.cookie, 'x-csrf-token': who.csrfToken },
      payload,
    });
  const give = (who: SignedIn, fields: Record<string, unknown>) =>
    post(who, '/api/v1/consents/known', {
      purpose: PLAIN,
      givenBy: 'person',
      method: 'staff-paper',
      wording: WORDING,
      express: false,
      ...fields,
    });
  const history = async (subject: string) => {
    const response = await post(officer, '/api/v1/consents/known/history', { subject });
    expect(response.statusCode).toBe(200);
    return response.json() as {
      purposes: {
        purpose: string;
        current: string;
        history: {
          kind: string;
          recordedBy: string;
          guardian: string | null;
          minorUnder: number | null;
          wording: unknown;
          deliveries: { target: string; state: string; attempts: number; lastStatus: number | null }[];
        }[];
      }[];
    };
  };

  run('records, withdraws and gives the history per purpose; the reference is never stored in clear', async () => {
    const given = await give(agent, { subject: 'PAT-000123', method: 'staff-phone' });
    expect(given.statusCode).toBe(201);
    expect(given.json().record.hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await give(agent, { subject: 'PAT-000123', purpose: SENSITIVE, express: true })).statusCode).toBe(201);
    const withdrawn = await post(agent, '/api/v1/consents/known/withdrawal', {
      subject: 'PAT-000123',
      purpose: PLAIN,
      givenBy: 'person',
      method: 'portal',
    });
    expect(withdrawn.statusCode).toBe(201);

    const { purposes } = await history('PAT-000123');
    expect(purposes.map((p) => [p.purpose, p.current, p.history.map((h) => h.kind)])).toEqual([
      [PLAIN, 'withdrawn', ['given', 'withdrawn']],
      [SENSITIVE, 'given', ['given']],
    ]);
    expect(purposes[0]?.history[0]?.wording).toEqual(WORDING);
    expect((await history('PAT-999999')).purposes).toEqual([]);

    const rows = await sql`select * from known_consent_records`.execute(server.installation.database.db);
    const raw = JSON.stringify(rows.rows);
    expect(rows.rows.length).toBeGreaterThanOrEqual(3);
    expect(raw).not.toContain('PAT-000123');
    expect(raw).not.toContain('000123');
  });

  run('refuses an unknown purpose and a non-express consent for sensitive information, as problem+json', async () => {
    const unknown = await give(agent, { subject: 'PAT-1', purpose: 'no-such-purpose' });
    expect([unknown.statusCode, unknown.json().code]).toEqual([422, 'consents.unknown_purpose']);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    const implied = await give(agent, { subject: 'PAT-1', purpose: SENSITIVE, express: false });
    expect([implied.statusCode, implied.json().code]).toEqual([422, 'consents.express_required']);
    expect(implied.json().detail).toBeTruthy();
    expect((await give(agent, { subject: 'PAT-1', purpose: SENSITIVE, express: true })).statusCode).toBe(201);
  });

  run(
    'a minor under 14 in Quebec needs a guardian, who is recorded and linked; France needs joint consent',
    async () => {
      const minor = { subject: 'PAT-KID-7', age: 12, regime: 'qc-private' };
      const alone = await give(agent, minor);
      expect([alone.statusCode, alone.json().code]).toEqual([422, 'consents.guardian_required']);
      const noReference = await give(agent, { ...minor, givenBy: 'guardian' });
      expect([noReference.statusCode, noReference.json().code]).toEqual([422, 'consents.guardian_required']);
      const withGuardian = await give(agent, { ...minor, givenBy: 'guardian', guardian: 'PAT-PARENT-3' });
      expect(withGuardian.statusCode).toBe(201);
      const entry = (await history('PAT-KID-7')).purposes[0]?.history[0];
      expect(entry).toMatchObject({ kind: 'given', guardian: 'PAT-PARENT-3', minorUnder: 14 });
      const raw = JSON.stringify(
        (await sql`select * from known_consent_records`.execute(server.installation.database.db)).rows,
      );
      expect(raw).not.toContain('PAT-PARENT-3');
      // Fourteen is no longer under fourteen: the person consents alone.
      expect((await give(agent, { ...minor, subject: 'PAT-TEEN', age: 14 })).statusCode).toBe(201);

      const france = { subject: 'ADH-42', age: 14, regime: 'gdpr-fr', guardian: 'ADH-PARENT' };
      const guardianAlone = await give(agent, { ...france, givenBy: 'guardian' });
      expect([guardianAlone.statusCode, guardianAlone.json().code]).toEqual([422, 'consents.joint_consent_required']);
      expect((await give(agent, { ...france, givenBy: 'person-and-guardian' })).statusCode).toBe(201);
      const ageWithoutRegime = await give(agent, { subject: 'ADH-43', age: 10 });
      expect(ageWithoutRegime.statusCode).toBe(400);
    },
  );

  run(
    'sends a withdrawal to the organisation’s systems, signed, retried after a 500, status in the history',
    async () => {
      expect((await give(agent, { subject: 'MEM-555' })).statusCode).toBe(201);
      // Withdrawals of the tests before are delivered first, so that what follows counts this one's attempts only.
      await server.runJobsOnce();
      const before = system.deliveries.length;
      system.answerWith(500);
      const withdrawn = await post(officer, '/api/v1/consents/known/withdrawal', {
        subject: 'MEM-555',
        purpose: PLAIN,
        givenBy: 'person',
        method: 'staff-paper',
      });
      expect(withdrawn.statusCode).toBe(201);
      await server.runJobsOnce();
      expect(system.deliveries.length).toBe(before + 1);
      const failed = (await history('MEM-555')).purposes[0]?.history[1]?.deliveries;
      expect(failed).toEqual([{ target: 'crm', state: 'pending', attempts: 1, lastStatus: 500, deliveredAt: null }]);

      clock = new Date(clock.getTime() + 31_000);
      await server.runJobsOnce();
      const sent = system.deliveries.slice(before);
      expect(sent).toHaveLength(2);
      expect(sent.every((d) => d.signatureValid)).toBe(true);
      expect(sent[1]?.body).toMatchObject({
        event: 'consent.withdrawn',
        id: withdrawn.json().record.id,
        subject: 'MEM-555',
        purpose: PLAIN,
      });
      const delivered = (await history('MEM-555')).purposes[0]?.history[1]?.deliveries;
      expect(delivered).toMatchObject([{ target: 'crm', state: 'delivered', attempts: 2, lastStatus: 202 }]);
      // Delivered once: a later run sends nothing more.
      clock = new Date(clock.getTime() + 120_000);
      await server.runJobsOnce();
      expect(system.deliveries.length).toBe(before + 2);
    },
  );

  run('lets agents, privacy officers and owners record; consents.read holders read; others are refused', async () => {
    const refused = await give(auditor, { subject: 'PAT-2' });
    expect([refused.statusCode, refused.json().code]).toEqual([403, 'auth.forbidden']);
    expect((await give(admin, { subject: 'PAT-2' })).statusCode).toBe(403);
    expect((await post(agent, '/api/v1/consents/known/history', { subject: 'PAT-2' })).statusCode).toBe(403);
    expect((await post(auditor, '/api/v1/consents/known/history', { subject: 'PAT-2' })).statusCode).toBe(200);
    expect((await give(officer, { subject: 'PAT-2' })).statusCode).toBe(201);
    // The organisation's portal records consents with a key scoped to that alone; it cannot read histories.
    const owner = await signIn(server, 'owner', `owner.${++emails}@example.org`);
    const created = await post(owner, '/api/v1/api-keys', { name: 'patient portal', scopes: ['consents.manage'] });
    expect(created.statusCode).toBe(201);
    const byKey = (url: string, payload: Record<string, unknown>) =>
      server.app.inject({
        method: 'POST',
        url,
        remoteAddress: freshAddress(),
        headers: { authorization: `Bearer ${created.json().key as string}` },
        payload,
      });
    const fromPortal = await byKey('/api/v1/consents/known', {
      subject: 'PAT-2',
      purpose: PLAIN,
      givenBy: 'person',
      method: 'api',
      wording: WORDING,
      express: true,
    });
    expect(fromPortal.statusCode).toBe(201);
    expect((await byKey('/api/v1/consents/known/history', { subject: 'PAT-2' })).statusCode).toBe(403);
    const recordedBy = (await history('PAT-2')).purposes[0]?.history.map((h) => h.recordedBy);
    expect(recordedBy).toEqual([`user:${officer.userId}`, expect.stringMatching(/^apikey:/)]);
    const anonymous = await server.app.inject({
      method: 'POST',
      url: '/api/v1/consents/known/history',
      remoteAddress: freshAddress(),
      payload: { subject: 'PAT-2' },
    });
    expect(anonymous.statusCode).toBe(401);
  });

  run(
    'the chain verifies against its journal anchors, beside the anonymous ledger, and names an altered record',
    async () => {
      expect((await give(agent, { subject: 'PAT-CHAIN' })).statusCode).toBe(201);
      const verify = (url: string) =>
        server.app.inject({
          url,
          remoteAddress: freshAddress(),
          headers: { cookie: officer.cookie },
        });
      const known = (await verify('/api/v1/consents/known/verification')).json();
      expect(known.ok).toBe(true);
      expect(known.records).toBeGreaterThan(5);
      expect([known.anchoredSeq, known.unanchored]).toEqual([known.records, 0]);
      const ledger = (await verify('/api/v1/consents/verification')).json();
      expect([ledger.ok, ledger.journalOk]).toEqual([true, true]);

      await sql`update known_consent_records set purpose = ${'billing'} where seq = 2`.execute(
        server.installation.database.db,
      );
      const altered = (await verify('/api/v1/consents/known/verification')).json();
      expect(altered).toMatchObject({ ok: false, problem: { kind: 'altered', seq: 2 } });
    },
  );
});

describe('VIGIE_CONSENT_WEBHOOKS', () => {
  it('keeps the secrets out of anything printed, and sends over plain http only to the loopback outside production', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-known-config-'));
    try {
      const config = testConfig({ kind: 'sqlite', path: join(dir, 'db.sqlite') }, dir, {
        VIGIE_CONSENT_WEBHOOKS: JSON.stringify({
          crm: { url: 'http://127.0.0.1:9/withdrawals', secret: SECRET },
          billing: { url: 'http://billing.example/withdrawals', secret: SECRET },
        }),
      });
      expect(`${JSON.stringify(config)} ${inspect(config)}`).not.toContain(SECRET);
      const targets = withdrawalTargets(config.consentWebhooks, false);
      expect(targets.names()).toEqual(['billing', 'crm']);
      expect(targets.target('crm')).toEqual({ url: 'http://127.0.0.1:9/withdrawals', secret: SECRET });
      expect(targets.target('billing')).toBeUndefined();
      expect(withdrawalTargets(config.consentWebhooks, true).target('crm')).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
