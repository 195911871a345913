import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Config } from '../config/config.js';
import { type BackupManifest, manifestPathOf, sha256OfFile, writeManifest } from './backup-manifest.js';
import { backupPostgres } from './backup-postgres.js';
import { backupSqlite } from './backup-sqlite.js';
import { OpsError } from './ops.errors.js';
import { findPgTool } from './pg-tools.js';

/** A backup holds the whole store: personal data (encrypted fields), accounts and the journal. Owner only. */
const OWNER_ONLY_FILE = 0o600;
const OWNER_ONLY_DIR = 0o700;

interface BackupResult {
  readonly file: string;
  readonly manifestFile: string;
  readonly manifest: BackupManifest;
}

/**
 * `vigie backup FILE`: a consistent snapshot of the store while servers run (SQLite's online backup, or pg_dump
 * from an exported snapshot), written owner-only, then its manifest beside it (FILE.manifest.json) with the file's
 * SHA-256 and the journal head inside the snapshot. The copy is made under a temporary name and linked into place
 * only when complete, so FILE never names half a backup; an existing FILE is never overwritten.
 */
export async function backup(
  config: Pick<Config, 'database'>,
  destination: string,
  options: { readonly env: Readonly<Record<string, string | undefined>>; readonly now?: () => Date },
): Promise<BackupResult> {
  const file = resolve(destination);
  const manifestFile = manifestPathOf(file);
  for (const path of [file, manifestFile])
    if (existsSync(path)) throw new OpsError('backup.destination_exists', { path });
  const { database } = config;
  if (database.kind === 'postgres') findPgTool('pg_dump', options.env);

  mkdirSync(dirname(file), { recursive: true, mode: OWNER_ONLY_DIR });
  const partial = `${file}.${randomBytes(6).toString('hex')}.partial`;
  // Created empty and owner-only first: neither SQLite nor pg_dump then ever has it readable by others.
  closeSync(openSync(partial, 'wx', OWNER_ONLY_FILE));
  try {
    const journalHead =
      database.kind === 'sqlite'
        ? await backupSqlite(resolve(database.path), partial)
        : await backupPostgres(database.url.reveal(), partial, options.env);
    chmodSync(partial, OWNER_ONLY_FILE);
    const fd = openSync(partial, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    const manifest: BackupManifest = {
      format: 'vigie/backup/v1',
      dialect: database.kind,
      createdAt: (options.now?.() ?? new Date()).toISOString(),
      file: basename(file),
      bytes: statSync(partial).size,
      sha256: await sha256OfFile(partial),
      journalHead,
    };
    // A hard link fails if the name was taken meanwhile, where a rename would silently replace it.
    linkSync(partial, file);
    writeManifest(manifestFile, manifest);
    return { file, manifestFile, manifest };
  } finally {
    // SQLite's side files of the copy, should it have stopped half-way.
    for (const path of [partial, `${partial}-journal`, `${partial}-wal`, `${partial}-shm`])
      rmSync(path, { force: true });
  }
}
