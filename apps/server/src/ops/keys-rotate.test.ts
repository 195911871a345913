import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { DatabaseConfig } from '../config/config.js';
import { generateMasterKey } from '../crypto/master-key.js';
import { codeOf } from '../crypto/test-support/installation.js';
import { type Installation, openInstallation } from '../installation/installation.js';
import { readKeyRecords } from '../installation/key-store.js';
import { describeOnEachStore } from '../installation/test-support/each-store.js';
import { configOf, installationEnv } from '../installation/test-support/installation-env.js';
import { rotateDataKey, rotateMasterKey } from './keys-rotate.js';

const USERS = 23;
const NOW = '2026-03-01T12:00:00.000Z';

interface UserValues {
  readonly id: string;
  readonly email: string;
  readonly displayName: string | null;
  readonly totpSecret: string | null;
}

/** Staff accounts, some without a display name or a TOTP secret (null columns are not fields to rotate). */
function userValues(): UserValues[] {
  return Array.from({ length: USERS }, (_, n) => ({
    id: `user-${String(n).padStart(3, '0')}`,
    email: `agent${n}@exemple.qc.ca`,
    displayName: n % 3 === 0 ? null : `Agent n° ${n}, Équipe Québec`,
    totpSecret: n % 2 === 0 ? null : `JBSWY3DPEHPK3PXP${n}`,
  }));
}

async function insertUsers(installation: Installation, users: readonly UserValues[]) {
  const { cipher } = installation;
  const seal = (value: string | null, column: string, rowId: string) =>
    value === null ? null : cipher.encrypt(value, { table: 'users', column, rowId });
  await installation.database.db
    .insertInto('users')
    .values(
      users.map((user) => ({
        id: user.id,
        email_blind_index: `index-${user.id}`,
        email_encrypted: seal(user.email, 'email_encrypted', user.id) ?? '',
        display_name_encrypted: seal(user.displayName, 'display_name_encrypted', user.id),
        password_hash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA',
        role: 'agent' as const,
        totp_secret_encrypted: seal(user.totpSecret, 'totp_secret_encrypted', user.id),
        totp_enabled_at: null,
        totp_last_step: null,
        failed_logins: 0,
        locked_until: null,
        disabled_at: null,
        created_at: NOW,
        updated_at: NOW,
      })),
    )
    .execute();
}

/** Every encrypted value as stored, and as the installation decrypts it. */
async function readUsers(installation: Installation) {
  const rows = await installation.database.db.selectFrom('users').selectAll().orderBy('id').execute();
  const open = (ciphertext: string | null, column: string, rowId: string) =>
    ciphertext === null ? null : installation.cipher.decrypt(ciphertext, { table: 'users', column, rowId });
  return {
    ciphertexts: rows.flatMap((row) =>
      [row.email_encrypted, row.display_name_encrypted, row.totp_secret_encrypted].flatMap((c) => c ?? []),
    ),
    values: rows.map((row) => ({
      id: row.id,
      email: open(row.email_encrypted, 'email_encrypted', row.id),
      displayName: open(row.display_name_encrypted, 'display_name_encrypted', row.id),
      totpSecret: open(row.totp_secret_encrypted, 'totp_secret_encrypted', row.id),
    })),
  };
}

await describeOnEachStore('key rotation', (target) => {
  let dir: string;
  let database: DatabaseConfig;
  let drop: () => Promise<void>;
  let env: Record<string, string>;
  const opened: Installation[] = [];
  const open = async (overrides: Record<string, string> = {}) => {
    const installation = await openInstallation(configOf({ ...env, ...overrides }));
    opened.push(installation);
    return installation;
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vigie-rotate-'));
    ({ database, drop } = await target.create());
    env = installationEnv(database, dir);
  });

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((installation) => installation.close()));
    await drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('re-wraps every key under the new master key, after which the new master key alone decrypts everything', async () => {
    const users = userValues();
    await insertUsers(await open(), users);
    const oldMaster = env.VIGIE_MASTER_KEY ?? '';
    const newMaster = generateMasterKey();

    const rotating = await open({ VIGIE_MASTER_KEY: newMaster, VIGIE_PREVIOUS_MASTER_KEYS: oldMaster });
    const { ciphertexts: before } = await readUsers(rotating);
    expect(await rotateMasterKey(rotating)).toEqual({ rewrapped: 2, unchanged: 0 });
    expect(await rotateMasterKey(rotating)).toEqual({ rewrapped: 0, unchanged: 2 });
    const records = await readKeyRecords(rotating.database.db);
    expect(records.every((record) => record.masterKeyId === rotating.masterKeys.current.id)).toBe(true);

    const after = await open({ VIGIE_MASTER_KEY: newMaster });
    const read = await readUsers(after);
    expect(read.values).toEqual(users);
    // No field was touched: only the wrapping of the keys changed.
    expect(read.ciphertexts).toEqual(before);
    await expect(open({ VIGIE_MASTER_KEY: oldMaster })).rejects.toMatchObject({
      code: 'installation.master_key_unknown',
    });
  });

  it('puts every ciphertext under a new data key with the values unchanged, and a server running meanwhile follows', async () => {
    const users = userValues();
    const server = await open();
    await insertUsers(server, users);
    const oldKey = server.keyring.activeDataKeyId;
    const { ciphertexts: before } = await readUsers(server);

    const cli = await open();
    const report = await rotateDataKey(cli, { batchSize: 5 });
    expect(report.completed).toBe(true);
    expect(report.createdKeyId).toBeDefined();
    expect(report.activeKeyId).toBe(report.createdKeyId);
    expect(report.columns.map((c) => [c.column, c.report.reencrypted, c.report.failed.length])).toEqual([
      ['email_encrypted', USERS, 0],
      ['display_name_encrypted', users.filter((u) => u.displayName !== null).length, 0],
      ['totp_secret_encrypted', users.filter((u) => u.totpSecret !== null).length, 0],
      // The rights-request columns (issue 4) are walked too; this test stores no request.
      ['email_encrypted', 0, 0],
      ['name_encrypted', 0, 0],
      ['phone_encrypted', 0, 0],
      ['represented_name_encrypted', 0, 0],
      ['details_encrypted', 0, 0],
      ['extension_reason_encrypted', 0, 0],
      ['identities_encrypted', 0, 0],
      ['plan_encrypted', 0, 0],
      ['result_encrypted', 0, 0],
      ['package_encrypted', 0, 0],
      // The staff's note on a manual task (external_tasks).
      ['note_encrypted', 0, 0],
      ['name_encrypted', 0, 0],
      ['content_encrypted', 0, 0],
      ['note_encrypted', 0, 0],
      // The incident register (issue 6).
      ['pi_description_encrypted', 0, 0],
      ['circumstances_encrypted', 0, 0],
      ['notes_encrypted', 0, 0],
      ['narrative_encrypted', 0, 0],
      // The impact-assessment register (issue 6).
      ['questionnaire_encrypted', 0, 0],
      // The complaints register (issue 6).
      ['name_encrypted', 0, 0],
      ['email_encrypted', 0, 0],
      ['text_encrypted', 0, 0],
      ['conclusion_encrypted', 0, 0],
      ['note_encrypted', 0, 0],
      // Known people's consents (issue 5): their reference and their guardian's.
      ['subject_encrypted', 0, 0],
      ['guardian_encrypted', 0, 0],
    ]);

    const read = await readUsers(cli);
    expect(read.values).toEqual(users);
    expect(new Set(read.ciphertexts.map((c) => cli.cipher.keyIdOf(c)))).toEqual(new Set([report.createdKeyId]));
    expect(read.ciphertexts.some((c) => before.includes(c))).toBe(false);
    // The old key stays: the server that started before the rotation still writes under it until it refreshes.
    expect((await readKeyRecords(cli.database.db)).some((record) => record.id === oldKey)).toBe(true);

    const [first] = read.ciphertexts;
    const at = { table: 'users', column: 'email_encrypted', rowId: users[0]?.id ?? '' };
    expect(codeOf(() => server.cipher.decrypt(first ?? '', at))).toBe('crypto.unknown_key');
    expect(await server.refreshKeyring()).toBe(true);
    expect((await readUsers(server)).values).toEqual(users);
    expect(server.cipher.activeKeyId).toBe(report.createdKeyId);
  });

  it('resumes an interrupted data-key rotation without adding another key, and a re-run rewrites nothing', async () => {
    const users = userValues();
    const installation = await open();
    await insertUsers(installation, users);
    const stop = new AbortController();
    const batchSize = 4;
    // Stopped once the first batch is written, as a crash or Ctrl-C would.
    const first = await rotateDataKey(installation, { batchSize, signal: stop.signal, onBatch: () => stop.abort() });
    expect(first.completed).toBe(false);
    expect(first.columns).toEqual([
      expect.objectContaining({
        column: 'email_encrypted',
        report: expect.objectContaining({ reencrypted: batchSize }),
      }),
    ]);

    const resumed = await rotateDataKey(installation, { resume: true, batchSize });
    expect(resumed).toMatchObject({ createdKeyId: undefined, activeKeyId: first.activeKeyId, completed: true });
    expect(resumed.columns.every((c) => c.report.failed.length === 0)).toBe(true);
    const again = await rotateDataKey(installation, { resume: true, batchSize });
    expect(again.columns.map((c) => c.report.reencrypted)).toEqual(again.columns.map(() => 0));
    expect((await readKeyRecords(installation.database.db)).filter((r) => r.kind === 'data')).toHaveLength(2);
    const read = await readUsers(installation);
    expect(read.values).toEqual(users);
    expect(new Set(read.ciphertexts.map((c) => installation.cipher.keyIdOf(c)))).toEqual(new Set([first.activeKeyId]));
  });

  it('reports a field it cannot decrypt by table, column and row only, leaves it as it was, and rotates the rest', async () => {
    const users = userValues();
    const installation = await open();
    await insertUsers(installation, users);
    const rows = await installation.database.db
      .selectFrom('users')
      .select(['id', 'email_encrypted'])
      .orderBy('id')
      .execute();
    const [moved, source] = rows;
    if (moved === undefined || source === undefined) throw new Error('users were inserted');
    // Another row's ciphertext copied here: it is bound to that row and must not decrypt as this one.
    await installation.database.db
      .updateTable('users')
      .set({ email_encrypted: source.email_encrypted })
      .where('id', '=', moved.id)
      .execute();

    const report = await rotateDataKey(installation);
    const email = report.columns.find((c) => c.column === 'email_encrypted')?.report;
    expect(email).toMatchObject({ reencrypted: USERS - 1, completed: true });
    expect(email?.failed).toEqual([
      {
        location: { table: 'users', column: 'email_encrypted', rowId: moved.id },
        code: 'crypto.decrypt_failed',
      },
    ]);
    expect(JSON.stringify(report)).not.toContain('exemple.qc.ca');
    const kept = await installation.database.db
      .selectFrom('users')
      .select('email_encrypted')
      .where('id', '=', moved.id)
      .executeTakeFirstOrThrow();
    expect(kept.email_encrypted).toBe(source.email_encrypted);
  });
});
