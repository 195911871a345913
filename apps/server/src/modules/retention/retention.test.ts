import type { SqlDriver } from '@vigie/connectors';
import type { Dataset } from '@vigie/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSeed } from '../../../../../packages/connectors/test/contract/health-plan.js';
import {
  CUTOFF,
  loadRetentionSchema,
  NOW,
  retentionDataset,
} from '../../../../../packages/connectors/test/retention/retention-fixture.js';
import { postgresTarget, type StoreTarget, sqliteTarget } from '../../db/test-support/store-targets.js';
import { datasetEngines } from '../fulfilment/test-support/dataset-engines.js';
import { type RetentionTestServer, startRetentionServer } from './test-support/retention-server.js';
import { sqliteRetentionDataset } from './test-support/sqlite-retention-dataset.js';

/**
 * The server's retention job end to end (issue 6): the health plan's dataset in a SQLite file (store on SQLite) and
 * in PostgreSQL (store on PostgreSQL), a second dataset nobody configured a URL for, the run asked for over HTTP and
 * carried out by the durable job, then the proof of destruction read back from the runs and the journal.
 */
const seed = generateSeed(30);
const DATASET = 'member-db';
const UNREACHABLE = 'archive-db';
const expiredCount = (rows: readonly Record<string, unknown>[], column: string, cutoff: string) =>
  rows.filter((r) => String(r[column]) < cutoff).length;

interface Setup {
  readonly name: string;
  readonly store: () => Promise<StoreTarget>;
  /** The dataset's URL and a driver to read it back, seeded with the health plan. */
  readonly dataset: () => Promise<{ url: string; driver: SqlDriver; dispose(): Promise<void> }>;
  readonly engine: Dataset['engine'];
}

const sqliteDataset: Setup['dataset'] = () => sqliteRetentionDataset(seed);

const postgresDataset: Setup['dataset'] = async () => {
  const [engine] = (await datasetEngines(retentionDataset())).filter((e) => e.name === 'postgres');
  if (engine === undefined || engine.unavailable !== undefined) throw new Error(engine?.unavailable ?? 'no postgres');
  const database = await engine.create();
  await loadRetentionSchema(database.connector.driver, seed);
  return { url: database.url, driver: database.connector.driver, dispose: () => database.drop() };
};

const SETUPS: Setup[] = [
  {
    name: 'dataset in SQLite, store on SQLite',
    store: async () => sqliteTarget,
    dataset: sqliteDataset,
    engine: 'sqlite',
  },
  {
    name: 'dataset in PostgreSQL, store on PostgreSQL',
    store: postgresTarget,
    dataset: postgresDataset,
    engine: 'postgres',
  },
];

for (const setup of SETUPS) {
  describe(`retention run by the server (${setup.name})`, () => {
    let server: RetentionTestServer;
    let data: Awaited<ReturnType<Setup['dataset']>>;
    let officer: Record<string, string>;

    beforeAll(async () => {
      data = await setup.dataset();
      const dataset = { ...retentionDataset(), engine: setup.engine };
      server = await startRetentionServer({
        store: await setup.store(),
        datasets: [dataset, { ...dataset, id: UNREACHABLE, system: 'archive' }],
        urls: { [DATASET]: data.url },
        now: () => NOW,
      });
      officer = (await server.signedIn('privacy_officer')).headers;
    });
    afterAll(async () => {
      await server?.dispose();
      await data?.dispose();
    });

    it('shows the live plan to readers and refuses those without a part in retention', async () => {
      const auditor = (await server.signedIn('auditor')).headers;
      const plan = await server.app.inject({ url: '/api/v1/retention/plan', headers: auditor });
      expect(plan.statusCode).toBe(200);
      const { datasets } = plan.json() as {
        datasets: {
          dataset: string;
          ok: boolean;
          code?: string;
          tables: { table: string; counts: { due: number } }[];
        }[];
      };
      const reachable = datasets.find((d) => d.dataset === DATASET);
      const communications = reachable?.tables.find((t) => t.table === 'communications');
      expect(communications?.counts.due).toBe(expiredCount(seed.communications, 'sent_on', CUTOFF.communications));
      expect(datasets.find((d) => d.dataset === UNREACHABLE)).toMatchObject({
        ok: false,
        code: 'connector.unreachable',
      });
      // The auditor reads, never runs.
      const run = await server.app.inject({ method: 'POST', url: '/api/v1/retention/runs', headers: auditor });
      expect(run.statusCode).toBe(403);
      for (const role of ['admin', 'agent'] as const) {
        const headers = (await server.signedIn(role)).headers;
        for (const url of ['/api/v1/retention/plan', '/api/v1/retention/runs']) {
          expect((await server.app.inject({ url, headers })).statusCode).toBe(403);
        }
        const posted = await server.app.inject({ method: 'POST', url: '/api/v1/retention/runs', headers });
        expect(posted.statusCode).toBe(403);
      }
    });

    it('destroys exactly the expired rows, records each table and journals it without personal data', async () => {
      const queued = await server.app.inject({ method: 'POST', url: '/api/v1/retention/runs', headers: officer });
      expect(queued.statusCode).toBe(202);
      expect(await server.runJobsOnce()).toBe(1);

      const communications = await data.driver.query('select sent_on from communications', []);
      expect(communications).toHaveLength(
        seed.communications.length - expiredCount(seed.communications, 'sent_on', CUTOFF.communications),
      );
      expect(communications.every((r) => String(r.sent_on) >= CUTOFF.communications)).toBe(true);

      const listed = await server.app.inject({ url: '/api/v1/retention/runs?limit=50', headers: officer });
      expect(listed.statusCode).toBe(200);
      const { runs } = listed.json() as {
        runs: {
          dataset: string;
          table: string | null;
          outcome: string;
          errorCode: string | null;
          destroyed: number;
          anonymized: number;
          action: string;
          jobId: string;
        }[];
      };
      const byTable = (t: string) => runs.find((r) => r.dataset === DATASET && r.table === t);
      expect(byTable('communications')).toMatchObject({
        outcome: 'ok',
        action: 'destroy',
        destroyed: expiredCount(seed.communications, 'sent_on', CUTOFF.communications),
      });
      expect(byTable('payments')?.destroyed).toBe(expiredCount(seed.payments, 'paid_on', CUTOFF.payments));
      expect(byTable('dependants')).toMatchObject({
        action: 'anonymize',
        anonymized: expiredCount(seed.dependants, 'birth_date', CUTOFF.dependants),
      });
      const failed = runs.find((r) => r.dataset === UNREACHABLE);
      expect(failed).toMatchObject({ outcome: 'failed', errorCode: 'connector.unreachable', table: null });
      expect(new Set(runs.map((r) => r.jobId)).size).toBe(1);

      const { db } = server.installation.database;
      const entries = await db
        .selectFrom('journal_entries')
        .selectAll()
        .where('action', 'like', 'retention.%')
        .where('origin', '=', 'job')
        .execute();
      expect(entries).toHaveLength(runs.length);
      expect(entries.every((e) => e.actor === 'system')).toBe(true);
      expect(entries.map((e) => `${e.action} ${e.subject}`)).toEqual(
        expect.arrayContaining([
          `retention.destroyed dataset:${DATASET}/communications`,
          `retention.anonymized dataset:${DATASET}/dependants`,
          `retention.failed dataset:${UNREACHABLE}`,
        ]),
      );
      // Names, counts and codes only: no value of a person's row reaches the runs or the journal.
      const stored = JSON.stringify([entries, await db.selectFrom('retention_runs').selectAll().execute()]);
      const personal = seed.members.flatMap((m) => [String(m.email), String(m.member_number)]);
      expect(personal.filter((value) => stored.includes(value))).toEqual([]);
    });

    it('makes one run of two clicks in the same minute, and pages the runs', async () => {
      const queued = await server.app.inject({ method: 'POST', url: '/api/v1/retention/runs', headers: officer });
      expect(queued.statusCode).toBe(202);
      // The same minute: the second click is the same job, already done.
      expect(await server.runJobsOnce()).toBe(0);
      const { runs, total } = (
        await server.app.inject({ url: '/api/v1/retention/runs?limit=2&offset=0', headers: officer })
      ).json() as { runs: unknown[]; total: number };
      expect(runs).toHaveLength(2);
      expect(total).toBeGreaterThan(2);
    });
  });
}
