// Issue #2 figures: `vigie check` and `vigie notice` on a generated declaration of 2,000 purposes
// and 500 data categories must each finish in under 1 s of process time.
// Both readings are printed: CPU time (user + system, all threads of the process, including V8's
// background compiler and GC threads) and wall-clock time from spawn to exit.
// Run: npm run bench. Each command runs RUNS times (BENCH_RUNS, default 7); medians and worst.
// BENCH_BIN=path/to/vigie.mjs measures another build (it must sit in packages/cli/dist, where it finds
// the rule packs), to compare two builds on the same machine state.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDeclarationYaml } from './generate-declaration.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const BUDGET_MS = 1000;
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = process.env.BENCH_BIN ? resolve(process.env.BENCH_BIN) : join(root, 'packages/cli/dist/vigie.mjs');
const cpuHook = join(root, 'bench/cpu-usage.js');

const dir = mkdtempSync(join(tmpdir(), 'vigie-bench-'));
const file = join(dir, 'vigie.yaml');
const yaml = generateDeclarationYaml({ purposes: 2000, categories: 500 });
writeFileSync(file, yaml);
console.log(`declaration: 2,000 purposes, 500 data categories, ${(yaml.length / 1024).toFixed(0)} KiB of YAML`);

const commands = {
  'vigie check': ['check', file, '--format', 'json'],
  'vigie notice (html, fr)': ['notice', file, '--lang', 'fr', '--format', 'html', '--out', join(dir, 'n.html')],
  'vigie notice (md, en)': ['notice', file, '--lang', 'en', '--format', 'md', '--out', join(dir, 'n.md')],
  'vigie ropa (xlsx)': ['ropa', file, '--format', 'xlsx', '--out', join(dir, 'r.xlsx')],
};

let failed = false;
console.log(
  `${'command'.padEnd(26)}${'cpu median'.padStart(12)}${'cpu worst'.padStart(12)}${'wall median'.padStart(13)}${'wall worst'.padStart(12)}  1 s budget (cpu / wall)`,
);
for (const [label, args] of Object.entries(commands)) {
  const cpu = [];
  const wall = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const run = spawnSync(process.execPath, ['--import', cpuHook, bin, ...args], {
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
    wall.push(performance.now() - start);
    if (run.status !== 0 && run.status !== 1) {
      console.error(`${label} failed (${run.status}): ${run.stderr}`);
      process.exit(1);
    }
    const usage = JSON.parse(run.output[3].toString());
    cpu.push(usage.userMs + usage.systemMs);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const worstCpu = Math.max(...cpu);
  const worstWall = Math.max(...wall);
  const budgeted = !label.startsWith('vigie ropa');
  const verdict = (ms) => (ms < BUDGET_MS ? 'ok' : 'OVER');
  if (budgeted && (worstCpu >= BUDGET_MS || worstWall >= BUDGET_MS)) failed = true;
  const budget = budgeted ? `${verdict(worstCpu)} / ${verdict(worstWall)}` : '(not budgeted)';
  const ms = (x) => `${x.toFixed(0)} ms`;
  console.log(
    `${label.padEnd(26)}${ms(median(cpu)).padStart(12)}${ms(worstCpu).padStart(12)}${ms(median(wall)).padStart(13)}${ms(worstWall).padStart(12)}  ${budget}`,
  );
}
process.exitCode = failed ? 1 : 0;
