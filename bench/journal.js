// Issue #3 figures for the access journal, side by side: append rate (target >= 20,000 entries/s, batched) into the
// real stores, and verify rate (target >= 500,000 entries/s) in memory and from the real stores, as
// `vigie audit verify` runs it (verifyStoredJournal over >= 500,000 stored entries).
// - append: the appender over createJournalStore, batches of BATCH events, a signed checkpoint every CHECKPOINT_EVERY;
//   SQLite as the server opens it (WAL, synchronous = FULL: one fsync per batch). The in-memory rows are the
//   journal's own cost (canonical form, SHA-256, Ed25519, batching), for context.
// - verify: the store is filled first (the appended entries, topped up by bulk appends of chained entries), then only
//   verifyStoredJournal is timed.
// PostgreSQL: VIGIE_BENCH_POSTGRES_URL, else VIGIE_TEST_POSTGRES_URL, else postgres://postgres@127.0.0.1:5432/test;
// the bench works in a schema of its own, dropped at the end. Unreachable, its rows say so and count as missed.
// Run after a build: npx tsc -b && node bench/journal.js. Each figure is the median of RUNS runs (BENCH_RUNS, default
// 5), with the spread (slowest, fastest) and the rate per second of this process's CPU time beside it, and the load
// average in the heading: on a shared machine the wall-clock rate also measures the neighbours. The targets are
// judged on the wall-clock median; a rate under its target prints UNDER and makes the exit code 1.
import { generateKeyPairSync, hash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Secret } from '../apps/server/dist/config/secret.js';
import { createDatabase } from '../apps/server/dist/db/database.js';
import { migrateToLatest } from '../apps/server/dist/db/migrate.js';
import { createJournalAppender } from '../apps/server/dist/modules/journal/journal.appender.js';
import { chainEvents, headOf, scheduledCheckpoints } from '../apps/server/dist/modules/journal/journal.chain.js';
import { journalKeyId, journalPublicKeys } from '../apps/server/dist/modules/journal/journal.checkpoint.js';
import { createJournalStore } from '../apps/server/dist/modules/journal/journal.store.js';
import { verifyJournal } from '../apps/server/dist/modules/journal/journal.verify.js';
import { verifyStoredJournal } from '../apps/server/dist/modules/journal/journal.verify-stored.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const MEMORY_APPEND_ENTRIES = 200_000;
const STORE_APPEND_ENTRIES = 100_000;
const VERIFY_ENTRIES = Number(process.env.VERIFY_ENTRIES ?? 500_000);
const CHECKPOINT_EVERY = 1000;
const BATCH = 1000;
// Entries per transaction when filling a store for verification: fast, and still the store's own append path.
const FILL_BATCH = 50_000;
const APPEND_TARGET = 20_000;
const VERIFY_TARGET = 500_000;
const POSTGRES_URL =
  process.env.VIGIE_BENCH_POSTGRES_URL ??
  process.env.VIGIE_TEST_POSTGRES_URL ??
  'postgres://postgres@127.0.0.1:5432/test';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const signer = { keyId: journalKeyId(publicKey), privateKey };
const publicKeys = journalPublicKeys([publicKey]);

const event = (i) => ({
  actor: `user:u${i % 50}`,
  action: i % 4 === 0 ? 'requests.update' : 'requests.read',
  subject: `request:01JR${String(i).padStart(22, '0')}`,
  purpose: 'rights-requests',
  origin: 'web 203.0.113.0/24',
});

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n) => Math.round(n).toLocaleString('en-US');
/** A run's start, on the wall clock and in this process's CPU time (user + system, all its threads). */
const started = () => ({ wall: performance.now(), cpu: process.cpuUsage() });
/** Entries per second of wall-clock time, and per second of this process's CPU time. */
function rate(count, start) {
  const { user, system } = process.cpuUsage(start.cpu);
  return { wall: count / ((performance.now() - start.wall) / 1000), cpu: count / ((user + system) / 1e6) };
}

function memoryStore() {
  const entries = [];
  const checkpoints = [];
  return {
    entries,
    checkpoints,
    lastEntry: async () => entries.at(-1),
    append: async (batch, signed) => {
      for (const entry of batch) entries.push(entry);
      for (const checkpoint of signed) checkpoints.push(checkpoint);
      return 'appended';
    },
  };
}

function appender(repository) {
  return createJournalAppender({ repository, signer, checkpointEvery: CHECKPOINT_EVERY, now: () => new Date() });
}

/** Callers hand over batches of BATCH events (a job, an import); returns entries/s. */
async function appendInBatches(repository, count, first = 0) {
  const journal = appender(repository);
  const events = Array.from({ length: count }, (_, i) => event(first + i));
  const start = started();
  for (let i = 0; i < count; i += BATCH) await journal.record(events.slice(i, i + BATCH));
  return rate(count, start);
}

/** Many requests each record one access at once; group commit turns them into batches. */
async function appendOneByOne(count) {
  const journal = appender(memoryStore());
  const start = started();
  const waits = [];
  for (let i = 0; i < count; i++) waits.push(journal.record([event(i)]));
  await Promise.all(waits);
  return rate(count, start);
}

/** Tops the store up to `count` entries, chained after its head, in large transactions. */
async function fill(journal, count) {
  let head = headOf(await journal.lastEntry());
  const at = new Date().toISOString();
  while (head.seq < count) {
    const size = Math.min(FILL_BATCH, count - head.seq);
    const entries = chainEvents(
      head,
      Array.from({ length: size }, (_, i) => ({ ...event(head.seq + i), at })),
    );
    if ((await journal.append(entries, scheduledCheckpoints(entries, CHECKPOINT_EVERY, signer, at))) !== 'appended') {
      throw new Error('bench: the store refused the fill');
    }
    head = headOf(entries.at(-1));
  }
}

async function verifyStoreRate(db, count) {
  const start = started();
  const { verification } = await verifyStoredJournal({ db, publicKeys });
  const perSecond = rate(count, start);
  if (!verification.ok || verification.entries !== count) {
    throw new Error(`bench: verification failed: ${JSON.stringify(verification)}`);
  }
  return perSecond;
}

async function verifyMemoryRate(store) {
  const start = started();
  const result = await verifyJournal(store.entries, store.checkpoints, publicKeys);
  const perSecond = rate(store.entries.length, start);
  if (!result.ok || result.entries !== store.entries.length) {
    throw new Error(`bench: verification failed: ${JSON.stringify(result)}`);
  }
  return perSecond;
}

/** The floor: one SHA-256 call per entry is the least verification can do; this machine's rate for it. */
function hashFloor(count) {
  const inputs = Array.from({ length: 1000 }, (_, i) => `${'0'.repeat(64)}${JSON.stringify(Object.values(event(i)))}`);
  const start = started();
  for (let i = 0; i < count; i++) hash('sha256', inputs[i % 1000], 'hex');
  return rate(count, start);
}

/** A store to measure: SQLite in a temporary folder, or a schema of its own in the PostgreSQL database. */
async function openStore(kind) {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-bench-journal-'));
    const store = createDatabase({ database: { kind: 'sqlite', path: join(dir, 'vigie.sqlite') } });
    const migrated = await migrateToLatest(store);
    if (!migrated.ok) throw migrated.cause;
    const close = async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    };
    return { store, close };
  }
  const schema = `vigie_bench_${randomBytes(6).toString('hex')}`;
  const admin = createDatabase({ database: { kind: 'postgres', url: new Secret(POSTGRES_URL) } });
  try {
    await admin.db.schema.createSchema(schema).execute();
  } catch (error) {
    await admin.close();
    return { unavailable: `PostgreSQL unreachable at ${redact(POSTGRES_URL)} (${error.code ?? error.message})` };
  }
  const url = new URL(POSTGRES_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const store = createDatabase({ database: { kind: 'postgres', url: new Secret(url.toString()) } });
  const migrated = await migrateToLatest(store);
  if (!migrated.ok) throw migrated.cause;
  return {
    store,
    close: async () => {
      await store.close();
      await admin.db.schema.dropSchema(schema).cascade().execute();
      await admin.close();
    },
  };
}

/** A statement as it is: Kysely's executeQuery takes a compiled query, which is plain data (kysely is not a root dependency). */
function execute(db, statement) {
  const query = { kind: 'RawNode', sqlFragments: [statement], parameters: [] };
  return db.executeQuery({ query, queryId: { queryId: 'bench' }, sql: statement, parameters: [] });
}

function redact(url) {
  const parsed = new URL(url);
  if (parsed.password !== '') parsed.password = '***';
  return parsed.toString();
}

/** Appends RUNS times into the store, then fills it to VERIFY_ENTRIES and verifies it RUNS times. */
async function measureStore(kind) {
  const opened = await openStore(kind);
  if (opened.unavailable !== undefined) return { unavailable: opened.unavailable };
  const { store, close } = opened;
  try {
    const journal = createJournalStore(store);
    const append = [];
    for (let r = 0; r < RUNS; r++) {
      append.push(await appendInBatches(journal, STORE_APPEND_ENTRIES, r * STORE_APPEND_ENTRIES));
    }
    const stored = Math.max(VERIFY_ENTRIES, RUNS * STORE_APPEND_ENTRIES);
    await fill(journal, stored);
    await verifyStoreRate(store.db, stored); // warm-up: JIT, and the pages into the database's cache
    const verifyRuns = async () => {
      const rates = [];
      for (let r = 0; r < RUNS; r++) rates.push(await verifyStoreRate(store.db, stored));
      return rates;
    };
    if (kind === 'sqlite') return { append, verify: await verifyRuns(), stored };
    // Freshly written rows cost PostgreSQL more to read until a VACUUM has marked them visible to all; on a server,
    // autovacuum does so as the table grows. Both readings are printed: the second is the store as it runs.
    const unvacuumed = await verifyRuns();
    await execute(store.db, 'vacuum analyze journal_entries');
    await verifyStoreRate(store.db, stored);
    return { append, unvacuumed, verify: await verifyRuns(), stored };
  } finally {
    await close();
  }
}

/** The journal's own cost, in memory; its half a million entries are garbage once it returns. */
async function measureMemory() {
  await appendInBatches(memoryStore(), 20_000); // warm-up: JIT
  const batched = [];
  const single = [];
  for (let r = 0; r < RUNS; r++) {
    batched.push(await appendInBatches(memoryStore(), MEMORY_APPEND_ENTRIES));
    single.push(await appendOneByOne(MEMORY_APPEND_ENTRIES / 4));
  }
  // Verified as a store hands entries back: decoded from its wire format into fresh flat strings (the appender's own
  // objects hold the ropes that template literals build, which hash more slowly).
  const appended = memoryStore();
  await appendInBatches(appended, VERIFY_ENTRIES);
  const inMemory = { entries: JSON.parse(JSON.stringify(appended.entries)), checkpoints: appended.checkpoints };
  await verifyMemoryRate(inMemory); // warm-up
  const verify = [];
  for (let r = 0; r < RUNS; r++) verify.push(await verifyMemoryRate(inMemory));
  const floor = [];
  for (let r = 0; r < RUNS; r++) floor.push(hashFloor(VERIFY_ENTRIES));
  return { batched, single, verify, floor };
}

const loadStart = loadavg()[0].toFixed(2);
const memory = await measureMemory();
const sqlite = await measureStore('sqlite');
const postgres = await measureStore('postgres');

const rows = [
  [`append, batches of ${fmt(BATCH)}, in memory (journal's own cost)`, memory.batched],
  [`append, batches of ${fmt(BATCH)}, into SQLite`, sqlite.append, APPEND_TARGET, sqlite.unavailable],
  [`append, batches of ${fmt(BATCH)}, into PostgreSQL`, postgres.append, APPEND_TARGET, postgres.unavailable],
  ['append, one record() per access, group commit, in memory', memory.single],
  [`verify, ${fmt(VERIFY_ENTRIES)} entries in memory`, memory.verify, VERIFY_TARGET],
  [
    `verify, ${fmt(sqlite.stored ?? VERIFY_ENTRIES)} entries from SQLite`,
    sqlite.verify,
    VERIFY_TARGET,
    sqlite.unavailable,
  ],
  [
    `verify, ${fmt(postgres.stored ?? VERIFY_ENTRIES)} from PostgreSQL, before VACUUM`,
    postgres.unvacuumed,
    undefined,
    postgres.unavailable,
  ],
  [
    `verify, ${fmt(postgres.stored ?? VERIFY_ENTRIES)} entries from PostgreSQL`,
    postgres.verify,
    VERIFY_TARGET,
    postgres.unavailable,
  ],
  ['(floor: bare SHA-256 calls on a 250-byte string)', memory.floor],
];
console.log(
  `checkpoint every ${fmt(CHECKPOINT_EVERY)} entries (Ed25519); medians of ${RUNS} runs; node ${process.version}; ` +
    `load average ${loadStart} at the start, ${loadavg()[0].toFixed(2)} at the end, ${availableParallelism()} cores`,
);
// "per CPU s" is entries per second of this process's CPU time: the work itself, whatever else the machine runs.
// From PostgreSQL it leaves out the server's share, done in its own processes (and overlapped with the client's).
console.log(
  `${'measure'.padEnd(58)}${'entries/s'.padStart(11)}${'slowest'.padStart(11)}${'fastest'.padStart(11)}${'per CPU s'.padStart(11)}${'target'.padStart(10)}`,
);
let failed = false;
for (const [label, rates, target, unavailable] of rows) {
  // Rows without a target are context: the targets are set for batched appends and for verification.
  const shownTarget = target === undefined ? '-' : fmt(target);
  if (unavailable !== undefined) {
    failed = true;
    console.log(`${label.padEnd(58)}${'-'.padStart(11)}${''.padStart(33)}${shownTarget.padStart(10)}  ${unavailable}`);
    continue;
  }
  const wall = rates.map((r) => r.wall);
  const value = median(wall);
  const verdict = target === undefined ? '' : value >= target ? 'ok' : 'UNDER';
  if (verdict === 'UNDER') failed = true;
  const spread = `${fmt(Math.min(...wall)).padStart(11)}${fmt(Math.max(...wall)).padStart(11)}`;
  const cpu = fmt(median(rates.map((r) => r.cpu))).padStart(11);
  console.log(`${label.padEnd(58)}${fmt(value).padStart(11)}${spread}${cpu}${shownTarget.padStart(10)}  ${verdict}`);
}
process.exitCode = failed ? 1 : 0;
