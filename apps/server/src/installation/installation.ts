import type { Config } from '../config/config.js';
import { CryptoError } from '../crypto/crypto.errors.js';
import { createFieldCipher, type FieldCipher } from '../crypto/field-cipher.js';
import type { WrappedKeyRecord } from '../crypto/key-records.js';
import { type Keyring, openKeyring } from '../crypto/keyring.js';
import type { MasterKey } from '../crypto/master-key.js';
import { createDatabase, type VigieDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { storeErrorCode } from '../db/store.errors.js';
import { createJournalAppender } from '../modules/journal/journal.appender.js';
import {
  type JournalPublicKeys,
  type JournalSigner,
  journalPublicKeys,
} from '../modules/journal/journal.checkpoint.js';
import { createJournalStore } from '../modules/journal/journal.store.js';
import { InstallationError } from './installation.errors.js';
import { ensureKeyRecords, readKeyRecords } from './key-store.js';
import { createLiveKeyring } from './live-keyring.js';
import { configuredMasterKeys, type MasterKeys } from './master-keys.js';
import { openJournalSigningKey } from './signing-key.js';

/** What opening an installation reads from the config. */
type InstallationConfig = Pick<
  Config,
  'env' | 'database' | 'masterKey' | 'previousMasterKeys' | 'journalSigningKeyFile' | 'journalCheckpointInterval'
>;

/** One Vigie installation as the HTTP server and every CLI command use it. */
export interface Installation {
  /** Migrated to the latest schema. */
  readonly database: VigieDatabase;
  readonly masterKeys: MasterKeys;
  /** Follows refreshKeyring: the same object keeps serving after new keys are loaded. */
  readonly keyring: Keyring;
  /** Encrypts under the active data key of `keyring`, whichever it is at the time. */
  readonly cipher: FieldCipher;
  readonly journal: {
    readonly appender: ReturnType<typeof createJournalAppender>;
    readonly signer: JournalSigner;
    readonly publicKeys: JournalPublicKeys;
  };
  /**
   * Loads key records added since start (a data-key rotation run by `vigie keys rotate --data-key` from another
   * process). A server calls it when a decryption fails with crypto.unknown_key, then tries once more. Resolves
   * true when the keyring changed. Throws a CryptoError when the stored keys cannot be opened; the keys in use
   * then stay as they were.
   */
  refreshKeyring(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * Opens the installation the config names: the journal signing key (created outside production when missing),
 * the store (migrated), the key records (created on first start, once however many processes start together),
 * the keyring under the master key and any previous ones, and the journal appender. Fails with an
 * InstallationError, or a JournalError for an unusable signing key file.
 */
export async function openInstallation(
  config: InstallationConfig,
  options: { readonly now?: () => Date } = {},
): Promise<Installation> {
  const now = options.now ?? (() => new Date());
  const masterKeys = configuredMasterKeys(config);
  const signer = openJournalSigningKey(config);
  const database = createDatabase(config);
  try {
    await migrate(database);
    const { records } = await ensureKeyRecords(database.db, masterKeys.current, now());
    const allMasters = [masterKeys.current, ...masterKeys.previous];
    const keyring = createLiveKeyring(openKeys(allMasters, records));
    const cipher = followingCipher(createFieldCipher({ keyring }), keyring);
    let loadedIds = keyIds(records);
    return {
      database,
      masterKeys,
      keyring,
      cipher,
      journal: {
        appender: createJournalAppender({
          repository: createJournalStore(database),
          signer,
          checkpointEvery: config.journalCheckpointInterval,
          now,
        }),
        signer,
        publicKeys: journalPublicKeys([signer.publicKeyPem]),
      },
      async refreshKeyring() {
        const known = new Set(allMasters.map((master) => master.id));
        // Records re-wrapped by a master key this process was not given are left out; it still holds their keys.
        const openable = (await readKeyRecords(database.db)).filter((record) => known.has(record.masterKeyId));
        const ids = keyIds(openable);
        if (ids === loadedIds) return false;
        keyring.replace(openKeyring({ masterKeys: allMasters, records: openable }));
        loadedIds = ids;
        return true;
      },
      close: () => database.close(),
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

async function migrate(database: VigieDatabase): Promise<void> {
  const outcome = await migrateToLatest(database);
  if (outcome.ok) return;
  const cause = outcome.cause;
  if (storeErrorCode(cause) === 'store.unavailable') {
    throw new InstallationError('installation.store_unavailable', {}, { cause });
  }
  throw new InstallationError(
    'installation.migration_failed',
    outcome.failed === undefined ? {} : { migration: outcome.failed },
    { cause },
  );
}

function openKeys(masterKeys: readonly MasterKey[], records: readonly WrappedKeyRecord[]): Keyring {
  try {
    return openKeyring({ masterKeys, records });
  } catch (error) {
    if (error instanceof CryptoError && error.code === 'crypto.unknown_key') {
      throw new InstallationError('installation.master_key_unknown', {}, { cause: error });
    }
    throw error;
  }
}

function keyIds(records: readonly { readonly id: string }[]): string {
  return records
    .map((record) => record.id)
    .sort()
    .join(',');
}

/** createFieldCipher reads the active key id once; this one reads it from the keyring at every call. */
function followingCipher(cipher: FieldCipher, keyring: Keyring): FieldCipher {
  return {
    get activeKeyId() {
      return keyring.activeDataKeyId;
    },
    encrypt: (plaintext, at) => cipher.encrypt(plaintext, at),
    decrypt: (ciphertext, at) => cipher.decrypt(ciphertext, at),
    keyIdOf: (ciphertext) => cipher.keyIdOf(ciphertext),
  };
}
