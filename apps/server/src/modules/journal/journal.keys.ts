import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { type JournalSigner, journalKeyId } from './journal.checkpoint.js';
import { JournalError } from './journal.errors.js';

// Owner read/write only. The key signs the checkpoints that make the journal tamper-evident: whoever
// can read it can forge them, so it lives in a file outside the database with the tightest mode.
const OWNER_ONLY = 0o600;
const GROUP_OR_OTHER_BITS = 0o077;

/**
 * Creates a new Ed25519 signing key as a PKCS#8 PEM file with mode 0600. Refuses to overwrite an
 * existing file: that would silently replace the key the running journal signs with.
 */
export function createJournalKeyFile(path: string): { keyId: string; publicKeyPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' });
  try {
    // 'wx' fails if the file exists; the mode is applied at creation, so the key is never briefly readable.
    writeFileSync(path, pem, { mode: OWNER_ONLY, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new JournalError('journal.key_file_exists', 'journal signing key: the file already exists');
    }
    throw error;
  }
  return { keyId: journalKeyId(publicKey), publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}

/** Loads the signing key, refusing a file that the group or others can read (as ssh does for its keys). */
export function loadJournalSigner(path: string): JournalSigner & { publicKeyPem: string } {
  if ((statSync(path).mode & GROUP_OR_OTHER_BITS) !== 0) {
    throw new JournalError(
      'journal.key_file_exposed',
      'journal signing key: the file must be readable by its owner only (chmod 600)',
    );
  }
  const privateKey = createPrivateKey(readFileSync(path));
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new JournalError('journal.invalid_key', 'journal signing key: an Ed25519 private key is required');
  }
  const publicKeyPem = createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
  return { keyId: journalKeyId(privateKey), privateKey, publicKeyPem };
}
