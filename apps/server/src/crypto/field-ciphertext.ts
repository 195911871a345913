import { IV_BYTES, type Sealed, TAG_BYTES } from './aes-gcm.js';
import { KEY_ID_BYTES } from './key-records.js';

/**
 * The stored form of an encrypted field, self-describing so that the format and the key can change later:
 *
 *   version (1 byte) | data key id (4) | IV (12) | tag (16) | encrypted UTF-8 (n)
 *
 * written as unpadded base64url, which any TEXT column holds as is. The header (version and key id) is part of
 * the associated data, so it cannot be edited without breaking the tag.
 */
const FORMAT_VERSION = 1;
const HEADER_BYTES = 1 + KEY_ID_BYTES;
const MIN_BYTES = HEADER_BYTES + IV_BYTES + TAG_BYTES;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

interface FieldCiphertext extends Sealed {
  readonly header: Buffer;
  readonly keyId: string;
}

export function fieldHeader(keyId: string): Buffer {
  return Buffer.concat([Buffer.of(FORMAT_VERSION), Buffer.from(keyId, 'hex')]);
}

export function encodeFieldCiphertext(header: Buffer, sealed: Sealed): string {
  return Buffer.concat([header, sealed.iv, sealed.tag, sealed.data]).toString('base64url');
}

/** The parts of a stored ciphertext, or undefined when it is not one of ours (any version this code can read). */
export function decodeFieldCiphertext(text: string): FieldCiphertext | undefined {
  // Buffer.from silently skips characters outside the alphabet; a stored value with any is not ours.
  if (!BASE64URL.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64url');
  if (bytes.length < MIN_BYTES || bytes[0] !== FORMAT_VERSION) return undefined;
  const ivEnd = HEADER_BYTES + IV_BYTES;
  return {
    header: bytes.subarray(0, HEADER_BYTES),
    keyId: bytes.subarray(1, HEADER_BYTES).toString('hex'),
    iv: bytes.subarray(HEADER_BYTES, ivEnd),
    tag: bytes.subarray(ivEnd, ivEnd + TAG_BYTES),
    data: bytes.subarray(ivEnd + TAG_BYTES),
  };
}
