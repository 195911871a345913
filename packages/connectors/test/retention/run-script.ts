import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const HERE = dirname(fileURLToPath(import.meta.url));
const PACKAGE_DIR = join(HERE, '..', '..');

/**
 * Starts a TypeScript script of this folder as a real child process (Node 20 cannot run TypeScript): bundled in
 * memory with the connector code it imports, packages external, written inside the package so they resolve.
 */
export async function startScript(script: string, args: readonly string[]): Promise<ChildProcess> {
  const bundle = await build({
    entryPoints: [join(HERE, script)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  const code = bundle.outputFiles[0]?.text ?? '';
  const dir = join(PACKAGE_DIR, '.test-scripts');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
  writeFileSync(file, code);
  return spawn(process.execPath, [file, ...args], { cwd: PACKAGE_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Resolves when the child prints a line matching `pattern` (then kills it), or rejects when it exits first. */
export function killWhen(child: ChildProcess, pattern: RegExp): Promise<{ lines: string[]; stderr: string }> {
  const lines: string[] = [];
  let stderr = '';
  let pending = '';
  child.stdout?.setEncoding('utf8');
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: string) => {
      pending += chunk;
      const parts = pending.split('\n');
      pending = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        if (pattern.test(line)) child.kill('SIGKILL');
      }
    });
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve({ lines, stderr }) : reject(new Error(`exited ${code}: ${stderr}`)),
    );
  });
}
