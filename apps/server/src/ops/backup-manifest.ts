import { createHash } from 'node:crypto';
import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import * as z from 'zod';
import { OpsError } from './ops.errors.js';

const OWNER_ONLY = 0o600;

const manifestSchema = z.object({
  format: z.literal('vigie/backup/v1'),
  dialect: z.enum(['sqlite', 'postgres']),
  createdAt: z.string(),
  /** The backup file's name, beside the manifest. */
  file: z.string(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The last journal entry inside the snapshot: a restore must end with this head. */
  journalHead: z.object({ seq: z.number().int(), hash: z.string() }).nullable(),
});

/**
 * What is written beside a backup: the format, where it came from, when, the journal head the snapshot ends at,
 * and the SHA-256 of the file, so that a restore refuses a file that changed since.
 */
export type BackupManifest = z.infer<typeof manifestSchema>;

export function manifestPathOf(backupFile: string): string {
  return `${backupFile}.manifest.json`;
}

/** Streamed: a backup can be larger than memory. */
export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Written owner-only like the backup (it names the journal head), and never over an existing file. */
export function writeManifest(path: string, manifest: BackupManifest): void {
  writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`, { mode: OWNER_ONLY, flag: 'wx', flush: true });
}

export function readManifest(backupFile: string): BackupManifest {
  const path = manifestPathOf(backupFile);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new OpsError('restore.manifest_missing', { path });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new OpsError('restore.manifest_invalid', { path });
  }
  const manifest = manifestSchema.safeParse(parsed);
  if (!manifest.success) throw new OpsError('restore.manifest_invalid', { path });
  return manifest.data;
}
