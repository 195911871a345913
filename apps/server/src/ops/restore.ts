import { resolve } from 'node:path';
import type { Config } from '../config/config.js';
import { createDatabase } from '../db/database.js';
import { existingJournalSigningKey } from '../installation/signing-key.js';
import { journalPublicKeys } from '../modules/journal/journal.checkpoint.js';
import { createJournalStore } from '../modules/journal/journal.store.js';
import { type AuditVerification, auditVerify } from './audit.js';
import { type BackupManifest, readManifest, sha256OfFile } from './backup-manifest.js';
import { copySqlite } from './backup-sqlite.js';
import { OpsError } from './ops.errors.js';
import { findPgTool, runPgTool } from './pg-tools.js';
import { storeHoldsData } from './store-contents.js';

interface RestoreResult {
  readonly manifest: BackupManifest;
  /** The restored journal, verified from its first entry. */
  readonly verification: AuditVerification;
  /** The restored journal ends at the head the manifest recorded when the backup was taken. */
  readonly headMatches: boolean;
}

/**
 * `vigie restore FILE`: checks the file against its manifest (SHA-256, dialect) and refuses a target store that
 * holds data unless `force`; then brings the snapshot back (SQLite's backup API into the target file, through its
 * locks; pg_restore --clean --if-exists in a single transaction) and ends by verifying the restored journal with
 * the installation's signing key, which a backup never contains, so it is checked before anything is replaced.
 */
export async function restore(
  config: Pick<Config, 'database' | 'journalSigningKeyFile'>,
  backupFile: string,
  options: { readonly force?: boolean; readonly env: Readonly<Record<string, string | undefined>> },
): Promise<RestoreResult> {
  const file = resolve(backupFile);
  const manifest = readManifest(file);
  const { database } = config;
  if (manifest.dialect !== database.kind) {
    throw new OpsError('restore.dialect_mismatch', { expected: database.kind, found: manifest.dialect });
  }
  if ((await sha256OfFile(file)) !== manifest.sha256) throw new OpsError('restore.checksum_mismatch', { path: file });
  const publicKeys = journalPublicKeys([existingJournalSigningKey(config.journalSigningKeyFile).publicKeyPem]);
  if (database.kind === 'postgres') findPgTool('pg_restore', options.env);

  const target = createDatabase(config);
  try {
    if (options.force !== true && (await storeHoldsData(target.db))) throw new OpsError('restore.target_not_empty');
  } finally {
    await target.close();
  }
  if (database.kind === 'sqlite') await copySqlite(file, resolve(database.path), { readonly: true });
  else {
    await runPgTool('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', file], {
      url: database.url.reveal(),
      env: options.env,
    });
  }

  const restored = createDatabase(config);
  try {
    const verification = await auditVerify({ database: restored, journal: { publicKeys } });
    const last = await createJournalStore(restored).lastEntry();
    const head = last === undefined ? null : { seq: last.seq, hash: last.hash };
    const headMatches = head?.seq === manifest.journalHead?.seq && head?.hash === manifest.journalHead?.hash;
    return { manifest, verification, headMatches };
  } finally {
    await restored.close();
  }
}
