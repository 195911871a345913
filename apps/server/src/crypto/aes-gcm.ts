import { createCipheriv, createDecipheriv, type KeyObject, randomBytes } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
/** 96 bits: the IV length GCM is designed for (NIST SP 800-38D); any other length is hashed first. */
export const IV_BYTES = 12;
/** The full 128-bit tag; shorter tags weaken forgery resistance and are refused on decryption. */
export const TAG_BYTES = 16;

/**
 * Random IVs cut from blocks of CSPRNG output: one `randomBytes` call per 256 fields instead of one per field,
 * which was half the cost of encrypting a short field. Each block is new (never refilled), so an IV handed out
 * earlier never changes, and no byte is used twice.
 */
const IVS_PER_BLOCK = 256;

export function createIvSource(): () => Buffer {
  let block = Buffer.alloc(0);
  let offset = 0;
  return () => {
    if (offset + IV_BYTES > block.length) {
      block = randomBytes(IV_BYTES * IVS_PER_BLOCK);
      offset = 0;
    }
    offset += IV_BYTES;
    return block.subarray(offset - IV_BYTES, offset);
  };
}

export interface Sealed {
  readonly iv: Buffer;
  readonly tag: Buffer;
  readonly data: Buffer;
}

/**
 * AES-256-GCM under `iv`, which must be fresh and random for every call (`randomBytes` or `createIvSource`).
 * Random 96-bit IVs stay safe up to about 2^32 messages under one key (NIST SP 800-38D §8.3): data-key rotation
 * is what keeps a key well below that.
 */
export function seal(key: KeyObject, iv: Buffer, plaintext: Uint8Array, associatedData: Uint8Array): Sealed {
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(associatedData);
  const data = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv, tag: cipher.getAuthTag(), data };
}

/** The plaintext, or undefined when the tag does not verify (wrong key, altered bytes, other associated data). */
export function open(key: KeyObject, sealed: Sealed, associatedData: Uint8Array): Buffer | undefined {
  if (sealed.iv.length !== IV_BYTES || sealed.tag.length !== TAG_BYTES) return undefined;
  try {
    const decipher = createDecipheriv(ALGORITHM, key, sealed.iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(associatedData);
    decipher.setAuthTag(sealed.tag);
    return Buffer.concat([decipher.update(sealed.data), decipher.final()]);
  } catch {
    // OpenSSL says only "unable to authenticate data"; callers turn this into a stable code.
    return undefined;
  }
}
