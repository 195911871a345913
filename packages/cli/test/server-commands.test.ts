import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '../dist/vigie.mjs');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigie-cli-server-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The environment of a development installation in the test's folder (no PostgreSQL, no real secrets). */
function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    VIGIE_ENV: 'development',
    VIGIE_DATA_DIR: join(dir, 'data'),
    LANG: 'en_CA.UTF-8',
    ...extra,
  };
}

describe('the server commands of the vigie binary', () => {
  it('creates the first owner from a password on standard input, and lists accounts', () => {
    const created = spawnSync(
      process.execPath,
      [BIN, 'users', 'create', '--role', 'owner', '--email', 'owner@clinic.example', '--password-stdin'],
      { input: 'a long enough password\n', env: env(), encoding: 'utf8' },
    );
    expect([created.status, created.stderr]).toEqual([0, '']);
    expect(created.stdout).toMatch(/^Account created \(owner\)/);
    const listed = spawnSync(process.execPath, [BIN, 'users', 'list'], { env: env(), encoding: 'utf8' });
    expect(listed.status).toBe(0);
    expect(listed.stdout).toContain('owner@clinic.example');
  });

  it('refuses a weak password and says why, in French when asked', () => {
    const refused = spawnSync(
      process.execPath,
      [
        BIN,
        'users',
        'create',
        '--role',
        'agent',
        '--email',
        'agent@clinic.example',
        '--password-stdin',
        '--lang',
        'fr',
      ],
      { input: 'short\n', env: env(), encoding: 'utf8' },
    );
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('vigie users');
    expect(refused.stderr).not.toContain('    at ');
  });

  it('refuses to serve in production without secrets, naming each missing one', () => {
    const result = spawnSync(process.execPath, [BIN, 'serve', '--demo'], {
      env: env({ VIGIE_ENV: 'production' }),
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    for (const name of ['VIGIE_MASTER_KEY', 'VIGIE_SESSION_SECRET', 'VIGIE_JOURNAL_SIGNING_KEY_FILE']) {
      expect(result.stderr).toContain(name);
    }
  });

  it('serves the demo, answers on /healthz, and shuts down gracefully on SIGTERM', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--demo'], { env: env({ PORT: '0', LOG_LEVEL: 'warn' }) });
    const lines = createInterface({ input: child.stdout });
    const url = await new Promise<string>((resolve, reject) => {
      lines.on('line', (line) => {
        const match = /listening on (http:\/\/\S+)/.exec(line);
        if (match?.[1]) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`serve exited early (${code})`)));
    });
    const health = await fetch(`${url}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok', database: 'ok' });
    const notice = await fetch(`${url}/api/v1/privacy-center/notice?lang=en`);
    expect(((await notice.json()) as { title: string }).title).toContain('Privacy');
    const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });

  it('verifies the journal the commands above wrote', () => {
    const result = spawnSync(process.execPath, [BIN, 'audit', 'verify'], { env: env(), encoding: 'utf8' });
    expect([result.status, result.stderr]).toEqual([0, '']);
    expect(result.stdout.length).toBeGreaterThan(0);
  });
});
