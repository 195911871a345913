// Issue #3 figures for the HTTP server, on SQLite and on PostgreSQL: authenticated GET p99 latency and throughput
// under a concurrent load generator (autocannon) on loopback, and the server's idle memory (target < 150 MB RSS).
// The server runs in its own process (bench/http-server.js), as in production; the load generator in this one.
// Run after a build: npm run build && node bench/http.js. PostgreSQL: BENCH_POSTGRES_URL (admin URL, default
// postgres://postgres@127.0.0.1:5432/test); a database is created for the run and dropped after.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const IDLE_RSS_TARGET_MB = 150;
const ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const serverScript = fileURLToPath(new URL('./http-server.js', import.meta.url));

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]);
  return kb / 1024;
}

async function startServer(env) {
  const child = spawn(process.execPath, [serverScript], {
    env: { ...process.env, VIGIE_ENV: 'test', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = await new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (l) => resolve([l]));
    child.once('exit', (code) => reject(new Error(`bench server exited (${code})`)));
  });
  return { child, ...JSON.parse(line) };
}

async function signIn(server) {
  const response = await fetch(`${server.url}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: server.email, password: server.password }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return response.headers.get('set-cookie').split(';')[0];
}

async function measure(label, env) {
  const server = await startServer(env);
  try {
    await new Promise((r) => setTimeout(r, 2000));
    const idle = rssMb(server.pid);
    const cookie = await signIn(server);
    const results = {};
    for (const path of ['/api/v1/session', '/api/v1/journal?limit=20']) {
      const result = await autocannon({
        url: `${server.url}${path}`,
        connections: CONNECTIONS,
        duration: DURATION_S,
        headers: { cookie },
      });
      const ok = result['2xx'];
      if (result.non2xx > 0 || result.errors > 0)
        throw new Error(`${path}: ${result.non2xx} non-2xx, ${result.errors} errors`);
      results[path] = { p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average, total: ok };
    }
    const loaded = rssMb(server.pid);
    for (const [path, r] of Object.entries(results)) {
      console.log(
        `${label.padEnd(11)} GET ${path.padEnd(26)} p50 ${String(r.p50).padStart(4)} ms  p99 ${String(r.p99).padStart(4)} ms  ${Math.round(r.rps).toLocaleString('en').padStart(7)} req/s  (${r.total.toLocaleString('en')} requests, ${CONNECTIONS} connections, ${DURATION_S} s)`,
      );
    }
    console.log(
      `${label.padEnd(11)} idle RSS ${idle.toFixed(1)} MB (target < ${IDLE_RSS_TARGET_MB} MB: ${idle < IDLE_RSS_TARGET_MB ? 'ok' : 'OVER'}); after the load ${loaded.toFixed(1)} MB`,
    );
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((r) => server.child.once('exit', r));
  }
}

console.log(
  `authenticated GET under load: autocannon, ${CONNECTIONS} connections, ${DURATION_S} s per route, loopback`,
);
const dir = mkdtempSync(join(tmpdir(), 'vigie-bench-http-'));
try {
  await measure('SQLite', { VIGIE_DATA_DIR: dir });
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const admin = new pg.Client({ connectionString: ADMIN_URL });
await admin.connect();
const name = `vigie_bench_${process.pid}`;
await admin.query(`create database ${name}`);
const pgDir = mkdtempSync(join(tmpdir(), 'vigie-bench-http-pg-'));
try {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  await measure('PostgreSQL', { VIGIE_DATA_DIR: pgDir, DATABASE_URL: url.toString() });
} finally {
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
  rmSync(pgDir, { recursive: true, force: true });
}
