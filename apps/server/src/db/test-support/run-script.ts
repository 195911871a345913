import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const SERVER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/**
 * Starts a TypeScript script of this folder as a real child process (Node 20 cannot run TypeScript itself): the
 * script and the server code it imports are bundled in memory, packages stay external and resolve from
 * apps/server as they do for the server. A separate process is the point: a crash to survive, or a second worker
 * competing for the same store.
 */
export async function startScript(script: string, args: readonly string[]): Promise<ChildProcess> {
  const bundle = await build({
    entryPoints: [join(dirname(fileURLToPath(import.meta.url)), script)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  const code = bundle.outputFiles[0]?.text ?? '';
  // Written inside apps/server (not a temp folder) so the bundle's package imports resolve as the server's do;
  // a file rather than --eval because a script that starts the whole server is too long for a command line.
  const dir = join(SERVER_DIR, '.test-scripts');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
  writeFileSync(file, code);
  return spawn(process.execPath, [file, ...args], {
    cwd: SERVER_DIR,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Calls back with each line the child prints, as it prints it. */
export function onLines(child: ChildProcess, handle: (line: string) => void): void {
  let pending = '';
  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) handle(line);
  });
}

/** Resolves with the exit code (or the signal's name) and everything the child wrote on stderr. */
export function exited(child: ChildProcess): Promise<{ code: number | string; stderr: string }> {
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr += chunk;
  });
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => resolve({ code: code ?? signal ?? 'unknown', stderr }));
  });
}
