import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { AuthError, type AuthErrorCode } from './auth.errors.js';
import { createLoginAttempts } from './login-attempts.store.js';
import { DUMMY_PASSWORD_HASH, hashPassword, needsRehash, verifyPassword } from './password.js';
import { recoveryCodesLeft, useRecoveryCode } from './recovery-codes.store.js';
import { type SignInStage, signInStage } from './stage.js';
import { verifyTotp } from './totp.js';
import type { UserView } from './user-view.js';
import type { UsersStore } from './users.store.js';

type Failure = { readonly ok: false; readonly error: AuthError };

type SignInResult = { readonly ok: true; readonly user: UserView; readonly stage: SignInStage } | Failure;

/** A six-digit code from the authenticator app, or one of the printed recovery codes. */
type SecondFactorProof = { readonly code: string } | { readonly recoveryCode: string };

type SecondFactorResult =
  | {
      readonly ok: true;
      readonly user: UserView;
      readonly method: 'totp' | 'recovery_code';
      /** Unused recovery codes left: the console urges a new set when few remain. */
      readonly recoveryCodesLeft: number;
    }
  | Failure;

function failure(code: AuthErrorCode): Failure {
  return { ok: false, error: new AuthError(code) };
}

function locked(lockedUntil: string): Failure {
  return { ok: false, error: new AuthError('auth.locked', { lockedUntil }) };
}

function isLocked(lockedUntil: string | null, now: Date): lockedUntil is string {
  return lockedUntil !== null && Date.parse(lockedUntil) > now.getTime();
}

/**
 * Staff sign-in: the password step, then the second factor where the account has one. It decides and counts;
 * the routes create the session (secondFactorPassed when the stage is `complete`) and mark it after the second
 * factor. Failures of both steps feed one lock-out counter (lockout.ts).
 */
export function createSignIn(deps: { readonly db: Kysely<Database>; readonly users: UsersStore }) {
  const { db, users } = deps;
  const attempts = createLoginAttempts(db);

  return {
    /**
     * `auth.invalid_credentials` for an unknown email, a wrong password and a disabled account alike, each after
     * one argon2 verification, so neither the answer nor its timing tells which. `auth.locked` does reveal that
     * the account exists, to whoever caused five failures on it: the price of telling a locked-out colleague why.
     */
    async signIn(email: string, password: string, now = new Date()): Promise<SignInResult> {
      const account = await users.accountByEmail(email);
      if (account === undefined) {
        await verifyPassword(DUMMY_PASSWORD_HASH, password);
        return failure('auth.invalid_credentials');
      }
      const { user, passwordHash } = account;
      if (user.disabled) {
        await verifyPassword(passwordHash, password);
        return failure('auth.invalid_credentials');
      }
      // Locked: refused before any argon2 work, so an attacker hammering a locked account costs us nothing.
      if (isLocked(user.lockedUntil, now)) return locked(user.lockedUntil);
      const reserved = await attempts.reserve(user.id, now);
      if (!reserved.ok) return locked(reserved.lockedUntil);
      if (!(await verifyPassword(passwordHash, password))) return failure('auth.invalid_credentials');

      if (needsRehash(passwordHash)) {
        await users.replacePasswordHash(user.id, passwordHash, await hashPassword(password), now);
      }
      const stage = signInStage(user, false);
      // With a code still to come, the password alone does not clear earlier failures: otherwise re-entering a
      // stolen password would buy fresh guesses at the code every fifth try.
      if (stage === 'totp') await attempts.refund(user.id);
      else await attempts.reset(user.id);
      return { ok: true, user: { ...user, lockedUntil: null }, stage };
    },

    /**
     * The second step, for a session at stage `totp`. A code is accepted once (its RFC 6238 step is recorded and
     * any step up to it refused); a recovery code once ever. Wrong and replayed codes count toward the lock-out.
     */
    async verifySecondFactor(userId: string, proof: SecondFactorProof, now = new Date()): Promise<SecondFactorResult> {
      const account = await users.account(userId);
      if (account === undefined) return failure('auth.invalid_credentials');
      const { user } = account;
      if (user.disabled) return failure('auth.disabled');
      const totp = await users.enabledTotp(userId);
      if (totp === undefined) return failure('auth.totp_not_enabled');
      if (isLocked(user.lockedUntil, now)) return locked(user.lockedUntil);
      const reserved = await attempts.reserve(userId, now);
      if (!reserved.ok) return locked(reserved.lockedUntil);

      let method: 'totp' | 'recovery_code';
      if ('code' in proof) {
        const check = verifyTotp(totp.secret, proof.code, now, totp.lastStep);
        if (!check.ok) return failure(check.reason === 'replayed' ? 'auth.code_reused' : 'auth.invalid_code');
        // Recorded with a conditional UPDATE: of two requests racing with one code, only one passes.
        if (!(await users.acceptTotpStep(userId, check.step))) return failure('auth.code_reused');
        method = 'totp';
      } else {
        if (!(await useRecoveryCode(db, userId, proof.recoveryCode, now))) return failure('auth.invalid_code');
        method = 'recovery_code';
      }
      await attempts.reset(userId);
      return {
        ok: true,
        user: { ...user, lockedUntil: null },
        method,
        recoveryCodesLeft: await recoveryCodesLeft(db, userId),
      };
    },
  };
}
