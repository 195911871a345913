import type { KeyObject } from 'node:crypto';
import { CryptoError } from '../crypto/crypto.errors.js';
import type { Keyring } from '../crypto/keyring.js';

/** A keyring that a running process can swap for a newer one without handing out new objects. */
interface LiveKeyring extends Keyring {
  /** Makes `next` the keyring in use; the ones before still decrypt what only they hold. */
  replace(next: Keyring): void;
}

/**
 * `vigie keys rotate --data-key` adds a data key and re-encrypts fields under it while servers run: a server that
 * loaded its keys before then must learn the new key (installation.refreshKeyring) without restarting, and the
 * cipher and blind indexes it built at start must follow. The earlier keyrings are kept as a fallback so that a
 * key this process could open once (say, before a master-key rotation it has no key for) is never lost.
 */
export function createLiveKeyring(initial: Keyring): LiveKeyring {
  let current = initial;
  const earlier: Keyring[] = [];
  return {
    get activeDataKeyId() {
      return current.activeDataKeyId;
    },
    get indexKey() {
      return current.indexKey;
    },
    dataKey(id: string): KeyObject {
      for (const keyring of [current, ...earlier]) {
        try {
          return keyring.dataKey(id);
        } catch (error) {
          if (!(error instanceof CryptoError)) throw error;
        }
      }
      throw new CryptoError('crypto.unknown_key', { keyId: id });
    },
    replace(next) {
      earlier.unshift(current);
      current = next;
    },
  };
}
