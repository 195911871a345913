import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshAddress, startTestServer, type TestServer } from '../../app/test-support/test-server.js';
import { postgresTarget, type StoreTarget, sqliteTarget } from '../../db/test-support/store-targets.js';
import { hashConsent } from './consent.canonical.js';
import { createConsentStore } from './consent.store.js';

const targets: StoreTarget[] = [sqliteTarget, await postgresTarget()];
const CHROME_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.85 Safari/537.36';

const visitorId = () => randomBytes(16).toString('base64url');

function choice(overrides: Record<string, unknown> = {}) {
  return {
    visitorId: visitorId(),
    choices: { essential: true, analytics: false, marketing: false },
    noticeVersion: '2025.1',
    configVersion: '0123456789abcdef',
    method: 'banner',
    gpc: false,
    ...overrides,
  };
}

describe.each(targets)('the consent ledger on $name', (target) => {
  const run = target.unavailable !== undefined && process.env.CI !== 'true' ? it.skip : it;
  let server: TestServer;

  beforeAll(async () => {
    if (target.unavailable !== undefined && process.env.CI !== 'true') return;
    server = await startTestServer(target);
  });
  afterAll(() => server?.dispose());

  const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
    server.app.inject({ method: 'POST', url, payload: payload as object, remoteAddress: freshAddress(), headers });

  async function record(body = choice()) {
    const response = await post('/api/v1/consents', body, { 'user-agent': CHROME_UA });
    expect(response.statusCode).toBe(201);
    return response.json().receipt as { id: string; recordedAt: string; hash: string };
  }

  /** Anchors follow commits by up to the anchorer's interval: waits until the journal names the ledger's head. */
  async function anchored() {
    const db = server.installation.database.db;
    for (let i = 0; i < 200; i++) {
      const head = await db.selectFrom('consent_records').select('seq').orderBy('seq', 'desc').executeTakeFirst();
      const last = await db
        .selectFrom('journal_entries')
        .select('subject')
        .where('action', '=', 'consent.batch')
        .orderBy('seq', 'desc')
        .executeTakeFirst();
      if (head !== undefined && last?.subject?.startsWith(`consents:${head.seq}_`)) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('the ledger head was never anchored');
  }

  async function verification() {
    const auditor = await server.signedIn('auditor');
    const response = await server.app.inject({ url: '/api/v1/consents/verification', headers: server.as(auditor) });
    expect(response.statusCode).toBe(200);
    return response.json();
  }

  run(
    'records a choice, returns a receipt the ledger proves, and keeps no visitor id, full IP or user agent',
    async () => {
      const db = server.installation.database.db;
      const body = choice({ choices: { essential: true, analytics: true, marketing: false } });
      const receipt = await record(body);
      expect(receipt.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(receipt.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(Math.abs(Date.parse(receipt.recordedAt) - Date.now())).toBeLessThan(60_000);

      const checked = await post('/api/v1/consents/receipts/verify', { id: receipt.id, hash: receipt.hash });
      expect(checked.json()).toEqual({
        valid: true,
        recordedAt: receipt.recordedAt,
        choices: { analytics: true, essential: true, marketing: false },
      });
      const forged = await post('/api/v1/consents/receipts/verify', { id: receipt.id, hash: 'a'.repeat(64) });
      expect(forged.json()).toEqual({ valid: false });

      const row = await db
        .selectFrom('consent_records')
        .selectAll()
        .where('id', '=', receipt.id)
        .executeTakeFirstOrThrow();
      expect(row.hash).toBe(receipt.hash);
      expect(row.ip_truncated).toMatch(/^10\.\d+\.\d+\.0\/24$/);
      expect(row.user_agent_family).toBe('Chrome 131');
      expect(row.method).toBe('banner');
      expect(row.gpc).toBe(0);
      const stored = JSON.stringify(row);
      expect(stored).not.toContain(body.visitorId);
      expect(stored).not.toContain('Mozilla');
    },
  );

  run('commits a concurrent burst in order, anchors the head in the journal once per batch, and verifies', async () => {
    const db = server.installation.database.db;
    const receipts = await Promise.all(Array.from({ length: 200 }, () => record()));
    expect(new Set(receipts.map((r) => r.hash)).size).toBe(200);
    await anchored();
    await server.installation.journal.appender.checkpoint();
    const anchors = await db
      .selectFrom('journal_entries')
      .select('subject')
      .where('action', '=', 'consent.batch')
      .execute();
    const records = Number(
      (
        await db
          .selectFrom('consent_records')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    expect(anchors.length).toBeGreaterThanOrEqual(1);
    expect(anchors.length).toBeLessThan(records);
    const result = await verification();
    expect(result).toMatchObject({ ok: true, journalOk: true, records, unanchored: 0, anchoredSeq: records });
  });

  run('names the record whose choices were changed in the store, and the one removed', async () => {
    const db = server.installation.database.db;
    const receipts = [];
    for (let i = 0; i < 5; i++) receipts.push(await record());
    const target = receipts[2] as { id: string; hash: string };
    const row = await db
      .selectFrom('consent_records')
      .selectAll()
      .where('id', '=', target.id)
      .executeTakeFirstOrThrow();
    await sql`update consent_records set choices = ${'{"analytics":true,"essential":true,"marketing":true}'} where id = ${target.id}`.execute(
      db,
    );
    let result = await verification();
    expect(result).toMatchObject({ ok: false, problem: { kind: 'altered', seq: row.seq, recordId: target.id } });
    expect(result.problem.message.en).toContain(target.id);
    const receiptCheck = await post('/api/v1/consents/receipts/verify', { id: target.id, hash: target.hash });
    expect(receiptCheck.json()).toEqual({ valid: false });

    await sql`update consent_records set choices = ${row.choices} where id = ${target.id}`.execute(db);
    expect((await verification()).ok).toBe(true);

    await sql`delete from consent_records where id = ${target.id}`.execute(db);
    result = await verification();
    expect(result).toMatchObject({ ok: false, problem: { kind: 'removed', seq: row.seq } });
    expect(result.problem.message.fr).toContain(`n° ${row.seq}`);
  });

  run('counts accepted, refused and custom choices per day, category and notice version', async () => {
    const auditor = await server.signedIn('auditor');
    const today = new Date().toISOString().slice(0, 10);
    const stats = async () => {
      const response = await server.app.inject({
        url: `/api/v1/consents/stats?from=${today}&to=${today}`,
        headers: server.as(auditor),
      });
      expect(response.statusCode).toBe(200);
      return response.json();
    };
    const before = await stats();
    const count = (body: typeof before, key: 'acceptedAll' | 'refusedAll' | 'custom') => body.days[0]?.[key] ?? 0;
    await record(choice({ choices: { essential: true, analytics: true, marketing: true }, noticeVersion: '2026.1' }));
    await record(choice({ choices: { essential: true, analytics: false, marketing: false }, noticeVersion: '2026.1' }));
    await record(choice({ choices: { essential: true, analytics: true, marketing: false }, noticeVersion: '2026.1' }));
    const after = await stats();
    expect(after.days.map((d: { day: string }) => d.day)).toEqual([today]);
    expect(count(after, 'acceptedAll') - count(before, 'acceptedAll')).toBe(1);
    expect(count(after, 'refusedAll') - count(before, 'refusedAll')).toBe(1);
    expect(count(after, 'custom') - count(before, 'custom')).toBe(1);
    const granted = (body: typeof before) => body.days[0]?.categories.analytics?.granted ?? 0;
    expect(granted(after) - granted(before)).toBe(2);
    expect(after.noticeVersions).toContainEqual({
      noticeVersion: '2026.1',
      records: 3,
      acceptedAll: 1,
      refusedAll: 1,
      custom: 1,
    });
    const refused = await server.app.inject({
      url: `/api/v1/consents/stats?from=${today}&to=2000-01-01`,
      headers: server.as(auditor),
    });
    expect(refused.statusCode).toBe(400);
  });
});

describe.each(targets)('a ledger rewritten and re-hashed behind the journal on $name', (target) => {
  const run = target.unavailable !== undefined && process.env.CI !== 'true' ? it.skip : it;
  let server: TestServer;
  beforeAll(async () => {
    if (target.unavailable !== undefined && process.env.CI !== 'true') return;
    server = await startTestServer(target);
  });
  afterAll(() => server?.dispose());

  run('is caught by the anchored head, and a cut tail by the last anchor', async () => {
    const db = server.installation.database.db;
    for (let i = 0; i < 3; i++) {
      const response = await server.app.inject({
        method: 'POST',
        url: '/api/v1/consents',
        payload: choice(),
        remoteAddress: freshAddress(),
      });
      expect(response.statusCode).toBe(201);
    }
    await server.installation.journal.appender.checkpoint();
    // Wait for the anchors of the three commits.
    for (let i = 0; i < 200; i++) {
      const last = await db
        .selectFrom('journal_entries')
        .select('subject')
        .where('action', '=', 'consent.batch')
        .orderBy('seq', 'desc')
        .executeTakeFirst();
      if (last?.subject?.startsWith('consents:3_')) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // Someone with write access changes record 2 and re-computes every hash after it: the chain holds on its own.
    const store = createConsentStore(server.installation.database);
    const records = [];
    for await (const r of store.records()) records.push(r);
    let prev = (records[0] as (typeof records)[number]).hash;
    for (const r of records.slice(1)) {
      const changed = { ...r, prevHash: prev, choices: { ...r.choices, marketing: true } };
      const hash = hashConsent(prev, changed);
      await sql`update consent_records set choices = ${JSON.stringify({ analytics: false, essential: true, marketing: true })}, prev_hash = ${prev}, hash = ${hash} where seq = ${r.seq}`.execute(
        db,
      );
      prev = hash;
    }
    const auditor = await server.signedIn('auditor');
    const verify = async () =>
      (await server.app.inject({ url: '/api/v1/consents/verification', headers: server.as(auditor) })).json();
    const rewritten = await verify();
    expect(rewritten).toMatchObject({ ok: false, journalOk: true, problem: { kind: 'rewritten' } });

    await sql`delete from consent_records`.execute(db);
    expect(await verify()).toMatchObject({ ok: false, problem: { kind: 'truncated', seq: 1 } });
  });
});
