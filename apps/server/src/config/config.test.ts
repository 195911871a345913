import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { formatConfigIssues } from './config.issues.js';
import { loadConfig } from './config.js';
import { readConfig } from './read-config.node.js';

/** Secrets an operator would generate (none of them is a default). */
const PRODUCTION_SECRETS = {
  VIGIE_MASTER_KEY: 'q1b0Zf3Yx6t4gFQ1mJ0c2w9bQe8vR7uK5sT3aP1nL0o=',
  VIGIE_SESSION_SECRET: 'f0c8e1d4b7a39e62c5d1f08a7b3e9c2d4a6f1e0b',
  VIGIE_JOURNAL_SIGNING_KEY_FILE: '/etc/vigie/journal-signing-key.pem',
};

describe('the server config', () => {
  it('starts a development server with nothing set: SQLite in ./data on 127.0.0.1:8080', () => {
    const result = loadConfig({ VIGIE_ENV: 'development' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      env: 'development',
      host: '127.0.0.1',
      port: 8080,
      database: { kind: 'sqlite', path: 'data/vigie.sqlite' },
      logLevel: 'info',
    });
    expect(result.value.developmentSecrets).toEqual([
      'VIGIE_MASTER_KEY',
      'VIGIE_SESSION_SECRET',
      'VIGIE_JOURNAL_SIGNING_KEY_FILE',
    ]);
  });

  it('switches to PostgreSQL when DATABASE_URL is a postgres URL', () => {
    const result = loadConfig({ VIGIE_ENV: 'test', DATABASE_URL: 'postgres://vigie:pw@db.internal:5432/vigie' });
    expect(result.ok && result.value.database.kind).toBe('postgres');
    expect(result.ok && result.value.database.kind === 'postgres' && result.value.database.url.reveal()).toBe(
      'postgres://vigie:pw@db.internal:5432/vigie',
    );
  });

  it('refuses to start in production without its secrets, and names each one missing', () => {
    const result = loadConfig({ VIGIE_ENV: 'production' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.code, i.variable])).toEqual([
      ['config.missing_secret', 'VIGIE_MASTER_KEY'],
      ['config.missing_secret', 'VIGIE_SESSION_SECRET'],
      ['config.missing_secret', 'VIGIE_JOURNAL_SIGNING_KEY_FILE'],
    ]);
  });

  it('treats a server started without VIGIE_ENV as production, so a forgotten setting never weakens it', () => {
    const result = loadConfig({});
    expect(result.ok).toBe(false);
  });

  it('refuses the development stand-ins and placeholder values in production, naming the variable', () => {
    const development = loadConfig({ VIGIE_ENV: 'development' });
    if (!development.ok) throw new Error('development config should load');
    const result = loadConfig({
      ...PRODUCTION_SECRETS,
      VIGIE_ENV: 'production',
      VIGIE_MASTER_KEY: development.value.masterKey.reveal(),
      VIGIE_SESSION_SECRET: 'changeme',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.code, i.variable])).toEqual([
      ['config.default_secret', 'VIGIE_MASTER_KEY'],
      ['config.default_secret', 'VIGIE_SESSION_SECRET'],
    ]);
  });

  it('starts in production with chosen secrets', () => {
    const result = loadConfig({ ...PRODUCTION_SECRETS, VIGIE_ENV: 'production', PORT: '9000' });
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.developmentSecrets).toEqual([]);
    expect(result.ok && result.value.port).toBe(9000);
  });

  it('lists every invalid value at once, in French and English, without repeating a secret', () => {
    const shortSecret = 'too-short-but-secret';
    const result = loadConfig({
      VIGIE_ENV: 'development',
      PORT: '80000',
      VIGIE_SESSION_SECRET: shortSecret,
      VIGIE_MASTER_KEY: 'AAAA',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.variable).sort()).toEqual(['PORT', 'VIGIE_MASTER_KEY', 'VIGIE_SESSION_SECRET']);
    const text = formatConfigIssues(result.issues);
    expect(text).toContain('PORT: valeur invalide : attendu un entier de 0 à 65535.');
    expect(text).toContain('PORT: invalid value: expected an integer from 0 to 65535.');
    expect(text).not.toContain(shortSecret);
  });

  it('refuses a master key of one repeated byte, a placeholder with the right length', () => {
    const result = loadConfig({ VIGIE_ENV: 'development', VIGIE_MASTER_KEY: Buffer.alloc(32).toString('base64') });
    expect(result.ok === false && result.issues[0]?.code).toBe('config.invalid_value');
  });

  it('accepts the previous master keys of a rotation as a comma-separated list, spaces and empty items ignored', () => {
    const previous = ['n3Vq2mZ8pL0xR4tY7wA1cE5gI9kO3sU6vB8dF2hJ4lM=', 'Zk1xQ8vN3bM6cR9tW2yE5uI8oP1aS4dF7gH0jK3lL6w='];
    const result = loadConfig({
      VIGIE_ENV: 'development',
      VIGIE_PREVIOUS_MASTER_KEYS: ` ${previous[0]} ,${previous[1]},`,
    });
    expect(result.ok && result.value.previousMasterKeys.map((key) => key.reveal())).toEqual(previous);
    const none = loadConfig({ VIGIE_ENV: 'development' });
    expect(none.ok && none.value.previousMasterKeys).toEqual([]);
  });

  it('refuses a previous master key that is not 32 bytes of base64, without repeating it', () => {
    const short = 'c2hvcnQtYnV0LXNlY3JldA==';
    const result = loadConfig({
      VIGIE_ENV: 'development',
      VIGIE_PREVIOUS_MASTER_KEYS: `n3Vq2mZ8pL0xR4tY7wA1cE5gI9kO3sU6vB8dF2hJ4lM=,${short}`,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.code, i.variable])).toEqual([
      ['config.invalid_value', 'VIGIE_PREVIOUS_MASTER_KEYS'],
    ]);
    expect(formatConfigIssues(result.issues)).not.toContain(short);
  });

  it('never shows a secret when the config is printed or logged', () => {
    const previousMasterKey = 'n3Vq2mZ8pL0xR4tY7wA1cE5gI9kO3sU6vB8dF2hJ4lM=';
    const result = loadConfig({
      ...PRODUCTION_SECRETS,
      VIGIE_ENV: 'production',
      DATABASE_URL: 'postgres://u:dbpassword@h/db',
      VIGIE_PREVIOUS_MASTER_KEYS: previousMasterKey,
    });
    if (!result.ok) throw new Error('config should load');
    const printed = `${JSON.stringify(result.value)} ${inspect(result.value)} ${String(result.value.sessionSecret)}`;
    const secrets = [PRODUCTION_SECRETS.VIGIE_MASTER_KEY, PRODUCTION_SECRETS.VIGIE_SESSION_SECRET, 'dbpassword'];
    for (const secret of [...secrets, previousMasterKey]) {
      expect(printed).not.toContain(secret);
    }
  });
});

describe('the config file', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it('supplies values that the environment overrides', () => {
    dir = mkdtempSync(join(tmpdir(), 'vigie-config-'));
    const file = join(dir, 'vigie.json');
    writeFileSync(
      file,
      JSON.stringify({ ...PRODUCTION_SECRETS, VIGIE_ENV: 'production', PORT: 9100, HOST: '0.0.0.0' }),
    );
    const result = readConfig({ VIGIE_CONFIG_FILE: file, PORT: '9200' });
    expect(result.ok && [result.value.host, result.value.port]).toEqual(['0.0.0.0', 9200]);
  });

  it('says which file it could not read instead of starting without it', () => {
    const result = readConfig({ VIGIE_CONFIG_FILE: '/nonexistent/vigie.json' });
    expect(result).toMatchObject({
      ok: false,
      issues: [{ code: 'config.file_unreadable', variable: 'VIGIE_CONFIG_FILE' }],
    });
  });
});
