import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Config, DatabaseConfig } from '../config/config.js';
import { Secret } from '../config/secret.js';
import { databaseArgument } from '../db/test-support/database-argument.js';
import { exited, startScript } from '../db/test-support/run-script.js';
import type { StoreTarget } from '../db/test-support/store-targets.js';
import { type Installation, openInstallation } from '../installation/installation.js';
import { describeOnEachStore } from '../installation/test-support/each-store.js';
import { configOf, installationEnv } from '../installation/test-support/installation-env.js';
import { accessEvent } from '../modules/journal/test-support/journal-fixture.js';
import { backup } from './backup.js';
import { manifestPathOf } from './backup-manifest.js';
import { restore } from './restore.js';

// Resolved from the store's test-support folder, where run-script lives.
const APPENDER_SCRIPT = '../../modules/journal/test-support/journal-appender.script.ts';
// Enough appends that the writer is still busy when the backup is taken, on a fast disk as on a slow one.
const CHILD_RECORDS = 500;
const at = { table: 'users', column: 'email_encrypted', rowId: 'u-1' };
const email = 'louise.bergeron@exemple.qc.ca';

async function errorOf(promise: Promise<unknown>): Promise<{ code?: string; detail?: unknown }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string };
  }
  throw new Error('expected a failure');
}

/** One staff account, so a round trip carries an encrypted field as well as the journal. */
async function addUser(installation: Installation) {
  const now = '2026-03-01T12:00:00.000Z';
  await installation.database.db
    .insertInto('users')
    .values({
      id: at.rowId,
      email_blind_index: 'index-u-1',
      email_encrypted: installation.cipher.encrypt(email, at),
      display_name_encrypted: null,
      password_hash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA',
      role: 'owner',
      totp_secret_encrypted: null,
      totp_enabled_at: null,
      totp_last_step: null,
      failed_logins: 0,
      locked_until: null,
      disabled_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

async function journalLength(installation: Installation): Promise<number> {
  const row = await installation.database.db
    .selectFrom('journal_entries')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

await describeOnEachStore('backup and restore', (target: StoreTarget) => {
  let dir: string;
  const cleanups: (() => Promise<void>)[] = [];
  const fresh = async () => {
    const created = await target.create();
    cleanups.push(created.drop);
    return created.database;
  };
  const opened: Installation[] = [];
  const open = async (config: Config) => {
    const installation = await openInstallation(config);
    opened.push(installation);
    return installation;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vigie-backup-'));
  });

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((installation) => installation.close()));
    for (const cleanup of cleanups.splice(0)) await cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('takes a consistent snapshot while a server writes the journal, and the restored journal verifies', async () => {
    const source = await fresh();
    const env = installationEnv(source, dir);
    const config = configOf(env);
    const server = await open(config);
    await addUser(server);
    await server.journal.appender.record([accessEvent(0)]);

    const writer = await startScript(APPENDER_SCRIPT, [
      databaseArgument(source),
      config.journalSigningKeyFile,
      String(CHILD_RECORDS),
      '10',
      '0',
    ]);
    const writerDone = exited(writer);
    while ((await journalLength(server)) < 40) await new Promise((resolve) => setTimeout(resolve, 5));
    const file = join(dir, 'backups', 'vigie.backup');
    const { manifest, manifestFile } = await backup(config, file, { env: process.env });
    expect(await writerDone).toEqual({ code: 0, stderr: '' });

    const written = await journalLength(server);
    const head = manifest.journalHead;
    // The snapshot was taken in the middle of the writes: past the first entries, before the last.
    expect(head?.seq).toBeGreaterThanOrEqual(40);
    expect(head?.seq).toBeLessThan(written);
    expect(manifest).toMatchObject({ format: 'vigie/backup/v1', dialect: target.name, file: 'vigie.backup' });
    expect(manifest.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(statSync(file).size).toBe(manifest.bytes);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(manifestFile).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(manifestFile, 'utf8'))).toEqual(manifest);

    const restoredTo = await fresh();
    const restoredConfig = configOf({
      ...installationEnv(restoredTo, dir),
      VIGIE_MASTER_KEY: env.VIGIE_MASTER_KEY ?? '',
    });
    const result = await restore(restoredConfig, file, { env: process.env });
    expect(result.headMatches).toBe(true);
    expect(result.verification).toMatchObject({ ok: true, entries: head?.seq, head });
    expect(result.verification.problem).toBeUndefined();

    const restored = await open(restoredConfig);
    const row = await restored.database.db
      .selectFrom('users')
      .select('email_encrypted')
      .where('id', '=', at.rowId)
      .executeTakeFirstOrThrow();
    expect(restored.cipher.decrypt(row.email_encrypted, at)).toBe(email);
    expect(restored.keyring.activeDataKeyId).toBe(server.keyring.activeDataKeyId);
  }, 60_000);

  it('refuses to overwrite a target that holds data unless forced, then replaces it with the backup', async () => {
    const source = await fresh();
    const env = installationEnv(source, dir);
    const config = configOf(env);
    const installation = await open(config);
    await installation.journal.appender.record(Array.from({ length: 25 }, (_, i) => accessEvent(i)));
    const file = join(dir, 'vigie.backup');
    await backup(config, file, { env: process.env });
    await installation.journal.appender.record(Array.from({ length: 5 }, (_, i) => accessEvent(i)));

    expect(await errorOf(restore(config, file, { env: process.env }))).toMatchObject({
      code: 'restore.target_not_empty',
    });
    expect(await journalLength(installation)).toBe(30);
    const forced = await restore(config, file, { env: process.env, force: true });
    expect(forced).toMatchObject({ headMatches: true, verification: { ok: true, entries: 25 } });
    expect(await journalLength(installation)).toBe(25);
  });

  it('refuses a backup file that changed since its manifest was written, and one from the other dialect', async () => {
    const source = await fresh();
    const config = configOf(installationEnv(source, dir));
    const installation = await open(config);
    await installation.journal.appender.record([accessEvent(1)]);
    const file = join(dir, 'vigie.backup');
    await backup(config, file, { env: process.env });

    const restoredTo = await fresh();
    const restoredConfig = { ...config, database: restoredTo };
    const bytes = readFileSync(file);
    const altered = Buffer.from(bytes);
    altered[altered.length - 100] = (altered[altered.length - 100] ?? 0) ^ 1;
    writeFileSync(file, altered);
    expect(await errorOf(restore(restoredConfig, file, { env: process.env }))).toMatchObject({
      code: 'restore.checksum_mismatch',
      detail: { path: file },
    });

    writeFileSync(file, bytes);
    const otherDialect: DatabaseConfig =
      target.name === 'sqlite'
        ? { kind: 'postgres', url: new Secret('postgres://postgres@127.0.0.1:5432/unused') }
        : { kind: 'sqlite', path: join(dir, 'other.sqlite') };
    expect(await errorOf(restore({ ...config, database: otherDialect }, file, { env: process.env }))).toMatchObject({
      code: 'restore.dialect_mismatch',
    });
  });
});

describe('backup and restore refusals that need no store', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vigie-backup-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const sqliteConfig = (path: string) => ({
    database: { kind: 'sqlite' as const, path },
    journalSigningKeyFile: join(dir, 'journal.pem'),
  });

  it('never overwrites an existing file', async () => {
    const file = join(dir, 'taken.backup');
    writeFileSync(file, 'an earlier backup');
    expect(await errorOf(backup(sqliteConfig(join(dir, 'vigie.sqlite')), file, { env: {} }))).toMatchObject({
      code: 'backup.destination_exists',
      detail: { path: file },
    });
    expect(readFileSync(file, 'utf8')).toBe('an earlier backup');
  });

  it('says pg_dump is missing from the PATH, in French and English, before writing anything', async () => {
    const file = join(dir, 'vigie.backup');
    const config = {
      database: { kind: 'postgres' as const, url: new Secret('postgres://vigie:pw@127.0.0.1:1/vigie') },
    };
    const error = (await errorOf(backup(config, file, { env: { PATH: join(dir, 'empty-bin') } }))) as {
      code?: string;
      text?: { fr: string; en: string };
    };
    expect(error.code).toBe('backup.tool_missing');
    expect(error.text?.en).toContain('pg_dump was not found on the PATH');
    expect(error.text?.fr).toContain('pg_dump est introuvable dans le PATH');
    expect(existsSync(file)).toBe(false);
  });

  it('refuses a backup without its manifest, and backs up no SQLite file that does not exist', async () => {
    const file = join(dir, 'orphan.backup');
    writeFileSync(file, 'no manifest beside me');
    expect(await errorOf(restore(sqliteConfig(join(dir, 'vigie.sqlite')), file, { env: {} }))).toMatchObject({
      code: 'restore.manifest_missing',
      detail: { path: manifestPathOf(file) },
    });
    const missing = join(dir, 'nowhere', 'vigie.sqlite');
    expect(await errorOf(backup(sqliteConfig(missing), join(dir, 'new.backup'), { env: {} }))).toMatchObject({
      code: 'backup.source_missing',
      detail: { path: missing },
    });
    expect(existsSync(join(dir, 'new.backup'))).toBe(false);
  });
});
