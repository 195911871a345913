import { createSecretKey, type KeyObject, randomBytes } from 'node:crypto';
import { IV_BYTES, open, seal, TAG_BYTES } from './aes-gcm.js';
import { associatedData } from './associated-data.js';
import { CryptoError } from './crypto.errors.js';
import type { MasterKey } from './master-key.js';

/** AES-256 data keys; the index key has the same size as HKDF input. */
const KEY_BYTES = 32;
/** 32 random bits: a key id sits in every ciphertext, and a few keys per installation never collide in practice. */
export const KEY_ID_BYTES = 4;
const KEY_ID_PATTERN = /^[0-9a-f]{8}$/;
const WRAP_FORMAT_VERSION = 1;

/**
 * `data` keys encrypt fields (the newest encrypts, all decrypt); the single `index` key is the root of the blind
 * indexes. The index key is a stored key rather than one derived from the master key so that a master-key
 * rotation does not change every blind index in the database.
 */
export type KeyKind = 'data' | 'index';

/** A key as the store keeps it: wrapped (AES-256-GCM) by a master key, never in clear. */
export interface WrappedKeyRecord {
  readonly id: string;
  readonly kind: KeyKind;
  /** Which master key wrapped it (the master key's fingerprint). */
  readonly masterKeyId: string;
  /** base64url of version (1 byte), IV (12), tag (16) and the wrapped key (32). */
  readonly wrapped: string;
  /** ISO 8601; the newest data key is the one that encrypts. */
  readonly createdAt: string;
}

type RecordIdentity = Pick<WrappedKeyRecord, 'id' | 'kind' | 'createdAt'>;

export function isKeyId(id: string): boolean {
  return KEY_ID_PATTERN.test(id);
}

/**
 * Binds the wrapped bytes to the record's id, kind and date: moving a wrapped key to another record (to make the
 * index key encrypt fields, or an old data key look newest) breaks the tag.
 */
function recordAssociatedData(record: RecordIdentity): Buffer {
  return associatedData(['vigie/key-record/v1', record.id, record.kind, record.createdAt]);
}

export function wrapKey(master: MasterKey, record: RecordIdentity, key: KeyObject): WrappedKeyRecord {
  const material = key.export();
  const sealed = seal(master.wrappingKey, randomBytes(IV_BYTES), material, recordAssociatedData(record));
  material.fill(0);
  const wrapped = Buffer.concat([Buffer.of(WRAP_FORMAT_VERSION), sealed.iv, sealed.tag, sealed.data]);
  return { ...record, masterKeyId: master.id, wrapped: wrapped.toString('base64url') };
}

/** The key in a record; the caller has checked that `master` is the one the record names. */
export function unwrapKey(master: MasterKey, record: WrappedKeyRecord): KeyObject {
  const bytes = Buffer.from(record.wrapped, 'base64url');
  const tagStart = 1 + IV_BYTES;
  const dataStart = tagStart + TAG_BYTES;
  const sealed = {
    iv: bytes.subarray(1, tagStart),
    tag: bytes.subarray(tagStart, dataStart),
    data: bytes.subarray(dataStart),
  };
  const material =
    bytes[0] === WRAP_FORMAT_VERSION ? open(master.wrappingKey, sealed, recordAssociatedData(record)) : undefined;
  if (material?.length !== KEY_BYTES) throw new CryptoError('crypto.unwrap_failed', { keyId: record.id });
  const key = createSecretKey(material);
  material.fill(0);
  return key;
}

/** A new random key of the given kind, wrapped by `master`, ready for the store. */
export function createKeyRecord(args: { master: MasterKey; kind: KeyKind; now: Date }): WrappedKeyRecord {
  const id = randomBytes(KEY_ID_BYTES).toString('hex');
  const key = createSecretKey(randomBytes(KEY_BYTES));
  return wrapKey(args.master, { id, kind: args.kind, createdAt: args.now.toISOString() }, key);
}

/** What a new installation stores: one data key and the index key. */
export function createInitialKeyRecords(args: { master: MasterKey; now: Date }): WrappedKeyRecord[] {
  return [
    createKeyRecord({ master: args.master, kind: 'data', now: args.now }),
    createKeyRecord({ master: args.master, kind: 'index', now: args.now }),
  ];
}
