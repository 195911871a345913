import { hkdfSync, type KeyObject } from 'node:crypto';

/**
 * HKDF-SHA-256 (RFC 5869) with an empty salt: every input key here is already uniformly random (a master key or
 * a generated key), so the extract step needs no salt; the label in `info` is what separates the derived keys.
 */
export function deriveKey(inputKey: KeyObject | Uint8Array, label: string, bytes: number): Buffer {
  return Buffer.from(hkdfSync('sha256', inputKey, new Uint8Array(0), label, bytes));
}
