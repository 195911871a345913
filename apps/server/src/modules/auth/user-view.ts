import type { FieldCipher, FieldLocation } from '../../crypto/field-cipher.js';
import type { UsersTable } from '../../db/schema.js';

export type Role = UsersTable['role'];

/** Every role, checked by the compiler against the schema's: adding a role there fails here until listed. */
const ROLE_NAMES: Readonly<Record<Role, true>> = {
  owner: true,
  admin: true,
  privacy_officer: true,
  agent: true,
  auditor: true,
};

export function isRole(value: string): value is Role {
  return Object.hasOwn(ROLE_NAMES, value);
}

/** A staff account as the API shows it: decrypted, without its secrets. */
export interface UserView {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly totpEnabled: boolean;
  readonly disabled: boolean;
  /** The end of the last lock-out, ISO 8601; the account is locked only while this is in the future. */
  readonly lockedUntil: string | null;
  readonly createdAt: string;
}

type EncryptedUserColumn = 'email_encrypted' | 'display_name_encrypted' | 'totp_secret_encrypted';

/** Where an encrypted field of a user lives: the ciphertext is bound to it (crypto/field-cipher.ts). */
export function userField(column: EncryptedUserColumn, userId: string): FieldLocation {
  return { table: 'users', column, rowId: userId };
}

/** The columns a view is made of, for queries that join users to something else. */
export const USER_VIEW_COLUMNS = [
  'users.id',
  'users.email_encrypted',
  'users.display_name_encrypted',
  'users.role',
  'users.totp_enabled_at',
  'users.disabled_at',
  'users.locked_until',
  'users.created_at',
] as const;

type UserViewRow = Pick<
  UsersTable,
  | 'id'
  | 'email_encrypted'
  | 'display_name_encrypted'
  | 'role'
  | 'totp_enabled_at'
  | 'disabled_at'
  | 'locked_until'
  | 'created_at'
>;

export function userViewOf(row: UserViewRow, cipher: Pick<FieldCipher, 'decrypt'>): UserView {
  return {
    id: row.id,
    email: cipher.decrypt(row.email_encrypted, userField('email_encrypted', row.id)),
    // Every account this module creates has a name; a null column (written by hand) reads as empty.
    displayName:
      row.display_name_encrypted === null
        ? ''
        : cipher.decrypt(row.display_name_encrypted, userField('display_name_encrypted', row.id)),
    role: row.role,
    totpEnabled: row.totp_enabled_at !== null,
    disabled: row.disabled_at !== null,
    lockedUntil: row.locked_until,
    createdAt: row.created_at,
  };
}
