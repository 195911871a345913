import type { KeyObject } from 'node:crypto';
import { CryptoError } from './crypto.errors.js';
import { isKeyId, unwrapKey, type WrappedKeyRecord } from './key-records.js';
import type { MasterKey } from './master-key.js';

/** The unwrapped keys of an installation, held in memory by each server process. */
export interface Keyring {
  /** The newest data key: every new ciphertext is written under it. */
  readonly activeDataKeyId: string;
  /** Any data key by id, for decryption; throws `crypto.unknown_key` when this keyring lacks it. */
  dataKey(id: string): KeyObject;
  /** The root of every blind index. */
  readonly indexKey: KeyObject;
}

/**
 * Unwraps the stored records. `masterKeys` is the current master key first, then any previous one still
 * configured during a master-key rotation: a record is opened by whichever master key it names, so processes keep
 * working while `vigie keys rotate` re-wraps the records.
 */
export function openKeyring(args: { masterKeys: readonly MasterKey[]; records: readonly WrappedKeyRecord[] }): Keyring {
  const masters = new Map(args.masterKeys.map((master) => [master.id, master]));
  const dataKeys = new Map<string, KeyObject>();
  const indexKeys: KeyObject[] = [];
  const seen = new Set<string>();
  let active: { id: string; time: number } | undefined;

  for (const record of args.records) {
    const time = Date.parse(record.createdAt);
    // Two records with one id (a 1-in-4-billion draw, or a copied row) would make ciphertexts ambiguous.
    if (!isKeyId(record.id) || Number.isNaN(time) || seen.has(record.id)) {
      throw new CryptoError('crypto.keyring_invalid', { keyId: record.id });
    }
    seen.add(record.id);
    const master = masters.get(record.masterKeyId);
    if (!master) throw new CryptoError('crypto.unknown_key', { keyId: record.id });
    const key = unwrapKey(master, record);
    if (record.kind === 'index') {
      indexKeys.push(key);
      continue;
    }
    dataKeys.set(record.id, key);
    // Ties (two keys created in the same millisecond by two processes) go to the larger id, so that every
    // process picks the same active key.
    if (!active || time > active.time || (time === active.time && record.id > active.id)) {
      active = { id: record.id, time };
    }
  }

  const [indexKey, ...extraIndexKeys] = indexKeys;
  // Several index keys would make equality lookups depend on which one was used: refuse rather than guess.
  if (!active || !indexKey || extraIndexKeys.length > 0) throw new CryptoError('crypto.keyring_invalid');

  return {
    activeDataKeyId: active.id,
    indexKey,
    dataKey(id) {
      const key = dataKeys.get(id);
      if (!key) throw new CryptoError('crypto.unknown_key', { keyId: id });
      return key;
    },
  };
}
