import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseArgument } from '../db/test-support/database-argument.js';
import { exited } from '../db/test-support/run-script.js';
import { postgresTarget, type StoreTarget, sqliteTarget } from '../db/test-support/store-targets.js';
import { signInOverHttp, startServerProcess } from './test-support/server-process.js';

const targets: StoreTarget[] = [sqliteTarget, await postgresTarget()];
const ACKNOWLEDGED_BEFORE_KILL = 60;
const CONCURRENCY = 16;

for (const target of targets) {
  if (target.unavailable !== undefined) {
    if (process.env.CI === 'true') {
      describe(`the server killed on ${target.name}`, () => {
        it('is reachable in CI', () => {
          throw new Error(target.unavailable);
        });
      });
    }
    continue;
  }

  describe(`the server killed with SIGKILL on ${target.name}`, () => {
    it('keeps every write it acknowledged, with its journal entry, and the journal verifies', async () => {
      const store = await target.create();
      const dataDir = mkdtempSync(join(tmpdir(), 'vigie-crash-'));
      try {
        const first = await startServerProcess(databaseArgument(store.database), dataDir, 'bootstrap');
        const secret = first.totpSecret ?? '';
        const headers = await signInOverHttp(first, secret, new Date());
        const acknowledged: string[] = [];
        let killed = false;
        // Writers keep going until the process dies under them; what they were told was created is the contract.
        const writer = async (n: number) => {
          for (let i = 0; !killed; i++) {
            try {
              const response = await fetch(`${first.url}/api/v1/api-keys`, {
                method: 'POST',
                headers,
                body: JSON.stringify({ name: `burst ${n}-${i}`, scopes: ['journal.read'] }),
              });
              if (response.status !== 201) continue;
              const { apiKey } = (await response.json()) as { apiKey: { id: string } };
              acknowledged.push(apiKey.id);
              if (acknowledged.length >= ACKNOWLEDGED_BEFORE_KILL && !killed) {
                killed = true;
                first.child.kill('SIGKILL');
              }
            } catch {
              return; // the connection died with the process
            }
          }
        };
        const death = exited(first.child);
        await Promise.all(Array.from({ length: CONCURRENCY }, (_, n) => writer(n)));
        expect((await death).code).toBe('SIGKILL');
        expect(acknowledged.length).toBeGreaterThanOrEqual(ACKNOWLEDGED_BEFORE_KILL);

        const second = await startServerProcess(databaseArgument(store.database), dataDir);
        try {
          // The next step's code: the one used before the crash cannot be replayed.
          const again = await signInOverHttp(second, secret, new Date(Date.now() + 30_000));
          const listed = await fetch(`${second.url}/api/v1/api-keys`, { headers: again });
          const ids = new Set(((await listed.json()) as { apiKeys: { id: string }[] }).apiKeys.map((k) => k.id));
          const lost = acknowledged.filter((id) => !ids.has(id));
          expect(lost).toEqual([]);

          const journalled = new Set<string>();
          let before: number | null | undefined;
          do {
            const page = await fetch(`${second.url}/api/v1/journal?limit=200${before ? `&before=${before}` : ''}`, {
              headers: again,
            });
            const body = (await page.json()) as {
              entries: { action: string; subject: string | null }[];
              nextBefore: number | null;
            };
            for (const entry of body.entries)
              if (entry.action === 'api_keys.create' && entry.subject) journalled.add(entry.subject);
            before = body.nextBefore;
          } while (before);
          expect(acknowledged.filter((id) => !journalled.has(`api_key:${id}`))).toEqual([]);

          const verification = await fetch(`${second.url}/api/v1/journal/verification`, { headers: again });
          expect(((await verification.json()) as { ok: boolean }).ok).toBe(true);
        } finally {
          second.child.kill('SIGTERM');
          await exited(second.child);
        }
      } finally {
        await store.drop();
        rmSync(dataDir, { recursive: true, force: true });
      }
    }, 120_000);
  });
}
