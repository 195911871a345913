import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { OpsError } from './ops.errors.js';

type Environment = Readonly<Record<string, string | undefined>>;
type PgTool = 'pg_dump' | 'pg_restore';

/** The tool's path from PATH, as `which` finds it, or backup.tool_missing naming it. */
export function findPgTool(tool: PgTool, env: Environment): string {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, tool);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not in this folder: look in the next.
    }
  }
  throw new OpsError('backup.tool_missing', { tool });
}

/**
 * How a pg tool connects: the URL without its password on the command line (any user of the machine can read a
 * process's arguments), the password in PGPASSWORD, which only the process's owner can read. Vigie's own secrets
 * (VIGIE_*) are not handed to the tool.
 */
function connection(url: string, env: Environment): { dbname: string; env: Record<string, string> } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  const childEnv: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && !name.startsWith('VIGIE_') && name !== 'DATABASE_URL') childEnv[name] = value;
  }
  if (password !== '') childEnv.PGPASSWORD = password;
  return { dbname: parsed.toString(), env: childEnv };
}

/**
 * Runs pg_dump or pg_restore against the database at `url`. Its output is not relayed: pg_restore's errors can
 * quote rows, and rows hold personal data. A failure is backup.tool_failed with the exit code.
 */
export function runPgTool(
  tool: PgTool,
  args: readonly string[],
  options: { readonly url: string; readonly env: Environment },
): Promise<void> {
  const executable = findPgTool(tool, options.env);
  const { dbname, env } = connection(options.url, options.env);
  return new Promise((resolve, reject) => {
    const child = spawn(executable, [...args, `--dbname=${dbname}`], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.resume();
    child.on('error', () => reject(new OpsError('backup.tool_failed', { tool, exitCode: 'spawn' })));
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new OpsError('backup.tool_failed', { tool, exitCode: code ?? signal ?? 'unknown' }));
    });
  });
}
