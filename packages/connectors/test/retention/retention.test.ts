import { datasetSchema, retentionRuleSchema } from '@vigie/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planRetention, runRetention } from '../../src/retention/index.js';
import type { DestructionRecord, RetentionTablePlan } from '../../src/retention/retention-types.js';
import { generateSeed, snapshot } from '../contract/health-plan.js';
import { type ConnectorTarget, mariadbTarget, postgresTarget, sqliteTarget } from '../contract/targets.js';
import {
  CUTOFF,
  EXCEPTED_DIAGNOSIS,
  expectedAfterRun,
  HOLDS,
  loadRetentionSchema,
  NOW,
  RULES,
  retentionDataset,
  rowsOf,
} from './retention-fixture.js';
import { killWhen, startScript } from './run-script.js';

const targets: ConnectorTarget[] = [sqliteTarget, await postgresTarget(), await mariadbTarget()];
const declaration = { retention: RULES };

function ok<T>(result: { ok: true; value: T } | { ok: false; code: string; table?: string }): T {
  if (!result.ok) throw new Error(`retention failed: ${result.code} at ${result.table ?? '-'}`);
  return result.value;
}

const byTable = <T extends { table: string }>(list: readonly T[]): Record<string, T> =>
  Object.fromEntries(list.map((t) => [t.table, t]));

for (const target of targets) {
  if (target.unavailable !== undefined) {
    if (process.env.CI === 'true') {
      describe(`retention on ${target.name}`, () => {
        it('is reachable in CI', () => {
          throw new Error(target.unavailable);
        });
      });
    } else console.warn(`Retention suite on ${target.name} skipped: ${target.unavailable}`);
    continue;
  }

  describe(`retention on ${target.name}`, () => {
    const seed = generateSeed(60);
    const expected = expectedAfterRun(seed);
    const drops: (() => Promise<void>)[] = [];
    const fresh = async () => {
      const db = await target.create();
      drops.push(db.drop);
      const connector = db.open(retentionDataset());
      await loadRetentionSchema(connector.driver, seed);
      return { ...db, connector };
    };
    let db: Awaited<ReturnType<typeof fresh>>;
    beforeAll(async () => {
      db = await fresh();
    });
    afterAll(async () => {
      await db?.connector.close();
      for (const drop of drops) await drop();
    });

    it('plans per table: the rule, its citation, the cutoff, and the expired rows by fate', async () => {
      const plan = ok(await planRetention(db.connector, retentionDataset(), declaration, NOW, HOLDS));
      const tables = byTable<RetentionTablePlan>(plan.tables);
      // Children before the tables they reference: payments are swept before the claims they point to.
      const order = plan.tables.map((t) => t.table);
      expect(order.indexOf('payments')).toBeLessThan(order.indexOf('claims'));
      const claims = tables.claims;
      expect(claims).toMatchObject({
        rule: 'claims-7y',
        citation: 'Loi sur les assurances, RLRQ c. A-32.1',
        action: 'destroy',
        duration: 'P7Y',
        from: 'service_date',
        cutoff: '2023-06-15T12:00:00.000Z',
        triggerIndexed: false,
      });
      const excepted = seed.claims.filter((c) => c.diagnosis === EXCEPTED_DIAGNOSIS);
      const held = seed.claims.filter((c) => c.diagnosis !== EXCEPTED_DIAGNOSIS && Number(c.id) % 7 === 0);
      // Referenced now, before the payments are swept: a run frees those whose payments expire first.
      const masked = seed.claims.filter(
        (c) =>
          c.diagnosis !== EXCEPTED_DIAGNOSIS &&
          Number(c.id) % 7 !== 0 &&
          seed.payments.some((p) => p.claim_id === c.id),
      );
      expect(claims?.counts).toEqual({
        expired: seed.claims.length,
        exceptions: excepted.length,
        holds: held.length,
        referenced: masked.length,
        anonymized: 0,
        due: seed.claims.length - excepted.length - held.length - masked.length,
      });
      expect(excepted.length * held.length).toBeGreaterThan(0);
      const comms = tables.communications;
      const expiredComms = seed.communications.filter((c) => String(c.sent_on) < CUTOFF.communications);
      expect(comms?.triggerIndexed).toBe(true);
      expect(comms?.counts.expired).toBe(expiredComms.length);
      expect(comms?.counts.holds).toBe(2);
      expect(tables.policies).toMatchObject({ action: 'review', counts: { due: seed.policies.length } });
      // The plan changed nothing.
      expect(await rowsOf(db.connector.driver, 'communications')).toHaveLength(seed.communications.length);
    });

    it('destroys exactly the expired rows, anonymizes where declared, spares held and excepted rows', async () => {
      const untouched = await snapshot(db.connector.driver);
      const records = byTable<DestructionRecord>(
        ok(await runRetention(db.connector, retentionDataset(), declaration, NOW, HOLDS, { batchSize: 7 })),
      );
      const driver = db.connector.driver;
      expect(await rowsOf(driver, 'payments')).toEqual(expected.payments);
      expect(await rowsOf(driver, 'claims')).toEqual(expected.claims);
      expect(await rowsOf(driver, 'communications')).toEqual(expected.communications);
      expect(await rowsOf(driver, 'dependants')).toEqual(expected.dependants);
      // No one else's rows: the tables without a due rule, and the policies a person must review, are as they were.
      const now = await snapshot(driver);
      expect(now.members).toEqual(untouched.members);
      expect(now.policies).toEqual(untouched.policies);

      const claims = records.claims;
      expect(claims).toMatchObject({ rule: 'claims-7y', action: 'destroy', cutoff: '2023-06-15T12:00:00.000Z' });
      expect(claims?.destroyed).toBe(seed.claims.length - expected.claims.length);
      expect(claims?.masked).toBe(expected.claims.filter((c) => c.diagnosis === '[supprimé]').length);
      expect(records.payments?.destroyed).toBe(seed.payments.length - expected.payments.length);
      const heldPayments = [300, 301, 700].filter((id) =>
        seed.payments.some((p) => p.id === id && String(p.paid_on) < CUTOFF.payments),
      );
      expect(records.payments?.spared.holds).toBe(heldPayments.length);
      const anonymized = expected.dependants.filter((d) => d.first_name === '[supprimé]').length;
      expect(records.dependants).toMatchObject({ action: 'anonymize', anonymized, destroyed: 0 });
      expect(records.policies).toMatchObject({ action: 'review', forReview: seed.policies.length, batches: 0 });
      expect(records.communications?.batches).toBe(Math.ceil((records.communications?.destroyed ?? 0) / 7));
      expect(records.communications?.longestBatchMs).toBeGreaterThan(0);

      // A second run finds nothing left to do, and the plan says so.
      const again = byTable<DestructionRecord>(
        ok(await runRetention(db.connector, retentionDataset(), declaration, NOW, HOLDS)),
      );
      expect(Object.values(again).map((r) => r.destroyed + r.anonymized + r.masked)).toEqual(
        Object.values(again).map(() => 0),
      );
      const plan = byTable(ok(await planRetention(db.connector, retentionDataset(), declaration, NOW, HOLDS)).tables);
      expect(plan.dependants?.counts).toMatchObject({ due: 0, anonymized });
      expect(plan.claims?.counts.due).toBe(0);
    });

    it('resumes after the process is killed mid-run, ending as an uninterrupted run', async () => {
      const killed = await fresh();
      const child = await startScript('sweep.script.ts', [
        target.name === 'mariadb' ? 'mariadb' : target.name,
        killed.location,
      ]);
      const { lines } = await killWhen(child, /^batch communications 3$/);
      expect(lines).not.toContain('done true');
      const driver = killed.connector.driver;
      const halfway = await rowsOf(driver, 'communications');
      expect(halfway.length).toBeLessThan(seed.communications.length);
      expect(halfway.length).toBeGreaterThan(expected.communications.length);
      const records = ok(await runRetention(killed.connector, retentionDataset(), declaration, NOW, HOLDS));
      expect(records.length).toBe(5);
      for (const table of ['payments', 'claims', 'communications', 'dependants'] as const)
        expect(await rowsOf(driver, table)).toEqual(expected[table]);
      await killed.connector.close();
    });

    it('spares everything under a hold on the whole dataset, and one table under a table hold', async () => {
      const held = await fresh();
      const before = await snapshot(held.connector.driver);
      const everything = ok(
        await runRetention(held.connector, retentionDataset(), declaration, NOW, [{ id: 'regulator-inquiry' }]),
      );
      expect(everything.every((r) => r.destroyed + r.anonymized + r.masked === 0)).toBe(true);
      expect(await snapshot(held.connector.driver)).toEqual(before);
      const records = byTable(
        ok(
          await runRetention(held.connector, retentionDataset(), declaration, NOW, [
            { id: 'litigation', table: 'communications' },
          ]),
        ),
      );
      expect(records.communications?.destroyed).toBe(0);
      expect(records.communications?.spared.holds).toBe(
        seed.communications.filter((c) => String(c.sent_on) < CUTOFF.communications).length,
      );
      expect(records.payments?.destroyed).toBeGreaterThan(0);
      await held.connector.close();
    });

    it('compares a timestamp trigger to the instant, not the day', async () => {
      const sessions = datasetSchema.parse({
        id: 'web',
        system: 'site',
        engine: target.name === 'mariadb' ? 'mysql' : target.name,
        tables: [
          {
            name: 'web_sessions',
            key: ['id'],
            person: true,
            erase: 'delete-row',
            retention: { rule: 'sessions-90d', from: 'started_at' },
            columns: [
              { name: 'ip', category: 'identity' },
              { name: 'started_at', category: 'identity' },
            ],
          },
        ],
      });
      const rule = retentionRuleSchema.parse({
        id: 'sessions-90d',
        name: { fr: 'Sessions, 90 jours', en: 'Sessions, 90 days' },
        duration: 'P90D',
        trigger: 'collection',
        action: 'destroy',
      });
      const web = db.open(sessions);
      const type = target.name === 'postgres' ? 'timestamp' : 'datetime';
      await web.driver.run(
        `create table web_sessions (id integer primary key, ip varchar(40), started_at ${type})`,
        [],
      );
      // The cutoff is 2030-03-17 12:00:00 (UTC): one row a minute before, one a minute after, one never started.
      await web.driver.run(
        `insert into web_sessions values (1, '10.0.0.1', '2030-03-17 11:59:00'), (2, '10.0.0.2', '2030-03-17 12:01:00'),
           (3, '10.0.0.3', '2029-01-01 00:00:00'), (4, '10.0.0.4', null)`,
        [],
      );
      const records = ok(await runRetention(web, sessions, { retention: [rule] }, NOW, []));
      expect(records[0]).toMatchObject({ destroyed: 2, cutoff: '2030-03-17T12:00:00.000Z' });
      const left = await web.driver.query('select id from web_sessions order by id', []);
      expect(left.map((r) => Number(r.id))).toEqual([2, 4]);
      await web.close();
    });

    it('refuses a keyed pseudonym as anonymization, and a trigger column that holds no date', async () => {
      const payments = retentionDataset((d) => {
        const table = d.tables.find((t) => t.name === 'payments');
        if (table) table.retention = { rule: 'dependants-24y', from: 'paid_on', except: [] };
      });
      const refused = await runRetention(db.connector, payments, declaration, NOW, []);
      expect(refused).toMatchObject({ ok: false, code: 'connector.not-anonymization', table: 'payments' });
      if (!refused.ok) expect(refused.message.fr).toContain('pseudonyme');
      const badTrigger = retentionDataset((d) => {
        const table = d.tables.find((t) => t.name === 'communications');
        if (table) table.retention = { rule: 'communications-6y', from: 'member_id', except: [] };
      });
      expect(await planRetention(db.connector, badTrigger, declaration, NOW, [])).toMatchObject({
        ok: false,
        code: 'connector.bad-trigger-column',
      });
    });
  });
}
