import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseConfig } from '../config/config.js';
import { createKeyRecord } from '../crypto/key-records.js';
import { generateMasterKey, parseMasterKey } from '../crypto/master-key.js';
import { codeOf } from '../crypto/test-support/installation.js';
import { createDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { storeErrorCode } from '../db/store.errors.js';
import { exited, onLines, startScript } from '../db/test-support/run-script.js';
import { verifyStoredJournal } from '../modules/journal/journal.verify-stored.js';
import { accessEvent } from '../modules/journal/test-support/journal-fixture.js';
import { openInstallation } from './installation.js';
import { ensureKeyRecords, keyRow, readKeyRecords } from './key-store.js';
import { describeOnEachStore } from './test-support/each-store.js';
import { configOf, installationEnv } from './test-support/installation-env.js';

// Resolved from the store's test-support folder, where run-script lives.
const OPEN_SCRIPT = '../../installation/test-support/open-installation.script.ts';
const at = { table: 'users', column: 'email_encrypted', rowId: 'u-1' };
const email = 'marie.gagnon@exemple.qc.ca';

async function errorOf(promise: Promise<unknown>): Promise<{ code?: string; detail?: unknown; text?: unknown }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string };
  }
  throw new Error('expected a failure');
}

await describeOnEachStore('opening an installation', (target) => {
  let dir: string;
  let database: DatabaseConfig;
  let drop: () => Promise<void>;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vigie-installation-'));
    ({ database, drop } = await target.create());
  });

  afterEach(async () => {
    await drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates one data key and the index key on first start, stored only wrapped, and finds them again on restart', async () => {
    const env = installationEnv(database, dir);
    const first = await openInstallation(configOf(env));
    const ciphertext = first.cipher.encrypt(email, at);
    const records = await readKeyRecords(first.database.db);
    expect(records.map((record) => record.kind).sort()).toEqual(['data', 'index']);
    expect(records.every((record) => record.masterKeyId === first.masterKeys.current.id)).toBe(true);
    expect(first.cipher.keyIdOf(ciphertext)).toBe(first.keyring.activeDataKeyId);
    await first.close();

    const restarted = await openInstallation(configOf(env));
    try {
      expect(await readKeyRecords(restarted.database.db)).toEqual(records);
      expect(restarted.keyring.activeDataKeyId).toBe(first.keyring.activeDataKeyId);
      expect(restarted.cipher.decrypt(ciphertext, at)).toBe(email);
    } finally {
      await restarted.close();
    }
  });

  it('ends with one set of keys and one signing key when several processes start at once on a new store', async () => {
    const env = JSON.stringify(installationEnv(database, dir));
    const startAt = String(Date.now() + 1500);
    const opened = await Promise.all(
      [0, 1, 2].map(async () => {
        const child = await startScript(OPEN_SCRIPT, [env, startAt]);
        const lines: string[] = [];
        onLines(child, (line) => lines.push(line));
        expect(await exited(child)).toEqual({ code: 0, stderr: '' });
        return JSON.parse(lines.join('')) as { dataKey: string; journalKey: string };
      }),
    );
    expect(new Set(opened.map((o) => o.dataKey)).size).toBe(1);
    expect(new Set(opened.map((o) => o.journalKey)).size).toBe(1);
    const store = createDatabase({ database });
    try {
      const records = await readKeyRecords(store.db);
      expect(records.map((record) => record.kind).sort()).toEqual(['data', 'index']);
      expect(records.find((record) => record.kind === 'data')?.id).toBe(opened[0]?.dataKey);
    } finally {
      await store.close();
    }
  }, 60_000);

  it('lets exactly one of several connections racing on a new store create the keys, and never a second index key', async () => {
    const master = parseMasterKey(generateMasterKey());
    const stores = [0, 1, 2, 3].map(() => createDatabase({ database }));
    const [first, second] = stores;
    if (first === undefined || second === undefined) throw new Error('four stores were opened');
    try {
      expect((await migrateToLatest(first)).ok).toBe(true);
      const outcomes = await Promise.all(stores.map((store) => ensureKeyRecords(store.db, master, new Date())));
      expect(outcomes.filter((outcome) => outcome.created)).toHaveLength(1);
      for (const outcome of outcomes) expect(outcome.records).toEqual(outcomes[0]?.records);
      const secondIndex = createKeyRecord({ master, kind: 'index', now: new Date() });
      const refused = await errorOf(second.db.insertInto('encryption_keys').values(keyRow(secondIndex)).execute());
      expect(storeErrorCode(refused)).toBe('store.unique_violation');
    } finally {
      await Promise.all(stores.map((store) => store.close()));
    }
  });

  it('creates the journal signing key outside production, readable by its owner only, and keeps it', async () => {
    const env = installationEnv(database, dir, { VIGIE_JOURNAL_SIGNING_KEY_FILE: join(dir, 'keys', 'journal.pem') });
    const first = await openInstallation(configOf(env));
    await first.close();
    expect(statSync(join(dir, 'keys', 'journal.pem')).mode & 0o777).toBe(0o600);
    const second = await openInstallation(configOf(env));
    await second.close();
    expect(second.journal.signer.keyId).toBe(first.journal.signer.keyId);
  });

  it('refuses to start in production without the signing key file, naming it, and creates nothing', async () => {
    const keyFile = join(dir, 'missing', 'journal.pem');
    const env = installationEnv(database, dir, {
      VIGIE_ENV: 'production',
      VIGIE_SESSION_SECRET: 'f0c8e1d4b7a39e62c5d1f08a7b3e9c2d4a6f1e0b',
      VIGIE_JOURNAL_SIGNING_KEY_FILE: keyFile,
    });
    const error = await errorOf(openInstallation(configOf(env)));
    expect(error).toMatchObject({ code: 'installation.signing_key_missing', detail: { path: keyFile } });
    expect(error.text).toMatchObject({ fr: expect.stringContaining(keyFile), en: expect.stringContaining(keyFile) });
    expect(existsSync(keyFile)).toBe(false);
  });

  it('opens with the previous master key during a rotation, and refuses an unknown master key', async () => {
    const env = installationEnv(database, dir);
    const first = await openInstallation(configOf(env));
    const ciphertext = first.cipher.encrypt(email, at);
    await first.close();

    const next = generateMasterKey();
    const error = await errorOf(openInstallation(configOf({ ...env, VIGIE_MASTER_KEY: next })));
    expect(error.code).toBe('installation.master_key_unknown');

    const rotating = await openInstallation(
      configOf({ ...env, VIGIE_MASTER_KEY: next, VIGIE_PREVIOUS_MASTER_KEYS: env.VIGIE_MASTER_KEY ?? '' }),
    );
    try {
      expect(rotating.cipher.decrypt(ciphertext, at)).toBe(email);
    } finally {
      await rotating.close();
    }
  });

  it('learns a data key added by another process when asked to refresh, and encrypts under it from then on', async () => {
    const env = installationEnv(database, dir);
    const server = await openInstallation(configOf(env));
    const other = await openInstallation(configOf(env));
    try {
      const before = server.keyring.activeDataKeyId;
      const added = createKeyRecord({
        master: other.masterKeys.current,
        kind: 'data',
        now: new Date(Date.now() + 1000),
      });
      await other.database.db.insertInto('encryption_keys').values(keyRow(added)).execute();
      expect(await other.refreshKeyring()).toBe(true);
      const underNewKey = other.cipher.encrypt(email, at);
      expect(other.cipher.keyIdOf(underNewKey)).toBe(added.id);

      expect(codeOf(() => server.cipher.decrypt(underNewKey, at))).toBe('crypto.unknown_key');
      const oldCiphertext = server.cipher.encrypt(email, at);
      expect(await server.refreshKeyring()).toBe(true);
      expect(await server.refreshKeyring()).toBe(false);
      expect(server.cipher.decrypt(underNewKey, at)).toBe(email);
      expect(server.cipher.decrypt(oldCiphertext, at)).toBe(email);
      expect(server.cipher.activeKeyId).toBe(added.id);
      expect(server.cipher.keyIdOf(server.cipher.encrypt(email, at))).toBe(added.id);
      expect(before).not.toBe(added.id);
    } finally {
      await server.close();
      await other.close();
    }
  });

  it('records accesses in the journal with checkpoints its public key verifies', async () => {
    const installation = await openInstallation(configOf(installationEnv(database, dir)));
    try {
      await installation.journal.appender.record(Array.from({ length: 12 }, (_, i) => accessEvent(i)));
      const { verification, checkpoints } = await verifyStoredJournal({
        db: installation.database.db,
        publicKeys: installation.journal.publicKeys,
      });
      expect(verification).toMatchObject({ ok: true, entries: 12, lastCheckpointSeq: 10 });
      expect(checkpoints).toBe(1);
    } finally {
      await installation.close();
    }
  });
});

describe('opening an installation whose store cannot be reached', () => {
  it('says the database cannot be reached, without the URL or its password', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-installation-'));
    try {
      const env = installationEnv({ kind: 'sqlite', path: join(dir, 'unused.sqlite') }, dir, {
        DATABASE_URL: 'postgres://vigie:s3cret-pw@127.0.0.1:1/vigie',
      });
      const error = await errorOf(openInstallation(configOf(env)));
      expect(error.code).toBe('installation.store_unavailable');
      expect(JSON.stringify(error.text)).not.toContain('s3cret-pw');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
