import { CryptoError } from './crypto.errors.js';
import { unwrapKey, type WrappedKeyRecord, wrapKey } from './key-records.js';
import type { MasterKey } from './master-key.js';

/**
 * Master-key rotation (what `vigie keys rotate` calls): every key record is re-wrapped by `to`; the data keys
 * themselves do not change, so no field ciphertext and no blind index is touched. Records already wrapped by `to`
 * are returned unchanged, so a rotation interrupted half-way can simply be run again. The caller writes the
 * returned records in one transaction.
 */
export function rewrapKeyRecords(args: {
  records: readonly WrappedKeyRecord[];
  /** The master keys the records may currently be wrapped by (the previous one, and `to` for a re-run). */
  from: readonly MasterKey[];
  to: MasterKey;
}): WrappedKeyRecord[] {
  const masters = new Map([...args.from, args.to].map((master) => [master.id, master]));
  return args.records.map((record) => {
    if (record.masterKeyId === args.to.id) return record;
    const master = masters.get(record.masterKeyId);
    if (!master) throw new CryptoError('crypto.unknown_key', { keyId: record.id });
    return wrapKey(args.to, record, unwrapKey(master, record));
  });
}
