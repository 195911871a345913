import type { Config } from '../config/config.js';
import { type MasterKey, parseMasterKey } from '../crypto/master-key.js';

/** The master key records are wrapped by from now on, and those they may still be wrapped by mid-rotation. */
export interface MasterKeys {
  readonly current: MasterKey;
  readonly previous: readonly MasterKey[];
}

/** Parses the configured master keys; a previous key repeated, or equal to the current one, is listed once. */
export function configuredMasterKeys(config: Pick<Config, 'masterKey' | 'previousMasterKeys'>): MasterKeys {
  const current = parseMasterKey(config.masterKey.reveal());
  const previous = new Map<string, MasterKey>();
  for (const secret of config.previousMasterKeys) {
    const key = parseMasterKey(secret.reveal());
    if (key.id !== current.id) previous.set(key.id, key);
  }
  return { current, previous: [...previous.values()] };
}
