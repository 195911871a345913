import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { signInOverHttp, startServerProcess } from '../../app/test-support/server-process.js';
import { createDatabase } from '../../db/database.js';
import { databaseArgument } from '../../db/test-support/database-argument.js';
import { exited } from '../../db/test-support/run-script.js';
import { postgresTarget, type StoreTarget, sqliteTarget } from '../../db/test-support/store-targets.js';

const targets: StoreTarget[] = [sqliteTarget, await postgresTarget()];
const ACKNOWLEDGED_BEFORE_KILL = 300;
const CONCURRENCY = 32;

interface Receipt {
  readonly id: string;
  readonly recordedAt: string;
  readonly hash: string;
}

const consent = (n: number) =>
  JSON.stringify({
    visitorId: randomBytes(16).toString('base64url'),
    choices: { essential: true, analytics: n % 2 === 0, marketing: n % 3 === 0 },
    noticeVersion: '2025.1',
    configVersion: '0123456789abcdef',
    method: 'banner',
  });

for (const target of targets) {
  if (target.unavailable !== undefined) {
    if (process.env.CI === 'true') {
      describe(`the consent ledger killed on ${target.name}`, () => {
        it('is reachable in CI', () => {
          throw new Error(target.unavailable);
        });
      });
    }
    continue;
  }

  describe(`the server killed with SIGKILL during a burst of consents on ${target.name}`, () => {
    it('keeps every receipt it acknowledged, with the same hash, and the ledger verifies after restart', async () => {
      const store = await target.create();
      const dataDir = mkdtempSync(join(tmpdir(), 'vigie-consent-crash-'));
      try {
        const first = await startServerProcess(databaseArgument(store.database), dataDir, 'bootstrap');
        const acknowledged: Receipt[] = [];
        let killed = false;
        let sent = 0;
        // Writers keep going until the process dies under them; what they were told was recorded is the contract.
        const writer = async () => {
          while (!killed) {
            try {
              const response = await fetch(`${first.url}/api/v1/consents`, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: consent(sent++),
              });
              if (response.status !== 201) continue;
              const { receipt } = (await response.json()) as { receipt: Receipt };
              acknowledged.push(receipt);
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
        await Promise.all(Array.from({ length: CONCURRENCY }, () => writer()));
        expect((await death).code).toBe('SIGKILL');
        expect(acknowledged.length).toBeGreaterThanOrEqual(ACKNOWLEDGED_BEFORE_KILL);

        const second = await startServerProcess(databaseArgument(store.database), dataDir);
        try {
          // Every acknowledged receipt, read from the store the restarted server opened.
          const database = createDatabase({ database: store.database });
          try {
            const rows = await database.db
              .selectFrom('consent_records')
              .select(['id', 'hash', 'recorded_at'])
              .execute();
            const stored = new Map(rows.map((row) => [row.id, `${row.hash} ${row.recorded_at}`]));
            const lost = acknowledged.filter((r) => stored.get(r.id) !== `${r.hash} ${r.recordedAt}`);
            expect(lost).toEqual([]);
          } finally {
            await database.close();
          }
          // And as a visitor checks one: the public route (rate limited, so a sample).
          for (const receipt of acknowledged.slice(-5)) {
            const checked = await fetch(`${second.url}/api/v1/consents/receipts/verify`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ id: receipt.id, hash: receipt.hash }),
            });
            expect(await checked.json()).toMatchObject({ valid: true, recordedAt: receipt.recordedAt });
          }

          const headers = await signInOverHttp(second, first.totpSecret ?? '');
          // The restarted server anchors the records the killed one committed without anchoring them.
          let report: { ok: boolean; journalOk: boolean; records: number; unanchored?: number } | undefined;
          for (let i = 0; i < 50 && report?.unanchored !== 0; i++) {
            if (i > 0) await new Promise((resolve) => setTimeout(resolve, 100));
            const verification = await fetch(`${second.url}/api/v1/consents/verification`, { headers });
            report = (await verification.json()) as typeof report;
          }
          expect(report).toMatchObject({ ok: true, journalOk: true, unanchored: 0 });
          expect(report?.records).toBeGreaterThanOrEqual(acknowledged.length);
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
