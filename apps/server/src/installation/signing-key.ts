import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Config } from '../config/config.js';
import { createJournalKeyFile, loadJournalSigner } from '../modules/journal/journal.keys.js';
import { InstallationError } from './installation.errors.js';

/** The folder of a new key file is the installation's own, so owner-only like the data folder. */
const KEY_DIR_MODE = 0o700;

/**
 * The journal signing key, from its file. Outside production a missing file is created (so `npm start` needs no
 * set-up); in production it is an error naming the path, because a new key would silently replace the one the
 * existing checkpoints were signed with. Several processes may start at once: the key is written to a file of its
 * own and then hard-linked into place, which either succeeds or finds the file another process put there, so every
 * process loads the same complete key and none reads a half-written one.
 */
export function openJournalSigningKey(
  config: Pick<Config, 'env' | 'journalSigningKeyFile'>,
): ReturnType<typeof loadJournalSigner> {
  const path = config.journalSigningKeyFile;
  try {
    return loadJournalSigner(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (config.env === 'production') throw new InstallationError('installation.signing_key_missing', { path });
  mkdirSync(dirname(path), { recursive: true, mode: KEY_DIR_MODE });
  const draft = `${path}.${randomBytes(6).toString('hex')}.new`;
  try {
    createJournalKeyFile(draft);
    linkSync(draft, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(draft, { force: true });
  }
  return loadJournalSigner(path);
}

/**
 * The journal signing key, which must already exist (restoring or verifying an installation never creates one: a
 * new key could not verify anything signed before). A missing file is installation.signing_key_missing.
 */
export function existingJournalSigningKey(path: string): ReturnType<typeof loadJournalSigner> {
  try {
    return loadJournalSigner(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new InstallationError('installation.signing_key_missing', { path });
    }
    throw error;
  }
}
