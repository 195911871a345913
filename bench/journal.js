// Issue #3 figures for the access journal: append rate (target >= 20,000 entries/s, batched) and
// verify rate (target >= 500,000 entries/s). The store is an in-memory array here, so the figures are
// the journal's own cost (canonical form, SHA-256, Ed25519 checkpoints, batching); the database's
// write cost is measured by the store's own bench.
// Run after a build: npx tsc -b && node bench/journal.js. Each figure is the median of RUNS runs (BENCH_RUNS, default 5).
import { generateKeyPairSync, hash } from 'node:crypto';
import { createJournalAppender } from '../apps/server/dist/modules/journal/journal.appender.js';
import { journalKeyId, journalPublicKeys } from '../apps/server/dist/modules/journal/journal.checkpoint.js';
import { verifyJournal } from '../apps/server/dist/modules/journal/journal.verify.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const APPEND_ENTRIES = 200_000;
const VERIFY_ENTRIES = Number(process.env.VERIFY_ENTRIES ?? 500_000);
const CHECKPOINT_EVERY = 1000;
const BATCH = 1000;
const APPEND_TARGET = 20_000;
const VERIFY_TARGET = 500_000;

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const signer = { keyId: journalKeyId(publicKey), privateKey };
const publicKeys = journalPublicKeys([publicKey]);

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

const event = (i) => ({
  actor: `user:u${i % 50}`,
  action: i % 4 === 0 ? 'requests.update' : 'requests.read',
  subject: `request:01JR${String(i).padStart(22, '0')}`,
  purpose: 'rights-requests',
  origin: 'web 203.0.113.0/24',
});

function appender(store) {
  return createJournalAppender({ repository: store, signer, checkpointEvery: CHECKPOINT_EVERY, now: () => new Date() });
}

/** Callers hand over batches of BATCH events (a job, an import). */
async function appendInBatches(count) {
  const store = memoryStore();
  const journal = appender(store);
  const events = Array.from({ length: count }, (_, i) => event(i));
  const start = performance.now();
  for (let i = 0; i < count; i += BATCH) await journal.record(events.slice(i, i + BATCH));
  return { rate: count / ((performance.now() - start) / 1000), store };
}

/** Many requests each record one access at once; group commit turns them into batches. */
async function appendOneByOne(count) {
  const store = memoryStore();
  const journal = appender(store);
  const start = performance.now();
  const waits = [];
  for (let i = 0; i < count; i++) waits.push(journal.record([event(i)]));
  await Promise.all(waits);
  return count / ((performance.now() - start) / 1000);
}

async function verifyRate(store, streamed) {
  async function* stream(entries) {
    yield* entries;
  }
  const start = performance.now();
  const result = await verifyJournal(streamed ? stream(store.entries) : store.entries, store.checkpoints, publicKeys);
  const rate = store.entries.length / ((performance.now() - start) / 1000);
  if (!result.ok || result.entries !== store.entries.length)
    throw new Error(`verification failed: ${JSON.stringify(result)}`);
  return rate;
}

/** The floor: one SHA-256 call per entry is the least verification can do; this machine's rate for it. */
function hashFloor(count) {
  const inputs = Array.from({ length: 1000 }, (_, i) => `${'0'.repeat(64)}${JSON.stringify(Object.values(event(i)))}`);
  const start = performance.now();
  for (let i = 0; i < count; i++) hash('sha256', inputs[i % 1000], 'hex');
  return count / ((performance.now() - start) / 1000);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n) => Math.round(n).toLocaleString('en-US');

await appendInBatches(20_000); // warm-up: JIT
const batched = [];
const single = [];
for (let r = 0; r < RUNS; r++) {
  batched.push((await appendInBatches(APPEND_ENTRIES)).rate);
  single.push(await appendOneByOne(APPEND_ENTRIES / 4));
}
// Verified as a store hands entries back: decoded from its wire format into fresh flat strings (the
// appender's own objects hold the ropes that template literals build, which hash more slowly).
const store = await appendInBatches(VERIFY_ENTRIES).then(({ store: appended }) => ({
  entries: JSON.parse(JSON.stringify(appended.entries)),
  checkpoints: appended.checkpoints,
}));
await verifyRate(store, false); // warm-up
const verifyArray = [];
const verifyStream = [];
const floor = [];
for (let r = 0; r < RUNS; r++) verifyArray.push(await verifyRate(store, false));
for (let r = 0; r < RUNS; r++) verifyStream.push(await verifyRate(store, true));
for (let r = 0; r < RUNS; r++) floor.push(hashFloor(VERIFY_ENTRIES));

const rows = [
  [`append, batches of ${BATCH} (${fmt(APPEND_ENTRIES)} entries)`, median(batched), APPEND_TARGET],
  [`append, one record() per access, group commit (${fmt(APPEND_ENTRIES / 4)})`, median(single), undefined],
  [`verify, entries in memory (${fmt(VERIFY_ENTRIES)} entries)`, median(verifyArray), VERIFY_TARGET],
  ['verify, entries streamed (async iterable)', median(verifyStream), undefined],
  ['(floor: bare SHA-256 calls on a 250-byte string, per second)', median(floor), undefined],
];
console.log(`checkpoint every ${CHECKPOINT_EVERY} entries (Ed25519); medians of ${RUNS} runs; node ${process.version}`);
console.log(`${'measure'.padEnd(64)}${'entries/s'.padStart(12)}${'target'.padStart(12)}`);
let failed = false;
for (const [label, rate, target] of rows) {
  // Rows without a target are context: the targets are set for batched appends and verification.
  const verdict = target === undefined ? '' : rate >= target ? 'ok' : 'UNDER';
  if (target !== undefined && rate < target) failed = true;
  const shownTarget = target === undefined ? '-' : fmt(target);
  console.log(`${label.padEnd(64)}${fmt(rate).padStart(12)}${shownTarget.padStart(12)}  ${verdict}`);
}
process.exitCode = failed ? 1 : 0;
