import { type Algorithm, hash, type Options, parseOptions, verify } from '@node-rs/argon2';
import type { Localized } from '@vigie/core';
import { normaliseEmail } from '../../crypto/blind-index.js';

/** `Algorithm.Argon2id`: the package's enum is a `const enum`, which isolated modules cannot read at run time. */
const ARGON2ID = 2 as Algorithm;

/**
 * OWASP Password Storage Cheat Sheet (2024), first argon2id line: 19 MiB of memory, 2 passes, 1 lane. Of its
 * equivalent settings this one spends the least CPU per login for the same resistance, which matters on a small
 * server with 2 cores where a burst of logins (or an attacker's) must not starve the API; its 19 MiB per hash also
 * makes GPU cracking of a stolen table costly. Changing these values makes needsRehash() true for older hashes,
 * and sign-in re-hashes them when the password is next typed.
 */
const PASSWORD_HASH_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const satisfies Options;

/**
 * A hash of a random password under the current parameters. Sign-in verifies an unknown email's password against
 * it, so that an unknown account costs the same argon2 work as a known one and timing does not tell them apart.
 * A test keeps it in step with PASSWORD_HASH_OPTIONS.
 */
export const DUMMY_PASSWORD_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$ZWNAu95Otc6Aaa4vnjOc8A$nmJSZQYUY4HyHBWGgV2HzxyD5DvJ89ODTdWUaauvKXo';

/**
 * NFC first: the same password typed on two systems may reach us composed (« é ») or decomposed (« e » + accent),
 * and must hash alike (NIST SP 800-63B asks for normalisation of Unicode passwords).
 */
function prepared(password: string): string {
  return password.normalize('NFC');
}

export function hashPassword(password: string): Promise<string> {
  return hash(prepared(password), PASSWORD_HASH_OPTIONS);
}

/** False, never an exception, for a wrong password or a hash that cannot be read. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, prepared(password));
  } catch {
    return false;
  }
}

/** True when the hash was made with other parameters than today's (or cannot be read): re-hash at next sign-in. */
export function needsRehash(passwordHash: string): boolean {
  try {
    const used = parseOptions(passwordHash);
    return (
      used.algorithm !== PASSWORD_HASH_OPTIONS.algorithm ||
      used.memoryCost !== PASSWORD_HASH_OPTIONS.memoryCost ||
      used.timeCost !== PASSWORD_HASH_OPTIONS.timeCost ||
      used.parallelism !== PASSWORD_HASH_OPTIONS.parallelism
    );
  } catch {
    return true;
  }
}

/**
 * 12 characters at least (staff accounts open health data; NIST SP 800-63B asks for 8 at the very least and
 * length is what makes a password hard to guess). 256 at most: long enough for any passphrase or password
 * manager, short enough that a request cannot make us hash megabytes. Counted in characters as a person counts
 * them (Unicode code points), not UTF-16 units.
 */
const PASSWORD_MIN_LENGTH = 12;
const PASSWORD_MAX_LENGTH = 256;

type PasswordPolicyCode =
  | 'auth.password_too_short'
  | 'auth.password_too_long'
  | 'auth.password_single_character'
  | 'auth.password_is_email';

export const PASSWORD_POLICY_TEXT: Readonly<Record<PasswordPolicyCode, Localized>> = {
  'auth.password_too_short': {
    fr: `Le mot de passe doit compter au moins ${PASSWORD_MIN_LENGTH} caractères.`,
    en: `The password must be at least ${PASSWORD_MIN_LENGTH} characters long.`,
  },
  'auth.password_too_long': {
    fr: `Le mot de passe doit compter au plus ${PASSWORD_MAX_LENGTH} caractères.`,
    en: `The password must be at most ${PASSWORD_MAX_LENGTH} characters long.`,
  },
  'auth.password_single_character': {
    fr: 'Le mot de passe ne peut pas répéter un seul et même caractère.',
    en: 'The password cannot be one character repeated.',
  },
  'auth.password_is_email': {
    fr: 'Le mot de passe ne peut pas être l’adresse courriel du compte.',
    en: 'The password cannot be the account’s email address.',
  },
};

/**
 * What is wrong with a new password, as stable codes (empty when it is acceptable). No composition rules
 * (a digit, a symbol…): NIST SP 800-63B advises against them, since they push people to predictable patterns.
 */
export function passwordPolicyIssues(password: string, context: { readonly email: string }): PasswordPolicyCode[] {
  const characters = Array.from(prepared(password));
  const issues: PasswordPolicyCode[] = [];
  if (characters.length < PASSWORD_MIN_LENGTH) issues.push('auth.password_too_short');
  if (characters.length > PASSWORD_MAX_LENGTH) issues.push('auth.password_too_long');
  if (characters.length > 0 && new Set(characters).size === 1) issues.push('auth.password_single_character');
  if (normaliseEmail(password) === normaliseEmail(context.email)) issues.push('auth.password_is_email');
  return issues;
}
