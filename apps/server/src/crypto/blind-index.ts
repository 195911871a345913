import { createHmac } from 'node:crypto';
import { deriveKey } from './key-derivation.js';
import type { Keyring } from './keyring.js';

/**
 * 128 bits of HMAC-SHA-256 are kept: the index is for exact lookups of near-unique values (emails), where a false
 * match must never happen in practice (a billion values collide with probability about 1e-21), and the full
 * 256 bits would only make the column wider.
 */
const BLIND_INDEX_BYTES = 16;
const DERIVED_KEY_BYTES = 32;
/** A purpose is part of the key label: lower-case words with dots, such as `requester.email`. */
const PURPOSE_PATTERN = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;

/** What makes two spellings of the same value the same before it is indexed. */
type Normaliser = (value: string) => string;

/**
 * Emails: surrounding spaces dropped, lower-cased, then Unicode NFC (so « é » typed as one code point or as « e »
 * plus an accent is one value). Lower-casing the local part is not what RFC 5321 says, but no mail provider in
 * use treats `Marie@` and `marie@` as two people, and a requester must be found however they typed it.
 * `toLowerCase` is locale-independent, unlike `toLocaleLowerCase`; NFC is applied last so the result is NFC.
 */
export const normaliseEmail: Normaliser = (value) => value.trim().toLowerCase().normalize('NFC');

/**
 * A keyed blind index for equality lookups on an encrypted column: the store keeps `index(value)` beside the
 * ciphertext and searches with `WHERE email_index = index(input)`. Each purpose gets its own key (HKDF of the
 * index key with the purpose as label), so indexes of two columns cannot be joined unless they share a purpose
 * on purpose. Without the key, the index cannot be recomputed from a guessed value, unlike a plain hash.
 */
export function createBlindIndex(deps: {
  keyring: Pick<Keyring, 'indexKey'>;
  purpose: string;
  normalise: Normaliser;
}): (value: string) => string {
  if (!PURPOSE_PATTERN.test(deps.purpose)) {
    // A programming error (purposes are constants in the code), so a plain Error rather than a stable code.
    throw new Error(`Blind index purpose must be lower-case words joined by dots: ${deps.purpose}`);
  }
  const key = deriveKey(deps.keyring.indexKey, `vigie/blind-index/v1/${deps.purpose}`, DERIVED_KEY_BYTES);
  const { normalise } = deps;
  return (value) =>
    createHmac('sha256', key)
      .update(normalise(value), 'utf8')
      .digest()
      .subarray(0, BLIND_INDEX_BYTES)
      .toString('base64url');
}
