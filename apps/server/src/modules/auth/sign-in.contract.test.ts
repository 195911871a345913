import { hash } from '@node-rs/argon2';
import { expect, it } from 'vitest';
import { describeOnEveryStore } from './test-support/auth-stores.js';
import { codeAt } from './test-support/totp-codes.js';
import type { UserView } from './user-view.js';

const NOW = new Date('2026-03-01T08:00:00.000Z');
const MINUTE = 60_000;
const at = (minutes: number) => new Date(NOW.getTime() + minutes * MINUTE);
const PASSWORD = 'une phrase de passe solide';
const WRONG = 'pas la bonne phrase du tout';

function codeOf(result: { ok: boolean; error?: { code: string } }): string {
  return result.ok ? 'ok' : (result.error?.code ?? 'no error');
}

describeOnEveryStore('sign-in', (stores) => {
  async function account(role: UserView['role'], email: string): Promise<UserView> {
    return stores().users.createUser({ email, displayName: 'Quelqu’un', role, password: PASSWORD }, NOW);
  }

  /** An owner with TOTP enabled; returns the base32 secret and the recovery codes. */
  async function ownerWithTotp() {
    const { users } = stores();
    const owner = await account('owner', 'marie@example.org');
    const { secret } = await users.beginTotpEnrolment(owner.id, NOW);
    // Confirmed two steps before NOW, so that the codes around NOW are still unused.
    const confirmedAt = new Date(NOW.getTime() - 90_000);
    const { recoveryCodes } = await users.confirmTotpEnrolment(owner.id, codeAt(secret, confirmedAt), confirmedAt);
    return { owner, secret, recoveryCodes };
  }

  async function failedLogins(userId: string) {
    const row = await stores()
      .store.db.selectFrom('users')
      .select(['failed_logins', 'locked_until'])
      .where('id', '=', userId)
      .executeTakeFirstOrThrow();
    return row;
  }

  it('answers an unknown email and a wrong password with the same code', async () => {
    const { signIn } = stores();
    await account('agent', 'luc@example.org');
    const unknown = await signIn.signIn('personne@example.org', PASSWORD, NOW);
    const wrong = await signIn.signIn('luc@example.org', WRONG, NOW);
    expect(codeOf(unknown)).toBe('auth.invalid_credentials');
    expect(codeOf(wrong)).toBe('auth.invalid_credentials');
    expect(unknown.ok || wrong.ok).toBe(false);
    if (!unknown.ok && !wrong.ok) {
      expect(unknown.error.status).toBe(401);
      expect(unknown.error.text).toEqual(wrong.error.text);
    }
  });

  it('answers a disabled account as invalid credentials too, even with the right password', async () => {
    const { signIn, users } = stores();
    await account('owner', 'marie@example.org');
    const luc = await account('agent', 'luc@example.org');
    await users.setDisabled(luc.id, true, NOW);
    expect(codeOf(await signIn.signIn('luc@example.org', PASSWORD, NOW))).toBe('auth.invalid_credentials');
  });

  it('says which stage follows the password: complete, enrol (two-factor role without TOTP) or totp', async () => {
    const { signIn } = stores();
    await account('agent', 'luc@example.org');
    await account('privacy_officer', 'ana@example.org');
    await ownerWithTotp();
    expect(await signIn.signIn('LUC@example.org', PASSWORD, NOW)).toMatchObject({
      ok: true,
      stage: 'complete',
      user: { email: 'luc@example.org' },
    });
    expect(await signIn.signIn('ana@example.org', PASSWORD, NOW)).toMatchObject({ ok: true, stage: 'enrol' });
    expect(await signIn.signIn('marie@example.org', PASSWORD, NOW)).toMatchObject({ ok: true, stage: 'totp' });
  });

  it('locks the account at the 5th consecutive failure for 15 minutes, then lets it in again', async () => {
    const { signIn } = stores();
    const luc = await account('agent', 'luc@example.org');
    for (let i = 0; i < 4; i++)
      expect(codeOf(await signIn.signIn('luc@example.org', WRONG, at(i)))).toBe('auth.invalid_credentials');
    expect(await failedLogins(luc.id)).toEqual({ failed_logins: 4, locked_until: null });
    expect(codeOf(await signIn.signIn('luc@example.org', WRONG, at(4)))).toBe('auth.invalid_credentials');

    // Locked until 15 minutes after the 5th failure: even the right password is refused, unchecked and uncounted.
    const lockedUntil = at(4 + 15).toISOString();
    const refused = await signIn.signIn('luc@example.org', PASSWORD, at(5));
    expect(refused).toMatchObject({ ok: false, error: { code: 'auth.locked', status: 423, detail: { lockedUntil } } });
    expect(codeOf(await signIn.signIn('luc@example.org', WRONG, at(18)))).toBe('auth.locked');
    expect(await failedLogins(luc.id)).toEqual({ failed_logins: 5, locked_until: lockedUntil });
    expect((await stores().users.getUser(luc.id))?.lockedUntil).toBe(lockedUntil);

    const signedIn = await signIn.signIn('luc@example.org', PASSWORD, at(4 + 15));
    expect(signedIn).toMatchObject({ ok: true, stage: 'complete', user: { lockedUntil: null } });
    expect(await failedLogins(luc.id)).toEqual({ failed_logins: 0, locked_until: null });
  });

  it('locks for twice as long at each further failure after a lock', async () => {
    const { signIn } = stores();
    const luc = await account('agent', 'luc@example.org');
    for (let i = 0; i < 5; i++) await signIn.signIn('luc@example.org', WRONG, NOW);
    expect((await failedLogins(luc.id)).locked_until).toBe(at(15).toISOString());
    expect(codeOf(await signIn.signIn('luc@example.org', WRONG, at(15)))).toBe('auth.invalid_credentials');
    expect(await failedLogins(luc.id)).toEqual({ failed_logins: 6, locked_until: at(15 + 30).toISOString() });
    expect(codeOf(await signIn.signIn('luc@example.org', WRONG, at(45)))).toBe('auth.invalid_credentials');
    expect(await failedLogins(luc.id)).toEqual({ failed_logins: 7, locked_until: at(45 + 60).toISOString() });
  });

  it('checks at most 5 of many simultaneous wrong attempts before the lock applies', async () => {
    const { signIn } = stores();
    const luc = await account('agent', 'luc@example.org');
    const results = await Promise.all(
      Array.from({ length: 10 }, () => signIn.signIn('luc@example.org', WRONG, NOW).then(codeOf)),
    );
    expect(results.filter((code) => code === 'auth.invalid_credentials')).toHaveLength(5);
    expect(results.filter((code) => code === 'auth.locked')).toHaveLength(5);
    expect((await failedLogins(luc.id)).failed_logins).toBe(5);
  });

  it('accepts a TOTP code once: the same code replayed is refused', async () => {
    const { signIn } = stores();
    const { owner, secret } = await ownerWithTotp();
    const code = codeAt(secret, NOW);
    const passed = await signIn.verifySecondFactor(owner.id, { code }, NOW);
    expect(passed).toMatchObject({ ok: true, method: 'totp', recoveryCodesLeft: 10, user: { id: owner.id } });
    const replayed = await signIn.verifySecondFactor(owner.id, { code }, new Date(NOW.getTime() + 5000));
    expect(codeOf(replayed)).toBe('auth.code_reused');
    // The previous step's code is older than the one used: refused as well.
    expect(codeOf(await signIn.verifySecondFactor(owner.id, { code: codeAt(secret, at(-0.5)) }, NOW))).toBe(
      'auth.code_reused',
    );
    // The next window's code is new, and passes.
    expect((await signIn.verifySecondFactor(owner.id, { code: codeAt(secret, at(0.5)) }, at(0.5))).ok).toBe(true);
  });

  it('refuses a replay racing the original request: only one of them passes', async () => {
    const { signIn } = stores();
    const { owner, secret } = await ownerWithTotp();
    const code = codeAt(secret, NOW);
    const results = await Promise.all(
      [0, 1, 2].map(() => signIn.verifySecondFactor(owner.id, { code }, NOW).then(codeOf)),
    );
    expect(results.filter((r) => r === 'ok')).toHaveLength(1);
    expect(results.filter((r) => r === 'auth.code_reused')).toHaveLength(2);
  });

  it('accepts each recovery code once, however it is typed', async () => {
    const { signIn } = stores();
    const { owner, recoveryCodes } = await ownerWithTotp();
    const [first = '', second = ''] = recoveryCodes;
    expect(
      await signIn.verifySecondFactor(owner.id, { recoveryCode: first.toUpperCase().replaceAll('-', ' ') }, NOW),
    ).toMatchObject({
      ok: true,
      method: 'recovery_code',
      recoveryCodesLeft: 9,
    });
    expect(codeOf(await signIn.verifySecondFactor(owner.id, { recoveryCode: first }, NOW))).toBe('auth.invalid_code');
    expect(await signIn.verifySecondFactor(owner.id, { recoveryCode: second }, NOW)).toMatchObject({
      ok: true,
      recoveryCodesLeft: 8,
    });
  });

  it('counts wrong codes toward the lock-out, and re-entering the password does not clear them', async () => {
    const { signIn } = stores();
    const { owner, secret } = await ownerWithTotp();
    const wrong = String((Number(codeAt(secret, NOW)) + 500_000) % 1_000_000).padStart(6, '0');
    for (let i = 0; i < 3; i++) {
      expect(codeOf(await signIn.verifySecondFactor(owner.id, { code: wrong }, NOW))).toBe('auth.invalid_code');
    }
    expect(codeOf(await signIn.verifySecondFactor(owner.id, { recoveryCode: 'aaaa-bbbb-cccc' }, NOW))).toBe(
      'auth.invalid_code',
    );
    // The password is right, but a code is still to come: the four failures stay counted.
    expect(await signIn.signIn('marie@example.org', PASSWORD, NOW)).toMatchObject({ ok: true, stage: 'totp' });
    expect(await failedLogins(owner.id)).toEqual({ failed_logins: 4, locked_until: null });
    expect(codeOf(await signIn.verifySecondFactor(owner.id, { code: wrong }, NOW))).toBe('auth.invalid_code');
    expect(await signIn.verifySecondFactor(owner.id, { code: codeAt(secret, NOW) }, at(1))).toMatchObject({
      ok: false,
      error: { code: 'auth.locked', detail: { lockedUntil: at(15).toISOString() } },
    });
    expect(codeOf(await signIn.signIn('marie@example.org', PASSWORD, at(1)))).toBe('auth.locked');
    // After the lock, the right code completes the sign-in and clears the count.
    expect((await signIn.verifySecondFactor(owner.id, { code: codeAt(secret, at(15)) }, at(15))).ok).toBe(true);
    expect(await failedLogins(owner.id)).toEqual({ failed_logins: 0, locked_until: null });
  });

  it('refuses the second step to accounts without TOTP, and to disabled ones', async () => {
    const { signIn, users } = stores();
    const { owner } = await ownerWithTotp();
    const luc = await account('agent', 'luc@example.org');
    expect(codeOf(await signIn.verifySecondFactor(luc.id, { code: '123456' }, NOW))).toBe('auth.totp_not_enabled');
    await users.setDisabled(luc.id, true, NOW);
    expect(codeOf(await signIn.verifySecondFactor(luc.id, { code: '123456' }, NOW))).toBe('auth.disabled');
    expect(
      codeOf(await signIn.verifySecondFactor('00000000-0000-4000-8000-000000000000', { code: '123456' }, NOW)),
    ).toBe('auth.invalid_credentials');
    expect((await failedLogins(owner.id)).failed_logins).toBe(0);
  });

  it('re-hashes a password stored with older parameters when it is next typed', async () => {
    const { signIn, store } = stores();
    const luc = await account('agent', 'luc@example.org');
    const older = await hash(PASSWORD, { algorithm: 2, memoryCost: 4096, timeCost: 1, parallelism: 1 });
    await store.db.updateTable('users').set({ password_hash: older }).where('id', '=', luc.id).execute();
    expect((await signIn.signIn('luc@example.org', PASSWORD, NOW)).ok).toBe(true);
    const row = await store.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', luc.id)
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect((await signIn.signIn('luc@example.org', PASSWORD, NOW)).ok).toBe(true);
  });
});
