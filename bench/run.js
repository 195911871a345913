// Issue #2 figures: `vigie check` and `vigie notice` on a generated declaration of 2,000 purposes
// and 500 data categories must each finish in under 1 s of process time (user + system CPU).
// Run: npm run bench. Each command runs RUNS times; the median and the worst are printed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDeclarationYaml } from './generate-declaration.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const BUDGET_MS = 1000;
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'packages/cli/dist/bin.js');
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
console.log(`${'command'.padEnd(26)}${'cpu median'.padStart(12)}${'cpu worst'.padStart(12)}${'wall median'.padStart(13)}  budget`);
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
  const worst = Math.max(...cpu);
  const ok = label.startsWith('vigie ropa') || worst < BUDGET_MS;
  if (!ok) failed = true;
  const budget = label.startsWith('vigie ropa') ? '(not budgeted)' : ok ? `< ${BUDGET_MS} ms ok` : `> ${BUDGET_MS} ms FAIL`;
  console.log(
    `${label.padEnd(26)}${`${median(cpu).toFixed(0)} ms`.padStart(12)}${`${worst.toFixed(0)} ms`.padStart(12)}${`${median(wall).toFixed(0)} ms`.padStart(13)}  ${budget}`,
  );
}
process.exitCode = failed ? 1 : 0;
