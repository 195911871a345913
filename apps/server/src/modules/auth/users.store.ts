import { randomUUID } from 'node:crypto';
import { type Kysely, type SqlBool, sql } from 'kysely';
import { createBlindIndex, normaliseEmail } from '../../crypto/blind-index.js';
import type { FieldCipher } from '../../crypto/field-cipher.js';
import type { Keyring } from '../../crypto/keyring.js';
import type { Database } from '../../db/schema.js';
import { storeErrorCode } from '../../db/store.errors.js';
import { AuthError } from './auth.errors.js';
import { base32Decode, base32Encode } from './base32.js';
import { type NewUser, newUserIssues } from './new-user.js';
import { hashPassword } from './password.js';
import { replaceRecoveryCodes } from './recovery-codes.store.js';
import { generateTotpSecret, otpauthUri, totpQrSvg, verifyTotp } from './totp.js';
import { isRole, type Role, type UserView, userField, userViewOf } from './user-view.js';

interface UsersStoreOptions {
  readonly db: Kysely<Database>;
  readonly cipher: FieldCipher;
  readonly keyring: Pick<Keyring, 'indexKey'>;
  /** The name authenticator apps show above the code. */
  readonly totpIssuer?: string;
}

/** What enrolment hands to the user once: the secret for manual entry, and the same as a URI and a QR code. */
interface TotpEnrolment {
  /** Base32, as authenticator apps ask for it when typed by hand. */
  readonly secret: string;
  readonly otpauthUri: string;
  readonly qrSvg: string;
}

/** A user with what only sign-in may see. */
interface UserAccount {
  readonly user: UserView;
  readonly passwordHash: string;
}

const DEFAULT_TOTP_ISSUER = 'Vigie';

/** True for a row that is not an owner, or an owner who is not the last enabled one. */
function notLastOwner(userId: string) {
  return sql<SqlBool>`(role <> 'owner' or (select count(*) from users as others
    where others.role = 'owner' and others.disabled_at is null and others.id <> ${userId}) > 0)`;
}

/**
 * Staff accounts in the store. Email, display name and TOTP secret are encrypted field by field, bound to their
 * row; the email is found through its blind index. Look-ups return undefined for an unknown id; commands throw an
 * AuthError (`auth.user_not_found`, `auth.email_taken`…).
 */
export function createUsersStore(options: UsersStoreOptions) {
  const { db, cipher } = options;
  const emailIndex = createBlindIndex({ keyring: options.keyring, purpose: 'users.email', normalise: normaliseEmail });
  const issuer = options.totpIssuer ?? DEFAULT_TOTP_ISSUER;

  const byId = (userId: string) => db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();

  async function accountByEmail(email: string): Promise<UserAccount | undefined> {
    const row = await db
      .selectFrom('users')
      .selectAll()
      .where('email_blind_index', '=', emailIndex(email))
      .executeTakeFirst();
    return row === undefined ? undefined : { user: userViewOf(row, cipher), passwordHash: row.password_hash };
  }

  async function existing(userId: string) {
    const row = await byId(userId);
    if (row === undefined) throw new AuthError('auth.user_not_found');
    return row;
  }

  /** After an UPDATE guarded by the last-owner rule changed nothing: which of the two reasons applies. */
  async function refusedChange(userId: string): Promise<never> {
    await existing(userId);
    throw new AuthError('auth.last_owner');
  }

  return {
    /** Validates, hashes the password (argon2id), encrypts the personal fields, and stores the account. */
    async createUser(input: NewUser, now = new Date()): Promise<UserView> {
      const fields = newUserIssues(input);
      if (fields.length > 0 || !isRole(input.role)) throw new AuthError('auth.invalid_user', { fields });
      const id = randomUUID();
      const email = input.email.trim();
      const at = now.toISOString();
      const row = {
        id,
        email_blind_index: emailIndex(email),
        email_encrypted: cipher.encrypt(email, userField('email_encrypted', id)),
        display_name_encrypted: cipher.encrypt(input.displayName.trim(), userField('display_name_encrypted', id)),
        password_hash: await hashPassword(input.password),
        role: input.role,
        totp_secret_encrypted: null,
        totp_enabled_at: null,
        totp_last_step: null,
        failed_logins: 0,
        locked_until: null,
        disabled_at: null,
        created_at: at,
        updated_at: at,
      };
      try {
        await db.insertInto('users').values(row).execute();
      } catch (error) {
        // The blind index is unique: the store, not a prior SELECT, decides between two concurrent creations.
        if (storeErrorCode(error) === 'store.unique_violation') throw new AuthError('auth.email_taken');
        throw error;
      }
      return userViewOf(row, cipher);
    },

    async findUserByEmail(email: string): Promise<UserView | undefined> {
      return (await accountByEmail(email))?.user;
    },

    async getUser(userId: string): Promise<UserView | undefined> {
      const row = await byId(userId);
      return row === undefined ? undefined : userViewOf(row, cipher);
    },

    /** Every account, oldest first. */
    async listUsers(): Promise<UserView[]> {
      const rows = await db.selectFrom('users').selectAll().orderBy('created_at').orderBy('id').execute();
      return rows.map((row) => userViewOf(row, cipher));
    },

    async countUsers(): Promise<number> {
      const row = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number | string>().as('count'))
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    /**
     * Refused with `auth.last_owner` when it would demote the last enabled owner. The role is the caller's to
     * validate (the table's CHECK constraint refuses anything else).
     */
    async setRole(userId: string, role: Role, now = new Date()): Promise<UserView> {
      let update = db.updateTable('users').set({ role, updated_at: now.toISOString() }).where('id', '=', userId);
      if (role !== 'owner') update = update.where(notLastOwner(userId));
      const row = await update.returningAll().executeTakeFirst();
      return row === undefined ? refusedChange(userId) : userViewOf(row, cipher);
    },

    /**
     * A disabled account cannot sign in and its sessions stop resolving at once (sessions.store.ts checks the user
     * on every request). Disabling the last enabled owner is refused with `auth.last_owner`.
     */
    async setDisabled(userId: string, disabled: boolean, now = new Date()): Promise<UserView> {
      const at = now.toISOString();
      let update = db
        .updateTable('users')
        .set({ disabled_at: disabled ? at : null, updated_at: at })
        .where('id', '=', userId);
      if (disabled) update = update.where(notLastOwner(userId));
      const row = await update.returningAll().executeTakeFirst();
      return row === undefined ? refusedChange(userId) : userViewOf(row, cipher);
    },

    /**
     * Draws a new secret and keeps it, encrypted, as pending (totp_enabled_at stays null) until a code from it is
     * confirmed. Beginning again replaces a pending secret. Refused once TOTP is enabled: replacing a working
     * authenticator this way would switch two-factor off until the new one is confirmed.
     */
    async beginTotpEnrolment(userId: string, now = new Date()): Promise<TotpEnrolment> {
      const row = await existing(userId);
      if (row.totp_enabled_at !== null) throw new AuthError('auth.totp_already_enabled');
      const raw = generateTotpSecret();
      const secret = base32Encode(raw);
      const updated = await db
        .updateTable('users')
        .set({
          totp_secret_encrypted: cipher.encrypt(secret, userField('totp_secret_encrypted', userId)),
          totp_last_step: null,
          updated_at: now.toISOString(),
        })
        .where('id', '=', userId)
        .where('totp_enabled_at', 'is', null)
        .executeTakeFirst();
      if (updated.numUpdatedRows === 0n) throw new AuthError('auth.totp_already_enabled');
      const email = cipher.decrypt(row.email_encrypted, userField('email_encrypted', userId));
      const uri = otpauthUri(issuer, email, raw);
      return { secret, otpauthUri: uri, qrSvg: await totpQrSvg(uri) };
    },

    /**
     * Enables TOTP once the user proves a code from the pending secret, and returns their first recovery codes.
     * The code's step is recorded, so the same code cannot then be used to sign in. The caller marks the
     * session as past its second factor.
     */
    async confirmTotpEnrolment(
      userId: string,
      code: string,
      now = new Date(),
    ): Promise<{ user: UserView; recoveryCodes: string[] }> {
      const row = await existing(userId);
      if (row.totp_enabled_at !== null) throw new AuthError('auth.totp_already_enabled');
      const pending = row.totp_secret_encrypted;
      if (pending === null) throw new AuthError('auth.totp_not_pending');
      const secret = base32Decode(cipher.decrypt(pending, userField('totp_secret_encrypted', userId)));
      if (secret === undefined) throw new AuthError('auth.totp_not_pending');
      const check = verifyTotp(secret, code, now);
      if (!check.ok) throw new AuthError('auth.invalid_code');
      const at = now.toISOString();
      return db.transaction().execute(async (trx) => {
        // Compare-and-swap on the pending secret: an enrolment begun again meanwhile (another tab) has replaced
        // it, and the code just checked belongs to a secret that no longer exists.
        const enabled = await trx
          .updateTable('users')
          .set({ totp_enabled_at: at, totp_last_step: check.step, updated_at: at })
          .where('id', '=', userId)
          .where('totp_enabled_at', 'is', null)
          .where('totp_secret_encrypted', '=', pending)
          .returningAll()
          .executeTakeFirst();
        if (enabled === undefined) throw new AuthError('auth.totp_not_pending');
        const recoveryCodes = await replaceRecoveryCodes(trx, userId);
        return { user: userViewOf(enabled, cipher), recoveryCodes };
      });
    },

    /** A fresh set of recovery codes; every earlier code stops working. */
    async regenerateRecoveryCodes(userId: string): Promise<string[]> {
      const row = await existing(userId);
      if (row.totp_enabled_at === null) throw new AuthError('auth.totp_not_enabled');
      return db.transaction().execute((trx) => replaceRecoveryCodes(trx, userId));
    },

    // What sign-in (sign-in.ts) needs beyond the view. Not for routes: these expose hashes and secrets.

    accountByEmail,

    async account(userId: string): Promise<UserAccount | undefined> {
      const row = await byId(userId);
      return row === undefined ? undefined : { user: userViewOf(row, cipher), passwordHash: row.password_hash };
    },

    /** The enabled TOTP secret and the last step accepted; undefined while TOTP is not enabled. */
    async enabledTotp(userId: string): Promise<{ secret: Buffer; lastStep: number | null } | undefined> {
      const row = await db
        .selectFrom('users')
        .select(['totp_secret_encrypted', 'totp_enabled_at', 'totp_last_step'])
        .where('id', '=', userId)
        .executeTakeFirst();
      if (row === undefined || row.totp_enabled_at === null || row.totp_secret_encrypted === null) return undefined;
      const secret = base32Decode(
        cipher.decrypt(row.totp_secret_encrypted, userField('totp_secret_encrypted', userId)),
      );
      return secret === undefined ? undefined : { secret, lastStep: row.totp_last_step };
    },

    /**
     * Records the step of an accepted code, only if it is later than the last one: false when another request
     * used this step (or a later one) first, which makes the code a replay.
     */
    async acceptTotpStep(userId: string, step: number): Promise<boolean> {
      const result = await db
        .updateTable('users')
        .set({ totp_last_step: step })
        .where('id', '=', userId)
        .where('totp_enabled_at', 'is not', null)
        .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    /** Swaps in a hash made with today's parameters, unless the password changed meanwhile. */
    async replacePasswordHash(userId: string, previous: string, next: string, now = new Date()): Promise<void> {
      await db
        .updateTable('users')
        .set({ password_hash: next, updated_at: now.toISOString() })
        .where('id', '=', userId)
        .where('password_hash', '=', previous)
        .execute();
    },
  };
}

export type UsersStore = ReturnType<typeof createUsersStore>;
