import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase, type VigieDatabase } from '../../db/database.js';
import { migrateToLatest } from '../../db/migrate.js';
import { postgresTarget, type StoreTarget, sqliteTarget } from '../../db/test-support/store-targets.js';
import { createJournalAppender } from './journal.appender.js';
import { hashEntry } from './journal.canonical.js';
import type { JournalEntry } from './journal.entry.js';
import { scanIntactJournal } from './journal.intact-scan.js';
import { createJournalStore } from './journal.store.js';
import { verifyJournal } from './journal.verify.js';
import { verifyStoredJournal } from './journal.verify-stored.js';
import { accessEvent, newSigner, steppingClock } from './test-support/journal-fixture.js';

/**
 * The fast path of verifyStoredJournal: it must confirm an intact journal exactly as the field-by-field verifier
 * does, and give up (leaving the verdict to that verifier) on every row it cannot prove intact, including rows whose
 * text would read the same once concatenated by the database but whose stored values differ.
 */
const targets: StoreTarget[] = [sqliteTarget, await postgresTarget()];

// 47 entries checkpointed every 10, scanned 7 at a time: pages that end inside and between checkpoints.
const CALLS = [5, 12, 30];
const CHECKPOINT_EVERY = 10;
const PAGE_SIZE = 7;
const EVERY_ROW = Number.MIN_SAFE_INTEGER + 1;

for (const target of targets) {
  if (target.unavailable !== undefined) {
    if (process.env.CI === 'true') {
      describe(`the intact-journal scan on ${target.name}`, () => {
        it('is reachable in CI', () => {
          throw new Error(target.unavailable);
        });
      });
    } else {
      console.warn(`Intact-journal scan suite on ${target.name} skipped: ${target.unavailable}`);
    }
    continue;
  }

  describe(`the intact-journal scan on ${target.name}`, () => {
    let drop: () => Promise<void>;
    let store: VigieDatabase;
    const signer = newSigner();
    let written: JournalEntry[];

    async function scanWithCheckpoints() {
      const journal = createJournalStore(store);
      const checkpoints = await journal.checkpoints({ fromSeq: EVERY_ROW });
      return scanIntactJournal({
        db: store.db,
        checkpoints,
        publicKeys: signer.publicKeys,
        fromSeq: EVERY_ROW,
        pageSize: PAGE_SIZE,
      });
    }

    async function problem() {
      const { verification } = await verifyStoredJournal({ db: store.db, publicKeys: signer.publicKeys });
      return verification.ok ? undefined : verification.problem;
    }

    async function insert(entry: JournalEntry) {
      await sql`insert into journal_entries (seq, at, actor, action, subject, purpose, origin, prev_hash, hash)
        values (${entry.seq}, ${entry.at}, ${entry.actor}, ${entry.action}, ${entry.subject}, ${entry.purpose},
          ${entry.origin}, ${entry.prevHash}, ${entry.hash})`.execute(store.db);
    }

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

    beforeEach(async () => {
      await store.db.deleteFrom('journal_entries').execute();
      await store.db.deleteFrom('journal_checkpoints').execute();
      const appender = createJournalAppender({
        repository: createJournalStore(store),
        signer,
        checkpointEvery: CHECKPOINT_EVERY,
        now: steppingClock(),
      });
      written = [];
      let i = 0;
      for (const size of CALLS) {
        written.push(...(await appender.record(Array.from({ length: size }, () => accessEvent(++i)))));
      }
    });

    it('confirms an intact journal with exactly the result of the field-by-field verifier', async () => {
      const checkpoints = await createJournalStore(store).checkpoints({ fromSeq: EVERY_ROW });
      const expected = await verifyJournal(written, checkpoints, signer.publicKeys);
      expect(expected).toMatchObject({ ok: true, entries: 47, lastCheckpointSeq: 40, uncheckpointed: 7 });
      expect(await scanWithCheckpoints()).toEqual(expected);
      // Whatever the page size, the last page full or short.
      for (const pageSize of [1, 10, 47, 10_000]) {
        const result = await scanIntactJournal({
          db: store.db,
          checkpoints,
          publicKeys: signer.publicKeys,
          fromSeq: 1,
          pageSize,
        });
        expect(result).toEqual(expected);
      }
    });

    it('confirms an empty journal', async () => {
      await store.db.deleteFrom('journal_entries').execute();
      await store.db.deleteFrom('journal_checkpoints').execute();
      expect(await scanWithCheckpoints()).toEqual({
        ok: true,
        entries: 0,
        head: undefined,
        lastCheckpointSeq: undefined,
        uncheckpointed: 0,
      });
    });

    const tamperings: [string, string][] = [
      ['an edited field', `update journal_entries set subject = 'request:other' where seq = 17`],
      ['a deleted entry', 'delete from journal_entries where seq = 17'],
      ['a deleted tail that a checkpoint covers', 'delete from journal_entries where seq >= 35'],
      [
        'a row planted below seq 1',
        'insert into journal_entries select 0, at, actor, action, subject, purpose, origin, prev_hash, hash from journal_entries where seq = 1',
      ],
      [
        'a checkpoint given another one’s signature',
        'update journal_checkpoints set signature = (select c.signature from journal_checkpoints c where c.seq = 10) where seq = 20',
      ],
      [
        'a checkpoint moved to another hash',
        'update journal_checkpoints set hash = (select e.hash from journal_entries e where e.seq = 15) where seq = 30',
      ],
      // The record would read exactly as before (the hash column followed by the previous hash): only the 64-byte
      // guard tells the columns apart.
      [
        'the previous hash moved to the end of the hash column',
        `update journal_entries set hash = hash || prev_hash, prev_hash = '' where seq = 17`,
      ],
    ];

    for (const [name, statement] of tamperings) {
      it(`gives up on ${name}, and the verifier names the problem`, async () => {
        expect(await scanWithCheckpoints()).toBeDefined();
        await sql.raw(statement).execute(store.db);
        expect(await scanWithCheckpoints()).toBeUndefined();
        expect(await problem()).toBeDefined();
      });
    }

    it('gives up on two entries swapped, on an entry re-hashed after an edit, and on a slipped-in forgery', async () => {
      const edited = { ...(written[16] as JournalEntry), actor: 'user:u0' };
      await sql`update journal_entries set actor = ${edited.actor}, hash = ${hashEntry(edited.prevHash, edited)}
        where seq = 17`.execute(store.db);
      expect(await scanWithCheckpoints()).toBeUndefined();
      expect(await problem()).toEqual({ kind: 'altered', seq: 17 });

      await sql`update journal_entries set actor = ${written[16]?.actor}, hash = ${written[16]?.hash} where seq = 17`.execute(
        store.db,
      );
      expect(await scanWithCheckpoints()).toBeDefined();
      await sql`update journal_entries set seq = -17 where seq = 17`.execute(store.db);
      await sql`update journal_entries set seq = 17 where seq = 18`.execute(store.db);
      await sql`update journal_entries set seq = 18 where seq = -17`.execute(store.db);
      expect(await scanWithCheckpoints()).toBeUndefined();
      expect(await problem()).toEqual({ kind: 'reordered', seq: 17 });
    });

    it('gives up on an entry that needs escaping, valid or forged: the verifier decides', async () => {
      // Not an event the appender accepts (ids only), but a chain written elsewhere could hold one.
      const last = written.at(-1) as JournalEntry;
      const fields = { ...last, seq: 48, subject: 'request:a"b', prevHash: last.hash };
      const quoted = { ...fields, hash: hashEntry(fields.prevHash, fields) };
      await insert(quoted);
      expect(await scanWithCheckpoints()).toBeUndefined();
      const { verification } = await verifyStoredJournal({ db: store.db, publicKeys: signer.publicKeys });
      expect(verification).toMatchObject({ ok: true, entries: 48 });

      // Stored as its own escaped text, the subject concatenates to the canonical form that was hashed.
      await sql`update journal_entries set subject = ${'request:a\\"b'} where seq = 48`.execute(store.db);
      expect(await scanWithCheckpoints()).toBeUndefined();
      expect(await problem()).toEqual({ kind: 'altered', seq: 48 });
    });

    it('gives up on a table that is no longer as migrated, and the verifier still reads it', async () => {
      await sql`alter table journal_entries add column note text`.execute(store.db);
      try {
        expect(await scanWithCheckpoints()).toBeUndefined();
        expect(await problem()).toBeUndefined();
      } finally {
        await sql`alter table journal_entries drop column note`.execute(store.db);
      }
      expect(await scanWithCheckpoints()).toBeDefined();
    });

    if (target.name === 'sqlite') {
      it('gives up on values that read as the same text but are stored as bytes (SQLite keeps any type)', async () => {
        await sql`update journal_entries set hash = cast(hash as blob) where seq = 17`.execute(store.db);
        expect(await scanWithCheckpoints()).toBeUndefined();
        expect(await problem()).toEqual({ kind: 'altered', seq: 17 });
        await sql`update journal_entries set hash = cast(hash as text) where seq = 17`.execute(store.db);
        expect(await scanWithCheckpoints()).toBeDefined();

        await sql`update journal_entries set seq = cast(cast(seq as text) as blob) where seq = 47`.execute(store.db);
        expect(await scanWithCheckpoints()).toBeUndefined();
      });
    }
  });
}
