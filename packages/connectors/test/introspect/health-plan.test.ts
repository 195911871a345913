import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftAnnotation } from '../../src/index.js';
import type { IntrospectedTable } from '../../src/introspect/introspected-schema.js';
import { readMysqlSchema } from '../../src/introspect/read-mysql.js';
import { readPostgresSchema } from '../../src/introspect/read-postgres.js';
import { readSqliteSchema } from '../../src/introspect/read-sqlite.js';
import type { SqlDriver } from '../../src/sql/driver.js';
import { generateSeed, healthPlanDataset, loadHealthPlan, rowsOfPerson, TABLE_NAMES } from '../contract/health-plan.js';
import { type ConnectorTarget, mariadbTarget, postgresTarget, sqliteTarget } from '../contract/targets.js';
import { inTable, loadReviewed, replaceOnce } from './review.js';

const targets: ConnectorTarget[] = [sqliteTarget, await postgresTarget(), await mariadbTarget()];
const READERS = { sqlite: readSqliteSchema, postgres: readPostgresSchema, mariadb: readMysqlSchema };

/** The reviewer's edits: erasure strategies of the hand-written annotation, and a retention rule on claims. */
function review(draft: string): string {
  let yaml = replaceOnce(draft, /system: .*/, 'system: member-portal');
  yaml = inTable(yaml, 'members', (b) => replaceOnce(b, 'erase: keep', 'erase: delete-row'));
  yaml = inTable(yaml, 'dependants', (b) => replaceOnce(b, 'erase: keep', 'erase: delete-row'));
  yaml = inTable(yaml, 'policies', (b) => replaceOnce(b, 'erase: keep', 'erase: delete-row'));
  yaml = inTable(yaml, 'communications', (b) => replaceOnce(b, 'erase: keep', 'erase: delete-row'));
  yaml = inTable(yaml, 'claims', (b) =>
    replaceOnce(b, 'erase: keep', 'erase: keep\n        retention: end-of-contract-7y').replace(
      'name: diagnosis, category: health',
      'name: diagnosis, category: health-claims, erase: redact',
    ),
  );
  return inTable(yaml, 'payments', (b) =>
    replaceOnce(b, 'name: bank_account, category: banking', 'name: bank_account, category: banking, erase: pseudonym'),
  );
}

for (const target of targets) {
  if (target.unavailable !== undefined) {
    if (process.env.CI === 'true') {
      it(`${target.name} is reachable in CI`, () => {
        throw new Error(target.unavailable);
      });
    } else console.warn(`health plan draft on ${target.name} skipped: ${target.unavailable}`);
    continue;
  }
  describe(`health plan: a generated-then-reviewed annotation on ${target.name}`, () => {
    const seed = generateSeed(30);
    let drop: () => Promise<void>;
    let open: Awaited<ReturnType<ConnectorTarget['create']>>['open'];
    let loader: ReturnType<typeof open>;
    let tables: IntrospectedTable[];

    beforeAll(async () => {
      ({ open, drop } = await target.create());
      loader = open(healthPlanDataset());
      await loadHealthPlan(loader.driver, seed);
      tables = await READERS[target.name]((sql, values) => loader.driver.query(sql, values as never));
    });
    afterAll(async () => {
      await loader?.close();
      await drop?.();
    });

    it('drafts members as the person table with its identities, and every table from the foreign keys', () => {
      const draft = draftAnnotation({ engine: 'postgres', database: 'member-db', tables });
      expect(draft).toContain('- { name: member_number, identity: member-number, category: identity }');
      expect(draft).toContain(
        '- { name: health_card, identity: health-insurance-number, category: health-insurance-number }',
      );
      expect(draft).toContain('- { name: phone, identity: phone, category: phone }');
      expect(draft).toContain('- { columns: [dependant_id], table: dependants, to: [id] }');
      expect(draft.match(/^ {6}- name: .*/gm)?.length).toBe(6);
    });

    it('after review, erases exactly one member’s rows (claims kept whole under their retention rule)', async () => {
      const draft = draftAnnotation({
        engine: target.name === 'mariadb' ? 'mysql' : target.name,
        database: 'member-db',
        tables,
      });
      const dataset = loadReviewed(review(draft), 'member-portal');
      const connector = open(dataset);
      try {
        const before = await snapshotAll(connector.driver);
        const located = await connector.locate([{ kind: 'email', value: 'person14@example.org' }]);
        if (!located.ok) throw new Error(located.code);
        const plan = connector.plan(located.value, 'erasure');
        if (!plan.ok) throw new Error(plan.code);
        const erased = await connector.erase(plan.value);
        if (!erased.ok) throw new Error(`${erased.code} at ${erased.table}`);
        const after = await snapshotAll(connector.driver);
        // Member 14 has claims the retention rule keeps: the member row stays, masked, and says why.
        expect(after.members?.find((m) => m.id === 14)).toMatchObject({
          email: '[supprimé]',
          first_name: '[supprimé]',
        });
        expect(after.communications?.some((c) => c.member_id === 14)).toBe(false);
        const claims = after.claims?.filter((c) => Math.floor(Number(c.id) / 100) === 14) ?? [];
        expect(claims.length).toBeGreaterThan(0);
        // A retention rule keeps a row whole: the claims are as they were.
        expect(claims).toEqual(before.claims?.filter((c) => Math.floor(Number(c.id) / 100) === 14));
        // Nobody else's rows changed.
        const mine = rowsOfPerson(seed, 14);
        for (const table of TABLE_NAMES) {
          const ids = new Set(mine[table].map((r) => Number(r.id)));
          const others = (rows: Record<string, unknown>[] | undefined) => rows?.filter((r) => !ids.has(Number(r.id)));
          expect(others(after[table])).toEqual(others(before[table]));
        }
      } finally {
        await connector.close();
      }
    });
  });
}

async function snapshotAll(driver: SqlDriver): Promise<Record<string, Record<string, unknown>[]>> {
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const table of ['members', 'dependants', 'policies', 'claims', 'payments', 'communications'])
    out[table] = await driver.query(`select * from ${table} order by id`, []);
  return out;
}
