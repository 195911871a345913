import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseConfig } from '../config/config.js';
import { loadConfig } from '../config/config.js';
import { openInstallation } from '../installation/installation.js';
import { readKeyRecords } from '../installation/key-store.js';
import { describeOnEachStore } from '../installation/test-support/each-store.js';
import { configOf, installationEnv } from '../installation/test-support/installation-env.js';
import { run } from './keys.js';
import { captureIo } from './test-support/capture-io.js';

const at = { table: 'users', column: 'email_encrypted', rowId: 'u-1' };
const email = 'gabrielle.roy@exemple.qc.ca';

await describeOnEachStore('vigie keys', (target) => {
  let dir: string;
  let database: DatabaseConfig;
  let drop: () => Promise<void>;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vigie-keys-'));
    ({ database, drop } = await target.create());
  });

  afterEach(async () => {
    await drop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function keys(args: string[], env: Record<string, string>, lang: 'fr' | 'en' = 'en') {
    const captured = captureIo(env, lang);
    const code = await run(args, captured.io);
    return { code, stdout: captured.stdout(), stderr: captured.stderr() };
  }

  it('rotates the master key, then the data key, with the fields still readable and the rotations journaled', async () => {
    const env = installationEnv(database, dir);
    const before = await openInstallation(configOf(env));
    const ciphertext = before.cipher.encrypt(email, at);
    const oldDataKey = before.keyring.activeDataKeyId;
    await before.database.db
      .insertInto('users')
      .values({
        id: at.rowId,
        email_blind_index: 'index-u-1',
        email_encrypted: ciphertext,
        display_name_encrypted: null,
        password_hash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA',
        role: 'admin',
        totp_secret_encrypted: null,
        totp_enabled_at: null,
        totp_last_step: null,
        failed_logins: 0,
        locked_until: null,
        disabled_at: null,
        created_at: '2026-03-01T12:00:00.000Z',
        updated_at: '2026-03-01T12:00:00.000Z',
      })
      .execute();
    await before.close();

    const generated = await keys(['generate'], {});
    expect(generated.code).toBe(0);
    const newMaster = generated.stdout.trim();
    expect(loadConfig({ VIGIE_ENV: 'development', VIGIE_MASTER_KEY: newMaster }).ok).toBe(true);

    const rotating = { ...env, VIGIE_MASTER_KEY: newMaster, VIGIE_PREVIOUS_MASTER_KEYS: env.VIGIE_MASTER_KEY ?? '' };
    expect(await keys(['rotate'], rotating)).toEqual({
      code: 0,
      stdout: 'Master key: 2 key(s) re-wrapped under VIGIE_MASTER_KEY, 0 already were.\n',
      stderr: '',
    });

    const rotated = { ...env, VIGIE_MASTER_KEY: newMaster };
    const data = await keys(['rotate', '--data-key', '--batch-size', '1'], rotated, 'fr');
    expect(data.stderr).toBe('');
    expect(data.code).toBe(0);
    expect(data.stdout).toContain('Clé maîtresse : 0 clé(s) rechiffrée(s) sous VIGIE_MASTER_KEY, 2 l’étaient déjà.');
    expect(data.stdout).toContain('users.email_encrypted : 1 rechiffré(s), 0 déjà à jour');

    const after = await openInstallation(configOf(rotated));
    try {
      const row = await after.database.db
        .selectFrom('users')
        .select('email_encrypted')
        .where('id', '=', at.rowId)
        .executeTakeFirstOrThrow();
      expect(after.cipher.decrypt(row.email_encrypted, at)).toBe(email);
      expect(after.cipher.keyIdOf(row.email_encrypted)).toBe(after.keyring.activeDataKeyId);
      expect(after.keyring.activeDataKeyId).not.toBe(oldDataKey);
      const records = await readKeyRecords(after.database.db);
      expect(records.filter((record) => record.kind === 'data')).toHaveLength(2);
      const actions = await after.database.db.selectFrom('journal_entries').select(['action', 'subject']).execute();
      expect(actions).toEqual([
        { action: 'keys.master_rotated', subject: null },
        { action: 'keys.data_key_rotated', subject: `key:${after.keyring.activeDataKeyId}` },
      ]);
    } finally {
      await after.close();
    }
  });

  it('refuses to start with a master key that did not wrap the stored keys, with exit 2', async () => {
    const env = installationEnv(database, dir);
    await (await openInstallation(configOf(env))).close();
    const wrong = await keys(['rotate'], { ...env, VIGIE_MASTER_KEY: (await keys(['generate'], {})).stdout.trim() });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('The stored keys are wrapped by a master key other than VIGIE_MASTER_KEY');
  });
});

describe('vigie keys, called wrongly', () => {
  it('says what it expected, with exit 2', async () => {
    const none = captureIo({});
    expect(await run([], none.io)).toBe(2);
    expect(none.stderr()).toBe('vigie keys: expected a subcommand: generate or rotate (vigie keys --help).\n');
    const batch = captureIo({}, 'fr');
    expect(await run(['rotate', '--data-key', '--batch-size', '0'], batch.io)).toBe(2);
    expect(batch.stderr()).toContain('--batch-size doit être un entier positif');
    const help = captureIo({});
    expect(await run(['rotate', '--help'], help.io)).toBe(0);
    expect(help.stdout()).toContain('VIGIE_PREVIOUS_MASTER_KEYS');
  });
});
