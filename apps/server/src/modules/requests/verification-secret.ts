import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { deriveKey } from '../../crypto/key-derivation.js';
import type { Keyring } from '../../crypto/keyring.js';

const CODE_DIGITS = 6;
const TOKEN_BYTES = 32;
const KEY_BYTES = 32;
/** Crockford's base32 without I, L, O, U: references are read aloud on the phone and typed by hand. */
const REFERENCE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const REFERENCE_GROUPS = 3;
const REFERENCE_GROUP_LENGTH = 4;

/** The emailed secrets of one identity check, in clear: they exist only in the email and in this object. */
interface VerificationSecrets {
  readonly code: string;
  readonly token: string;
}

export function newVerificationSecrets(): VerificationSecrets {
  return {
    code: String(randomInt(0, 10 ** CODE_DIGITS)).padStart(CODE_DIGITS, '0'),
    token: randomBytes(TOKEN_BYTES).toString('base64url'),
  };
}

/** A request reference such as `R-7KQ2-M9XD-3FAB`: 60 random bits, so references cannot be guessed in turn. */
export function newReference(): string {
  const groups: string[] = [];
  for (let g = 0; g < REFERENCE_GROUPS; g += 1) {
    let group = '';
    for (let i = 0; i < REFERENCE_GROUP_LENGTH; i += 1) group += REFERENCE_ALPHABET[randomInt(0, 32)];
    groups.push(group);
  }
  return `R-${groups.join('-')}`;
}

/** How people may type a reference back: any case, spaces around. */
export function normaliseReference(text: string): string {
  return text.trim().toUpperCase();
}

/**
 * Keyed hashes of codes and tokens, bound to the request. A six-digit code has a million values: a plain hash in a
 * copy of the store would be reversed in a second, a keyed one cannot be without the index key.
 */
export function createVerificationHasher(keyring: Pick<Keyring, 'indexKey'>) {
  const key = deriveKey(keyring.indexKey, 'vigie/requests/verification/v1', KEY_BYTES);
  const hash = (kind: 'code' | 'token', requestId: string, secret: string) =>
    createHmac('sha256', key).update(`${kind}\u0000${requestId}\u0000${secret}`, 'utf8').digest('base64url');
  return {
    hash,
    /** Constant-time: the comparison takes as long whichever byte differs. */
    matches(kind: 'code' | 'token', requestId: string, secret: string, stored: string): boolean {
      const expected = Buffer.from(stored, 'utf8');
      const actual = Buffer.from(hash(kind, requestId, secret), 'utf8');
      return expected.length === actual.length && timingSafeEqual(expected, actual);
    },
  };
}

export type VerificationHasher = ReturnType<typeof createVerificationHasher>;
