// Issue #5 figures for the consent ledger: the sustained write rate over HTTP on loopback (target >= 5,000
// consents/s on SQLite with p99 < 50 ms), beside the raw insert rate of the same rows into the same table.
// - HTTP: the built server in its own process (bench/http-server.js), autocannon POST /api/v1/consents with a
//   different visitor and choices in every body, CONNECTIONS connections for DURATION_S seconds. Every 201 is a
//   record durably committed (group commit, one fsync per batch on SQLite: WAL, synchronous = FULL) and its head
//   anchored in the journal.
// - raw: the same rows (chained, hashed, blind-indexed visitor) appended by the ledger's own store in transactions of
//   RAW_BATCH rows, no HTTP: what the store can take, so the gap to the HTTP figure is the HTTP stack's cost.
// PostgreSQL too (BENCH_POSTGRES_URL, admin URL, default postgres://postgres@127.0.0.1:5432/test; a database is
// created for the run and dropped after). Run after a build: npx tsc -b && node bench/consent-ledger.js.
// A profile of the server: BENCH_CPU_PROF=1 writes a .cpuprofile of the server process into the current folder.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { Secret } from '../apps/server/dist/config/secret.js';
import { createDatabase } from '../apps/server/dist/db/database.js';
import { migrateToLatest } from '../apps/server/dist/db/migrate.js';
import { chainConsents } from '../apps/server/dist/modules/consent/consent.chain.js';
import { createConsentStore } from '../apps/server/dist/modules/consent/consent.store.js';
import { uuidV7 } from '../apps/server/dist/modules/consent/consent-id.js';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);
const RAW_ROWS = 200_000;
const RAW_BATCH = 500;
const RATE_TARGET = 5000;
const P99_TARGET_MS = 50;
const ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const serverScript = fileURLToPath(new URL('./http-server.js', import.meta.url));
const fmt = (n) => Math.round(n).toLocaleString('en-US');
const CATEGORIES = ['analytics', 'marketing', 'functional', 'personalization'];

/** A body as the SDK sends it: a fresh visitor id, one of the accept-all, refuse-all or custom shapes. */
function body(i) {
  const choices = { essential: true };
  for (const [n, category] of CATEGORIES.entries()) choices[category] = i % 3 === 0 || (i % 3 === 2 && n % 2 === 0);
  return JSON.stringify({
    visitorId: randomBytes(16).toString('base64url'),
    choices,
    noticeVersion: '2025.1',
    configVersion: '0123456789abcdef',
    method: i % 5 === 0 ? 'preference-center' : 'banner',
    gpc: i % 7 === 0,
  });
}

async function startServer(env) {
  const profile = process.env.BENCH_CPU_PROF === '1' ? ['--cpu-prof'] : [];
  const child = spawn(process.execPath, [...profile, serverScript], {
    env: {
      ...process.env,
      VIGIE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'error',
      VIGIE_CONSENT_RATE_LIMIT: '100000000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // The server's log shares stdout: the line to read is the one that carries the URL.
  const started = await new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const parsed = JSON.parse(line);
      if (typeof parsed.url === 'string') resolve(parsed);
    });
    child.once('exit', (code) => reject(new Error(`bench server exited (${code})`)));
  });
  return { child, ...started };
}

/** CPU seconds (user + system) a process has used, from /proc: the server's own cost, whatever its neighbours do. */
function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function overHttp(label, env) {
  const server = await startServer(env);
  try {
    let i = 0;
    const cpuBefore = cpuSeconds(server.pid);
    const result = await autocannon({
      url: `${server.url}/api/v1/consents`,
      method: 'POST',
      connections: CONNECTIONS,
      duration: DURATION_S,
      headers: { 'content-type': 'application/json', 'user-agent': 'Mozilla/5.0 Chrome/131.0.0.0 Safari/537.36' },
      requests: [{ setupRequest: (request) => ({ ...request, body: body(i++) }) }],
    });
    // Requests cut by the end of the run are not failures; anything else is.
    if (result.non2xx > 0 || result.errors > result.timeouts + CONNECTIONS)
      throw new Error(`${label}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
    const rps = result['2xx'] / DURATION_S;
    const perCpu = result['2xx'] / (cpuSeconds(server.pid) - cpuBefore);
    const verdict = rps >= RATE_TARGET && result.latency.p99 < P99_TARGET_MS ? 'ok' : 'UNDER';
    console.log(
      `${label.padEnd(11)} HTTP POST /api/v1/consents  ${fmt(rps).padStart(6)} consents/s (${fmt(perCpu)} per server CPU-second)  p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  (${fmt(result['2xx'])} in ${DURATION_S} s, ${CONNECTIONS} connections, ${result.errors} errors of which ${result.timeouts} timeouts; target >= ${fmt(RATE_TARGET)}/s, p99 < ${P99_TARGET_MS} ms: ${verdict})`,
    );
    // The same server's cheapest public answer (the banner config, 304 to a matching ETag): what the HTTP stack
    // alone costs per request here, so the gap between the two is the ledger's share.
    const config = await fetch(`${server.url}/api/v1/consent/config?lang=fr`);
    const etag = config.headers.get('etag');
    const baseCpu = cpuSeconds(server.pid);
    const base = await autocannon({
      url: `${server.url}/api/v1/consent/config?lang=fr`,
      connections: CONNECTIONS,
      duration: DURATION_S,
      headers: { 'if-none-match': etag },
    });
    const baseRps = base['3xx'] / DURATION_S;
    console.log(
      `${label.padEnd(11)} HTTP GET config (304)        ${fmt(baseRps).padStart(6)} req/s (${fmt(base['3xx'] / (cpuSeconds(server.pid) - baseCpu))} per server CPU-second)  p50 ${base.latency.p50} ms  p99 ${base.latency.p99} ms  (the HTTP stack alone, for comparison)`,
    );
    return verdict === 'ok';
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((resolve) => server.child.once('exit', resolve));
  }
}

/** The same rows as the HTTP run stores, appended by the ledger's store in batches: no HTTP, no validation. */
async function raw(label, database) {
  const store = createDatabase({ database });
  try {
    const migrated = await migrateToLatest(store);
    if (!migrated.ok) throw migrated.cause;
    const ledger = createConsentStore(store);
    const facts = Array.from({ length: RAW_ROWS }, (_, i) => {
      const parsed = JSON.parse(body(i));
      return {
        id: uuidV7(Date.now()),
        recordedAt: new Date().toISOString(),
        // The blind index's shape (16 bytes, base64url); HMAC costs about a microsecond and is in the HTTP figure.
        visitorIndex: randomBytes(16).toString('base64url'),
        choices: parsed.choices,
        noticeVersion: parsed.noticeVersion,
        configVersion: parsed.configVersion,
        method: parsed.method,
        gpc: parsed.gpc,
        ipTruncated: '127.0.0.0/24',
        userAgentFamily: 'Chrome 131',
      };
    });
    const start = performance.now();
    const cpu = process.cpuUsage();
    for (let i = 0; i < facts.length; i += RAW_BATCH) {
      const batch = facts.slice(i, i + RAW_BATCH);
      await ledger.appendAtHead((head) => chainConsents(head, batch));
    }
    const seconds = (performance.now() - start) / 1000;
    const { user, system } = process.cpuUsage(cpu);
    const perCpu = RAW_ROWS / ((user + system) / 1e6);
    console.log(
      `${label.padEnd(11)} raw append (chain + insert)  ${fmt(RAW_ROWS / seconds).padStart(6)} rows/s (${fmt(perCpu)} per CPU-second of this process; the database's own CPU not counted on PostgreSQL)  (${fmt(RAW_ROWS)} rows, ${RAW_BATCH} per transaction)`,
    );
  } finally {
    await store.close();
  }
}

console.log(
  `consent ledger writes; load average ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
);
let ok = true;
const dir = mkdtempSync(join(tmpdir(), 'vigie-bench-consent-'));
try {
  ok = (await overHttp('SQLite', { VIGIE_DATA_DIR: dir })) && ok;
  await raw('SQLite', { kind: 'sqlite', path: join(dir, 'raw', 'vigie.sqlite') });
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const admin = new pg.Client({ connectionString: ADMIN_URL });
try {
  await admin.connect();
} catch (error) {
  console.log(`PostgreSQL  unreachable at ${new URL(ADMIN_URL).host}: ${error.message}`);
  process.exit(1);
}
const name = `vigie_bench_consent_${process.pid}`;
const pgDir = mkdtempSync(join(tmpdir(), 'vigie-bench-consent-pg-'));
try {
  await admin.query(`create database ${name}`);
  await admin.query(`create database ${name}_raw`);
  const url = (db) => {
    const u = new URL(ADMIN_URL);
    u.pathname = `/${db}`;
    return u.toString();
  };
  // Reported, not judged: the target is SQLite's.
  await overHttp('PostgreSQL', { VIGIE_DATA_DIR: pgDir, DATABASE_URL: url(name) });
  await raw('PostgreSQL', { kind: 'postgres', url: new Secret(url(`${name}_raw`)) });
} finally {
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`drop database if exists ${name}_raw with (force)`);
  await admin.end();
  rmSync(pgDir, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);
