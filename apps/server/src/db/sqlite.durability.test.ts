import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase } from './database.js';
import { exited, onLines, startScript } from './test-support/run-script.js';

/** Enough acknowledged commits that the kill lands in the middle of a steady burst, not at its start. */
const ACKNOWLEDGED_BEFORE_KILL = 300;

/**
 * A SIGKILL proves that nothing acknowledged waits in the process (no write-behind buffer, no unawaited commit).
 * It cannot prove the fsync: the kernel keeps the killed process's writes. That half rests on synchronous = FULL,
 * which sqlite.test.ts checks is in force.
 */
describe('the embedded SQLite store after a crash', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it('still holds every write it acknowledged when the writing process is killed mid-burst', async () => {
    dir = mkdtempSync(join(tmpdir(), 'vigie-durability-'));
    const path = join(dir, 'vigie.sqlite');
    const writer = await startScript('durability-writer.script.ts', [path]);
    const done = exited(writer);
    const acknowledged: number[] = [];
    await new Promise<void>((resolve, reject) => {
      writer.on('exit', () => reject(new Error('the writer stopped before it was killed')));
      onLines(writer, (line) => {
        if (line === 'ready') return;
        acknowledged.push(Number(line));
        if (acknowledged.length === ACKNOWLEDGED_BEFORE_KILL) {
          writer.kill('SIGKILL');
          resolve();
        }
      });
    });
    expect(await done).toMatchObject({ code: 'SIGKILL' });

    const store = createDatabase({ database: { kind: 'sqlite', path } });
    try {
      const rows = await store.db.selectFrom('journal_entries').select('seq').orderBy('seq').execute();
      const stored = new Set(rows.map((r) => r.seq));
      expect(acknowledged.filter((seq) => !stored.has(seq))).toEqual([]);
      expect(stored.size).toBeGreaterThanOrEqual(ACKNOWLEDGED_BEFORE_KILL);
    } finally {
      await store.close();
    }
  }, 60_000);
});
