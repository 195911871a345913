import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkpointSignatureHolds, journalPublicKeys, signCheckpoint } from './journal.checkpoint.js';
import { createJournalKeyFile, loadJournalSigner } from './journal.keys.js';

describe('the checkpoint signing key file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vigie-journal-key-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is created readable and writable by its owner only', () => {
    const path = join(dir, 'journal.key');
    createJournalKeyFile(path);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('signs checkpoints that its public key, and only its id, verifies', () => {
    const path = join(dir, 'journal.key');
    const created = createJournalKeyFile(path);
    const signer = loadJournalSigner(path);
    expect(signer.keyId).toBe(created.keyId);
    const checkpoint = signCheckpoint({ seq: 10, hash: 'ab'.repeat(32) }, '2025-03-01T12:00:00.000Z', signer);
    expect(checkpointSignatureHolds(checkpoint, journalPublicKeys([created.publicKeyPem]))).toBe(true);
    const otherPath = join(dir, 'other.key');
    const other = createJournalKeyFile(otherPath);
    expect(checkpointSignatureHolds(checkpoint, journalPublicKeys([other.publicKeyPem]))).toBe(false);
  });

  it('is never overwritten', () => {
    const path = join(dir, 'journal.key');
    const first = createJournalKeyFile(path);
    expect(() => createJournalKeyFile(path)).toThrow(expect.objectContaining({ code: 'journal.key_file_exists' }));
    expect(loadJournalSigner(path).keyId).toBe(first.keyId);
  });

  it('is refused when the group or others can read it', () => {
    const path = join(dir, 'journal.key');
    createJournalKeyFile(path);
    chmodSync(path, 0o644);
    expect(() => loadJournalSigner(path)).toThrow(expect.objectContaining({ code: 'journal.key_file_exposed' }));
  });
});
