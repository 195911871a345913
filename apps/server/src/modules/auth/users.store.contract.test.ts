import { expect, it } from 'vitest';
import { AuthError } from './auth.errors.js';
import { RECOVERY_CODE_COUNT } from './recovery-codes.js';
import { describeOnEveryStore } from './test-support/auth-stores.js';
import { codeAt } from './test-support/totp-codes.js';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const PASSWORD = 'une phrase de passe solide';

async function errorOf(promise: Promise<unknown>): Promise<AuthError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AuthError) return error;
    throw error;
  }
  throw new Error('expected an AuthError');
}

describeOnEveryStore('the users store', (stores) => {
  const marie = {
    email: 'Marie.Tremblay@example.org',
    displayName: 'Marie Tremblay',
    role: 'owner',
    password: PASSWORD,
  };

  it('creates an account whose personal fields are encrypted and whose password is an argon2id hash', async () => {
    const { users, store } = stores();
    const user = await users.createUser(marie, NOW);
    expect(user).toEqual({
      id: expect.any(String),
      email: 'Marie.Tremblay@example.org',
      displayName: 'Marie Tremblay',
      role: 'owner',
      totpEnabled: false,
      disabled: false,
      lockedUntil: null,
      createdAt: NOW.toISOString(),
    });
    const row = await store.db.selectFrom('users').selectAll().where('id', '=', user.id).executeTakeFirstOrThrow();
    const stored = JSON.stringify(row).toLowerCase();
    for (const clear of ['marie', 'tremblay', 'example.org', PASSWORD]) expect(stored).not.toContain(clear);
    expect(row.email_encrypted).not.toBe(row.email_blind_index);
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('finds an account by email however it is typed, and by id', async () => {
    const { users } = stores();
    const created = await users.createUser(marie, NOW);
    expect(await users.findUserByEmail('  marie.tremblay@EXAMPLE.org ')).toEqual(created);
    expect(await users.getUser(created.id)).toEqual(created);
    expect(await users.findUserByEmail('someone.else@example.org')).toBeUndefined();
    expect(await users.getUser('00000000-0000-4000-8000-000000000000')).toBeUndefined();
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    const { users } = stores();
    await users.createUser(marie, NOW);
    const error = await errorOf(users.createUser({ ...marie, email: 'MARIE.TREMBLAY@example.org' }, NOW));
    expect(error.code).toBe('auth.email_taken');
    expect(error.status).toBe(409);
    expect(await users.countUsers()).toBe(1);
  });

  it('refuses an invalid account and names each field at fault, in both languages', async () => {
    const { users } = stores();
    const error = await errorOf(
      users.createUser({ email: 'not an email', displayName: '  ', role: 'superuser', password: 'short' }, NOW),
    );
    expect(error.code).toBe('auth.invalid_user');
    expect(error.detail.fields?.map((f) => [f.path, f.code])).toEqual([
      ['email', 'auth.email_invalid'],
      ['displayName', 'auth.display_name_invalid'],
      ['role', 'auth.role_invalid'],
      ['password', 'auth.password_too_short'],
    ]);
    for (const field of error.detail.fields ?? []) expect(field.message.fr).not.toBe(field.message.en);
    const sameAsEmail = await errorOf(users.createUser({ ...marie, password: marie.email }, NOW));
    expect(sameAsEmail.detail.fields?.map((f) => f.code)).toEqual(['auth.password_is_email']);
    expect(await users.countUsers()).toBe(0);
  });

  it('lists and counts accounts, oldest first', async () => {
    const { users } = stores();
    const first = await users.createUser(marie, NOW);
    const second = await users.createUser(
      { email: 'luc@example.org', displayName: 'Luc Gagnon', role: 'agent', password: PASSWORD },
      new Date(NOW.getTime() + 1000),
    );
    expect(await users.listUsers()).toEqual([first, second]);
    expect(await users.countUsers()).toBe(2);
  });

  it('changes roles and disables accounts, but never leaves the installation without an enabled owner', async () => {
    const { users } = stores();
    const owner = await users.createUser(marie, NOW);
    const other = await users.createUser(
      { email: 'luc@example.org', displayName: 'Luc Gagnon', role: 'agent', password: PASSWORD },
      NOW,
    );
    expect((await errorOf(users.setRole(owner.id, 'admin'))).code).toBe('auth.last_owner');
    expect((await errorOf(users.setDisabled(owner.id, true))).code).toBe('auth.last_owner');

    expect((await users.setRole(other.id, 'owner')).role).toBe('owner');
    expect((await users.setDisabled(owner.id, true)).disabled).toBe(true);
    // Luc is now the only enabled owner.
    expect((await errorOf(users.setRole(other.id, 'auditor'))).code).toBe('auth.last_owner');
    expect((await users.setDisabled(owner.id, false)).disabled).toBe(false);
    expect((await users.setRole(other.id, 'auditor')).role).toBe('auditor');

    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await errorOf(users.setRole(missing, 'agent'))).code).toBe('auth.user_not_found');
    expect((await errorOf(users.setDisabled(missing, true))).code).toBe('auth.user_not_found');
  });

  it('enrols TOTP: a pending encrypted secret, enabled by a valid code, with ten recovery codes stored hashed', async () => {
    const { users, store } = stores();
    const user = await users.createUser(marie, NOW);
    const enrolment = await users.beginTotpEnrolment(user.id, NOW);
    expect(enrolment.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(enrolment.otpauthUri).toContain(`secret=${enrolment.secret}`);
    expect(enrolment.qrSvg).toMatch(/^<svg /);

    const pending = await store.db.selectFrom('users').selectAll().where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(pending.totp_enabled_at).toBeNull();
    expect(pending.totp_secret_encrypted).not.toBeNull();
    expect(pending.totp_secret_encrypted).not.toContain(enrolment.secret);
    expect((await users.getUser(user.id))?.totpEnabled).toBe(false);

    const wrong = String((Number(codeAt(enrolment.secret, NOW)) + 1) % 1_000_000).padStart(6, '0');
    expect((await errorOf(users.confirmTotpEnrolment(user.id, wrong, NOW))).code).toBe('auth.invalid_code');

    const confirmed = await users.confirmTotpEnrolment(user.id, codeAt(enrolment.secret, NOW), NOW);
    expect(confirmed.user.totpEnabled).toBe(true);
    expect(confirmed.recoveryCodes).toHaveLength(RECOVERY_CODE_COUNT);
    const hashes = await store.db
      .selectFrom('user_recovery_codes')
      .selectAll()
      .where('user_id', '=', user.id)
      .execute();
    expect(hashes).toHaveLength(RECOVERY_CODE_COUNT);
    const storedCodes = JSON.stringify(hashes);
    for (const code of confirmed.recoveryCodes) {
      expect(storedCodes).not.toContain(code);
      expect(storedCodes).not.toContain(code.replaceAll('-', ''));
    }

    expect((await errorOf(users.beginTotpEnrolment(user.id, NOW))).code).toBe('auth.totp_already_enabled');
    expect((await errorOf(users.confirmTotpEnrolment(user.id, codeAt(enrolment.secret, NOW), NOW))).code).toBe(
      'auth.totp_already_enabled',
    );
  });

  it('confirms only against the latest secret, and only after an enrolment was begun', async () => {
    const { users } = stores();
    const user = await users.createUser(marie, NOW);
    expect((await errorOf(users.confirmTotpEnrolment(user.id, '123456', NOW))).code).toBe('auth.totp_not_pending');
    const first = await users.beginTotpEnrolment(user.id, NOW);
    const second = await users.beginTotpEnrolment(user.id, NOW);
    expect(second.secret).not.toBe(first.secret);
    expect((await errorOf(users.confirmTotpEnrolment(user.id, codeAt(first.secret, NOW), NOW))).code).toBe(
      'auth.invalid_code',
    );
    expect((await users.confirmTotpEnrolment(user.id, codeAt(second.secret, NOW), NOW)).user.totpEnabled).toBe(true);
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await errorOf(users.beginTotpEnrolment(missing, NOW))).code).toBe('auth.user_not_found');
  });

  it('replaces every recovery code when a new set is drawn', async () => {
    const { users, store } = stores();
    const user = await users.createUser(marie, NOW);
    expect((await errorOf(users.regenerateRecoveryCodes(user.id))).code).toBe('auth.totp_not_enabled');
    const { secret } = await users.beginTotpEnrolment(user.id, NOW);
    const { recoveryCodes: first } = await users.confirmTotpEnrolment(user.id, codeAt(secret, NOW), NOW);
    const before = await store.db.selectFrom('user_recovery_codes').select('code_hash').execute();
    const second = await users.regenerateRecoveryCodes(user.id);
    expect(second).toHaveLength(RECOVERY_CODE_COUNT);
    expect(second.some((code) => first.includes(code))).toBe(false);
    const after = await store.db.selectFrom('user_recovery_codes').select('code_hash').execute();
    expect(after).toHaveLength(RECOVERY_CODE_COUNT);
    const kept = new Set(before.map((r) => r.code_hash));
    expect(after.some((r) => kept.has(r.code_hash))).toBe(false);
  });
});
