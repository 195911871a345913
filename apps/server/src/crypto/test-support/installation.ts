import { createFieldCipher } from '../field-cipher.js';
import { createInitialKeyRecords } from '../key-records.js';
import { openKeyring } from '../keyring.js';
import { generateMasterKey, parseMasterKey } from '../master-key.js';

/** A fresh installation: a master key from config, its first key records, the keyring and a field cipher. */
export function newInstallation(now = new Date('2025-03-01T12:00:00Z')) {
  const master = parseMasterKey(generateMasterKey());
  const records = createInitialKeyRecords({ master, now });
  const keyring = openKeyring({ masterKeys: [master], records });
  return { master, records, keyring, cipher: createFieldCipher({ keyring }) };
}

/** Runs `action` and returns the CryptoError code it threw, so tests can compare codes directly. */
export function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
}
