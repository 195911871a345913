import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqlite } from './sqlite.js';

const OWNER_ONLY_DIR = 0o700;
const OWNER_ONLY_FILE = 0o600;

describe('the embedded SQLite store', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('creates its data folder and opens in WAL mode with a full fsync on every commit and foreign keys on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-sqlite-'));
    dirs.push(dir);
    const { db, close } = openSqlite(join(dir, 'nested', 'data', 'vigie.sqlite'));
    try {
      const pragma = async (name: string) =>
        Object.values((await sql.raw(`pragma ${name}`).execute(db)).rows[0] as Record<string, unknown>)[0];
      expect(await pragma('journal_mode')).toBe('wal');
      // 2 is FULL: the WAL is synced at each commit, not only at checkpoints (NORMAL, 1).
      expect(await pragma('synchronous')).toBe(2);
      expect(await pragma('foreign_keys')).toBe(1);
      expect(await pragma('busy_timeout')).toBeGreaterThan(0);
    } finally {
      await close();
    }
  });

  it('keeps the data folder and the database file readable by their owner only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-sqlite-'));
    dirs.push(dir);
    const file = join(dir, 'data', 'vigie.sqlite');
    const { close } = openSqlite(file);
    await close();
    expect(statSync(dirname(file)).mode & 0o777).toBe(OWNER_ONLY_DIR);
    expect(statSync(file).mode & 0o777).toBe(OWNER_ONLY_FILE);
  });
});
