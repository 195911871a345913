import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type VigieDatabase } from '../../db/database.js';
import { migrateToLatest } from '../../db/migrate.js';
import { postgresTarget, type StoreTarget, sqliteTarget } from '../../db/test-support/store-targets.js';
import { createJournalAppender } from './journal.appender.js';
import { createJournalStore } from './journal.store.js';
import { verifyStoredJournal } from './journal.verify-stored.js';
import { accessEvent, newSigner } from './test-support/journal-fixture.js';

/**
 * The journal through the real store (`npm run bench:server`): append rate in batches and verify rate from the
 * database, the targets being 20,000 and 500,000 entries/s. A quick reading under vitest (100,000 entries by
 * default); bench/journal.js gives the figures, over 500,000 stored entries, beside the in-memory ones. A benchmark,
 * not a test: it asserts only that the work it timed was done.
 */
const ENTRIES = Number(process.env.JOURNAL_BENCH_ENTRIES ?? 100_000);
const BATCH = 1000;
const CHECKPOINT_EVERY = 1000;

const targets: StoreTarget[] = [sqliteTarget, await postgresTarget()];

function report(label: string, count: number, ms: number): void {
  const perSecond = Math.round(count / (ms / 1000));
  console.log(`${label.padEnd(44)} ${perSecond.toLocaleString('en').padStart(10)} entries/s`);
}

for (const target of targets.filter((t) => t.unavailable === undefined)) {
  describe(`the journal on ${target.name}`, () => {
    let store: VigieDatabase;
    let drop: () => Promise<void>;
    beforeAll(async () => {
      const created = await target.create();
      drop = created.drop;
      store = createDatabase(created);
      expect((await migrateToLatest(store)).ok).toBe(true);
    });
    afterAll(async () => {
      await store?.close();
      await drop?.();
    });

    it('appends in batches and verifies from the store, and prints both rates', async () => {
      const signer = newSigner();
      const appender = createJournalAppender({
        repository: createJournalStore(store),
        signer,
        checkpointEvery: CHECKPOINT_EVERY,
        now: () => new Date(),
      });
      const events = Array.from({ length: ENTRIES }, (_, i) => accessEvent(i));
      let start = performance.now();
      for (let i = 0; i < ENTRIES; i += BATCH) await appender.record(events.slice(i, i + BATCH));
      report(`${target.name}: journal append, ${BATCH}-entry batches`, ENTRIES, performance.now() - start);

      start = performance.now();
      const { verification } = await verifyStoredJournal({ db: store.db, publicKeys: signer.publicKeys });
      report(`${target.name}: journal verify, from the store`, ENTRIES, performance.now() - start);
      expect(verification).toMatchObject({ ok: true, entries: ENTRIES });
    }, 300_000);
  });
}
