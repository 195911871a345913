import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openInstallation } from '../installation/installation.js';
import { describeOnEachStore } from '../installation/test-support/each-store.js';
import { configOf, installationEnv } from '../installation/test-support/installation-env.js';
import { accessEvent } from '../modules/journal/test-support/journal-fixture.js';
import { editField } from '../modules/journal/test-support/tamper.js';
import { run as runBackup } from './backup.js';
import { run as runRestore } from './restore.js';
import { captureIo } from './test-support/capture-io.js';
import { rewriteJournal } from './test-support/rewrite-journal.js';

await describeOnEachStore('vigie backup and vigie restore', (target) => {
  let dir: string;
  const drops: (() => Promise<void>)[] = [];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vigie-backup-cli-'));
  });

  afterEach(async () => {
    for (const drop of drops.splice(0)) await drop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function store() {
    const created = await target.create();
    drops.push(created.drop);
    return created.database;
  }

  async function command(run: typeof runBackup, args: string[], env: Record<string, string | undefined>) {
    const captured = captureIo({ ...env, PATH: process.env.PATH });
    const code = await run(args, captured.io);
    return { code, stdout: captured.stdout(), stderr: captured.stderr() };
  }

  it('backs up, refuses to restore over data without --force, and restores a journal that verifies', async () => {
    const env = installationEnv(await store(), dir);
    const installation = await openInstallation(configOf(env));
    await installation.journal.appender.record(Array.from({ length: 12 }, (_, i) => accessEvent(i)));
    await installation.close();

    const file = join(dir, 'vigie.backup');
    const backedUp = await command(runBackup, [file], env);
    expect(backedUp.stderr).toBe('');
    expect(backedUp.code).toBe(0);
    expect(backedUp.stdout).toContain(`Backup written: ${file}`);
    expect(backedUp.stdout).toContain('Journal: up to entry 12.');

    expect(await command(runBackup, [file], env)).toMatchObject({
      code: 1,
      stderr: `vigie backup: ${file} already exists: Vigie does not overwrite a backup, choose another name.\n`,
    });
    expect(await command(runRestore, [file], env)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('add --force to replace it'),
    });

    const elsewhere = { ...env, DATABASE_URL: installationEnv(await store(), dir).DATABASE_URL };
    const restored = await command(runRestore, [file], elsewhere);
    expect(restored).toEqual({
      code: 0,
      stdout: expect.stringContaining(
        'Journal intact: 12 entries, 1 signed checkpoint. The last 2 entries come after the last checkpoint',
      ),
      stderr: '',
    });
    expect((await command(runRestore, [file, '--force'], env)).code).toBe(0);
  });

  it('ends a restore with exit 1 naming the entry when the journal in the backup was tampered with', async () => {
    const env = installationEnv(await store(), dir);
    const installation = await openInstallation(configOf(env));
    await installation.journal.appender.record(Array.from({ length: 12 }, (_, i) => accessEvent(i)));
    await rewriteJournal(installation.database.db, (entries) => editField(entries, 5, 'request:other'));
    await installation.close();
    const file = join(dir, 'tampered.backup');
    expect((await command(runBackup, [file], env)).code).toBe(0);

    const elsewhere = { ...env, DATABASE_URL: installationEnv(await store(), dir).DATABASE_URL };
    const restored = await command(runRestore, [file], elsewhere);
    expect(restored.code).toBe(1);
    expect(restored.stderr).toContain('Journal verification failed (altered, entry 5)');
  });
});

describe('vigie backup, on a machine without the PostgreSQL tools', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vigie-backup-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('says pg_dump is missing in the operator’s language, with exit 2, and writes nothing', async () => {
    const env = {
      ...installationEnv({ kind: 'sqlite', path: join(dir, 'unused.sqlite') }, dir),
      DATABASE_URL: 'postgres://vigie:pw@127.0.0.1:1/vigie',
      PATH: join(dir, 'no-tools-here'),
    };
    const captured = captureIo(env, 'fr');
    const file = join(dir, 'vigie.backup');
    expect(await runBackup([file], captured.io)).toBe(2);
    expect(captured.stderr()).toContain('vigie backup: pg_dump est introuvable dans le PATH');
    expect(existsSync(file)).toBe(false);
  });

  it('asks for one destination file', async () => {
    const captured = captureIo({});
    expect(await runBackup([], captured.io)).toBe(2);
    expect(captured.stderr()).toBe('vigie backup: give one destination file (vigie backup --help).\n');
    const restore = captureIo({}, 'fr');
    expect(await runRestore(['a', 'b'], restore.io)).toBe(2);
    expect(restore.stderr()).toContain('indiquez un seul fichier de sauvegarde');
  });
});
