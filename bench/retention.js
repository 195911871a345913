// Issue #6 figure for the retention engine, on PostgreSQL: a sweep of 1,000,000 expired rows out of 10,000,000 by
// runRetention (batches of 5,000, each its own transaction: pick the due rows by the trigger column, delete them),
// against a DBA's hand-written batched DELETE on an identical copy in the same run
// (`delete from t where id in (select id from t where ended_on < $1 limit 5000)` until nothing is left).
// Target: the engine's throughput within 2x of the hand-written loop. Both report their longest batch: the longest
// time a lock was held on the rows of one batch.
// The tables are built in SQL (generate_series; primary key and an index on the trigger column added afterwards,
// then VACUUM ANALYZE), in a scratch database of its own, dropped at the end. Every tenth row has expired.
// PostgreSQL: VIGIE_BENCH_POSTGRES_URL, else VIGIE_TEST_POSTGRES_URL, else postgres://postgres@127.0.0.1:5432/test.
// BENCH_RETENTION_ROWS scales the table (default 10,000,000). Run after a build (npx tsc -b packages/connectors).
// A ratio over its target prints OVER and makes the exit code 1.
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import pg from 'pg';
import { openPostgresConnector, planRetention, runRetention } from '../packages/connectors/dist/index.js';
import { datasetSchema, retentionRuleSchema } from '../packages/core/dist/index.js';

const ROWS = Number(process.env.BENCH_RETENTION_ROWS ?? 10_000_000);
const BATCH = 5000;
const TARGET_RATIO = 2;
const NOW = new Date('2026-01-01T00:00:00Z');
const CUTOFF = '2016-01-01'; // NOW minus the rule's P10Y
const BASE_URL =
  process.env.VIGIE_BENCH_POSTGRES_URL ??
  process.env.VIGIE_TEST_POSTGRES_URL ??
  'postgres://postgres@127.0.0.1:5432/test';
const DB_NAME = `vigie_bench_${randomBytes(5).toString('hex')}`;

const log = (line) => process.stderr.write(`${line}\n`);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const rate = (rows, ms) => Math.round(rows / (ms / 1000));

async function admin(statement) {
  const client = new pg.Client({ connectionString: BASE_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

const rule = retentionRuleSchema.parse({
  id: 'contracts-10y',
  name: { fr: 'Contrats, 10 ans après la fin', en: 'Contracts, 10 years after they end' },
  duration: 'P10Y',
  trigger: 'end-of-contract',
  action: 'destroy',
  citation: 'Code civil du Québec, art. 2925 (prescription) + politique interne',
});

const dataset = (table) =>
  datasetSchema.parse({
    id: 'contracts',
    system: 'contracts',
    engine: 'postgres',
    tables: [
      {
        name: table,
        key: ['id'],
        person: true,
        erase: 'delete-row',
        retention: { rule: 'contracts-10y', from: 'ended_on' },
        columns: [
          { name: 'email', identity: 'email', category: 'email' },
          { name: 'ended_on', category: 'identity' },
          { name: 'note', category: 'identity' },
        ],
      },
    ],
  });

async function build(db) {
  const started = performance.now();
  await db.query(`create table contracts_engine (id bigint not null, email text not null, ended_on date, note text)`);
  // Every tenth row ended in 2010-2014 (expired under P10Y at NOW); the others in 2017-2025.
  await db.query(
    `insert into contracts_engine
       select i, 'person' || i || '@example.org',
              case when i % 10 = 0 then date '2010-01-01' + (i % 1800)::int else date '2017-01-01' + (i % 3000)::int end,
              'contract ' || i
         from generate_series(1, $1::bigint) i`,
    [ROWS],
  );
  await db.query('create table contracts_dba as select * from contracts_engine');
  for (const table of ['contracts_engine', 'contracts_dba']) {
    await db.query(`alter table ${table} add primary key (id)`);
    await db.query(`create index ${table}_ended_on on ${table} (ended_on)`);
    await db.query(`vacuum analyze ${table}`);
  }
  log(`built 2 x ${ROWS.toLocaleString('en')} rows in ${seconds(performance.now() - started)}`);
}

/** The DBA's loop: one autocommitted DELETE per batch, each timed (its duration is the lock it holds). */
async function handWritten(db) {
  let rows = 0;
  let batches = 0;
  let longest = 0;
  const started = performance.now();
  for (;;) {
    const t0 = performance.now();
    const result = await db.query(
      'delete from contracts_dba where id in (select id from contracts_dba where ended_on < $1 limit 5000)',
      [CUTOFF],
    );
    const took = performance.now() - t0;
    if (result.rowCount === 0) break;
    rows += result.rowCount;
    batches += 1;
    longest = Math.max(longest, took);
  }
  return { rows, batches, longest, ms: performance.now() - started };
}

async function main() {
  log(
    `retention bench: ${ROWS.toLocaleString('en')} rows, ${(ROWS / 10).toLocaleString('en')} expired; load ${loadavg()[0].toFixed(2)}`,
  );
  await admin(`create database ${DB_NAME}`);
  const url = new URL(BASE_URL);
  url.pathname = `/${DB_NAME}`;
  const db = new pg.Client({ connectionString: url.toString() });
  await db.connect();
  const connector = openPostgresConnector(url.toString(), {
    dataset: dataset('contracts_engine'),
    pseudonymKey: randomBytes(32),
  });
  let failed = false;
  try {
    const totalStarted = performance.now();
    await build(db);
    // Both tables read once, so neither sweep pays for a cold cache the other does not.
    for (const table of ['contracts_engine', 'contracts_dba'])
      await db.query(`select count(*) from ${table} where ended_on < $1`, [CUTOFF]);

    const plan = await planRetention(connector, dataset('contracts_engine'), { retention: [rule] }, NOW);
    if (!plan.ok) throw new Error(`plan failed: ${plan.code}`);
    const planned = plan.value.tables[0];
    log(`plan: ${planned.counts.due.toLocaleString('en')} due, trigger indexed: ${planned.triggerIndexed}`);

    const dba = await handWritten(db);
    const started = performance.now();
    const run = await runRetention(connector, dataset('contracts_engine'), { retention: [rule] }, NOW, [], {
      batchSize: BATCH,
    });
    const engineMs = performance.now() - started;
    if (!run.ok) throw new Error(`run failed: ${run.code} at ${run.table}`);
    const [record] = run.value;

    const left = await db.query(
      `select (select count(*) from contracts_engine) as engine, (select count(*) from contracts_dba) as dba,
              (select count(*) from contracts_engine where ended_on < $1) as engine_expired`,
      [CUTOFF],
    );
    const { engine, dba: dbaLeft, engine_expired } = left.rows[0];
    if (Number(engine) !== Number(dbaLeft) || Number(engine_expired) !== 0 || record.destroyed !== ROWS / 10) {
      throw new Error(`the sweeps disagree: engine ${engine} rows left (${engine_expired} expired), dba ${dbaLeft}`);
    }

    const engineRate = rate(record.destroyed, engineMs);
    const dbaRate = rate(dba.rows, dba.ms);
    const ratio = dbaRate / engineRate;
    const over = ratio > TARGET_RATIO;
    failed ||= over;
    log('');
    log(
      `runRetention      ${record.destroyed.toLocaleString('en')} rows in ${seconds(engineMs)}: ${engineRate.toLocaleString('en')} rows/s, ${record.batches} batches, longest batch ${record.longestBatchMs.toFixed(1)} ms`,
    );
    log(
      `hand-written      ${dba.rows.toLocaleString('en')} rows in ${seconds(dba.ms)}: ${dbaRate.toLocaleString('en')} rows/s, ${dba.batches} batches, longest batch ${dba.longest.toFixed(1)} ms`,
    );
    log(`ratio             ${ratio.toFixed(2)}x slower (target within ${TARGET_RATIO}x) ${over ? 'OVER' : 'ok'}`);
    log(`whole bench       ${seconds(performance.now() - totalStarted)}`);
    process.stdout.write(
      `${JSON.stringify({
        bench: 'retention',
        rows: ROWS,
        expired: ROWS / 10,
        engine: {
          rowsPerSecond: engineRate,
          ms: Math.round(engineMs),
          batches: record.batches,
          longestBatchMs: record.longestBatchMs,
        },
        handWritten: {
          rowsPerSecond: dbaRate,
          ms: Math.round(dba.ms),
          batches: dba.batches,
          longestBatchMs: Math.round(dba.longest * 10) / 10,
        },
        ratio: Math.round(ratio * 100) / 100,
      })}\n`,
    );
  } finally {
    await connector.close();
    await db.end();
    await admin(`drop database if exists ${DB_NAME} with (force)`);
  }
  if (failed) process.exitCode = 1;
}

await main();
