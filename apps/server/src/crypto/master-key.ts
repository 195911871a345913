import { createSecretKey, type KeyObject, randomBytes } from 'node:crypto';
import { CryptoError } from './crypto.errors.js';
import { deriveKey } from './key-derivation.js';

/** AES-256: the master key is a 256-bit key. */
const MASTER_KEY_BYTES = 32;
/** 64 bits name a master key in key records: enough to tell a handful of keys apart, and says nothing about it. */
const MASTER_KEY_ID_BYTES = 8;
const WRAPPING_KEY_BYTES = 32;

/**
 * A master key as the keyring uses it. The raw bytes are not kept: only a fingerprint (to know which master key
 * wrapped a record) and the key-wrapping key derived from it (key separation: the raw key is never used twice).
 */
export interface MasterKey {
  readonly id: string;
  readonly wrappingKey: KeyObject;
}

/** Reads the master key from config: exactly 32 bytes of standard base64, surrounding whitespace ignored. */
export function parseMasterKey(base64: string): MasterKey {
  const text = base64.trim();
  const bytes = Buffer.from(text, 'base64');
  // Buffer.from skips characters that are not base64; the round trip refuses them instead.
  const wellFormed = bytes.length === MASTER_KEY_BYTES && bytes.toString('base64') === text;
  // A key of one repeated byte (all zeros, all 0xff) is a placeholder someone forgot to replace.
  const placeholder = bytes.every((byte) => byte === bytes[0]);
  if (!wellFormed || placeholder) {
    bytes.fill(0);
    throw new CryptoError('crypto.invalid_master_key');
  }
  const key: MasterKey = {
    id: deriveKey(bytes, 'vigie/master-key/id/v1', MASTER_KEY_ID_BYTES).toString('hex'),
    wrappingKey: createSecretKey(deriveKey(bytes, 'vigie/master-key/wrapping/v1', WRAPPING_KEY_BYTES)),
  };
  bytes.fill(0);
  return key;
}

/** A new random master key in the form config expects (what `vigie keys generate` prints). */
export function generateMasterKey(): string {
  return randomBytes(MASTER_KEY_BYTES).toString('base64');
}
