import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseConfig } from '../config/config.js';
import { type Installation, openInstallation } from '../installation/installation.js';
import { describeOnEachStore } from '../installation/test-support/each-store.js';
import { configOf, installationEnv } from '../installation/test-support/installation-env.js';
import type { JournalEntry } from '../modules/journal/journal.entry.js';
import { accessEvent } from '../modules/journal/test-support/journal-fixture.js';
import {
  editAndRehash,
  editField,
  forgeEntry,
  renumberFrom,
  rewriteFrom,
} from '../modules/journal/test-support/tamper.js';
import { run } from './audit.js';
import { captureIo } from './test-support/capture-io.js';
import { rewriteJournal } from './test-support/rewrite-journal.js';

// Checkpoints every 10 (installationEnv): signed at 10, 20, 30 and 40, then 7 entries after the last one.
const ENTRIES = 47;

function swap(entries: readonly JournalEntry[], a: number, b: number): JournalEntry[] {
  return entries.map((entry) =>
    entry.seq === a ? { ...entry, seq: b } : entry.seq === b ? { ...entry, seq: a } : entry,
  );
}

/** Each way of tampering with the stored journal, and what `vigie audit verify` must name. */
const TAMPERINGS: readonly {
  readonly name: string;
  readonly tamper: (entries: JournalEntry[]) => readonly JournalEntry[];
  readonly kind: string;
  readonly seq: number;
}[] = [
  { name: 'an entry edited in place', tamper: (e) => editField(e, 17, 'request:other'), kind: 'altered', seq: 17 },
  {
    name: 'an entry edited and re-hashed',
    tamper: (e) => editAndRehash(e, 17, 'request:other'),
    kind: 'altered',
    seq: 17,
  },
  { name: 'an entry deleted', tamper: (e) => e.filter((entry) => entry.seq !== 17), kind: 'removed', seq: 17 },
  {
    name: 'an entry deleted and the later ones renumbered',
    tamper: (e) =>
      renumberFrom(
        e.filter((entry) => entry.seq !== 17),
        18,
        -1,
      ),
    kind: 'removed',
    seq: 17,
  },
  { name: 'two entries swapped', tamper: (e) => swap(e, 17, 18), kind: 'reordered', seq: 17 },
  {
    name: 'a forged entry inserted with the later ones renumbered',
    tamper: (e) => [...renumberFrom(e, 17, 1), forgeEntry(e, 17)],
    kind: 'inserted',
    seq: 17,
  },
  {
    name: 'history rewritten consistently from an entry on',
    tamper: (e) => rewriteFrom(e, 17, 'request:other'),
    kind: 'checkpoint_mismatch',
    seq: 20,
  },
];

await describeOnEachStore('vigie audit', (target) => {
  let dir: string;
  let database: DatabaseConfig;
  let drop: () => Promise<void>;
  let env: Record<string, string>;
  let installation: Installation;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vigie-audit-'));
    ({ database, drop } = await target.create());
    env = installationEnv(database, dir);
  });

  afterAll(async () => {
    await drop?.();
    rmSync(dir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    // A fresh installation each time: its appender caches the journal head, and each test starts a new journal.
    installation = await openInstallation(configOf(env));
    await installation.database.db.deleteFrom('journal_entries').execute();
    await installation.database.db.deleteFrom('journal_checkpoints').execute();
    await installation.journal.appender.record(Array.from({ length: ENTRIES }, (_, i) => accessEvent(i + 1)));
  });

  afterEach(async () => {
    await installation.close();
  });

  async function audit(args: string[], lang: 'fr' | 'en' = 'en') {
    const captured = captureIo(env, lang);
    const code = await run(args, captured.io);
    return { code, stdout: captured.stdout(), stderr: captured.stderr() };
  }

  it('verifies an intact journal: exit 0 with the counts and the entries no checkpoint covers yet', async () => {
    const result = await audit(['verify']);
    expect(result).toEqual({
      code: 0,
      stdout:
        'Journal intact: 47 entries, 4 signed checkpoints. The last 7 entries come after the last checkpoint: no signature covers them yet.\n',
      stderr: '',
    });
    const json = await audit(['verify', '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: true, entries: 47, checkpoints: 4, uncheckpointed: 7 });
    const french = await audit(['verify'], 'fr');
    expect(french.stdout).toContain(
      'Journal intact : 47 entrées, 4 points de contrôle signés. Les 7 dernières entrées suivent',
    );
  });

  for (const { name, tamper, kind, seq } of TAMPERINGS) {
    it(`exits 1 and names entry ${seq} after ${name} in the database`, async () => {
      await rewriteJournal(installation.database.db, tamper);
      const result = await audit(['verify']);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`Journal verification failed (${kind}, entry ${seq})`);

      const json = await audit(['verify', '--json']);
      expect(json.code).toBe(1);
      expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, problem: { kind, seq } });
      const french = await audit(['verify'], 'fr');
      expect(french.stderr).toContain(`Vérification du journal en échec (${kind}, entrée n° ${seq})`);
      expect(french.stderr).toContain(`n° ${seq}`);
    });
  }

  it('exports a range with its proof that verifies on its own, and names an entry edited in the export', async () => {
    const file = join(dir, `export-${target.name}.json`);
    rmSync(file, { force: true });
    const exported = await audit(['export', '--from', '15', '--to', '23', '--out', file]);
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    const value = JSON.parse(readFileSync(file, 'utf8'));
    expect(value).toMatchObject({ format: 'vigie/journal-export/v1', from: 15, to: 23 });
    expect(value.entries.map((entry: JournalEntry) => entry.seq)).toEqual(Array.from({ length: 16 }, (_, i) => 15 + i));

    expect(await audit(['verify-export', file])).toMatchObject({ code: 0, stderr: '' });
    const publicKey = await audit(['public-key']);
    expect(publicKey.stdout).toContain('BEGIN PUBLIC KEY');
    const pem = join(dir, `public-${target.name}.pem`);
    writeFileSync(pem, publicKey.stdout);
    // An auditor without the installation's config: the public key alone is enough.
    const auditor = captureIo({});
    expect(await run(['verify-export', file, '--public-key', pem], auditor.io)).toBe(0);

    const other = join(dir, `other-${target.name}.pem`);
    writeFileSync(other, generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString());
    const forged = await audit(['verify-export', file, '--public-key', other]);
    expect(forged.code).toBe(1);
    expect(forged.stderr).toContain('(checkpoint_forged, entry 20)');

    writeFileSync(file, JSON.stringify({ ...value, entries: editField(value.entries, 21, 'request:other') }));
    const edited = await audit(['verify-export', file]);
    expect(edited.code).toBe(1);
    expect(edited.stderr).toContain('(altered, entry 21)');
  });

  it('exports the latest entries by signing a checkpoint at the head first', async () => {
    const result = await audit(['export', '--from', '41', '--to', '47']);
    expect(result.code).toBe(0);
    const value = JSON.parse(result.stdout);
    expect(value.checkpoints.map((checkpoint: { seq: number }) => checkpoint.seq)).toEqual([47]);
    expect((await audit(['verify'])).stdout).toBe('Journal intact: 47 entries, 5 signed checkpoints.\n');
  });

  it('refuses a range that is not one, or that goes past the last entry, with exit 2', async () => {
    expect(await audit(['export', '--from', '9', '--to', '3'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('The range must go from one entry number to another'),
    });
    expect(await audit(['export', '--from', '40', '--to', '60'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('past the journal’s last entry (47)'),
    });
  });
});

describe('vigie audit, called wrongly', () => {
  it('says what it expected, in the operator’s language, with exit 2', async () => {
    const fr = captureIo({}, 'fr');
    expect(await run(['inspect'], fr.io)).toBe(2);
    expect(fr.stderr()).toContain('sous-commande attendue : verify, export, verify-export ou public-key');
    const en = captureIo({});
    expect(await run(['verify', '--frobnicate'], en.io)).toBe(2);
    expect(en.stderr()).toContain("Unknown option '--frobnicate'");
    const help = captureIo({}, 'fr');
    expect(await run(['--help'], help.io)).toBe(0);
    expect(help.stdout()).toContain('Usage : vigie audit verify');
  });

  it('names each configuration problem instead of opening anything', async () => {
    const captured = captureIo({ VIGIE_ENV: 'production' });
    expect(await run(['verify'], captured.io)).toBe(2);
    expect(captured.stderr()).toContain('vigie audit: VIGIE_MASTER_KEY: missing secret');
    expect(captured.stderr()).toContain('VIGIE_JOURNAL_SIGNING_KEY_FILE: missing secret');
  });

  it('refuses to verify an export that is not one, and says which file is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-audit-'));
    try {
      const pem = join(dir, 'public.pem');
      writeFileSync(pem, generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString());
      const notExport = join(dir, 'notes.json');
      writeFileSync(notExport, '{"hello": "world"}');
      const captured = captureIo({});
      expect(await run(['verify-export', notExport, '--public-key', pem], captured.io)).toBe(2);
      expect(captured.stderr()).toContain('is not a Vigie journal export');
      const missing = captureIo({});
      expect(await run(['verify-export', join(dir, 'absent.json'), '--public-key', pem], missing.io)).toBe(2);
      expect(missing.stderr()).toContain(`file not found: ${join(dir, 'absent.json')}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
