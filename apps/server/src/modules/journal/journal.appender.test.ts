import { describe, expect, it } from 'vitest';
import { createJournalAppender } from './journal.appender.js';
import { GENESIS_HASH, hashEntry } from './journal.canonical.js';
import { checkpointSignatureHolds } from './journal.checkpoint.js';
import type { JournalRepository } from './journal.repository.js';
import { verifyJournal } from './journal.verify.js';
import { accessEvent, newSigner, steppingClock } from './test-support/journal-fixture.js';
import { createMemoryJournalStore } from './test-support/memory-journal-store.js';

function setUp(checkpointEvery = 10, wrap: (repository: JournalRepository) => JournalRepository = (r) => r) {
  const store = createMemoryJournalStore();
  const signer = newSigner();
  const appender = createJournalAppender({ repository: wrap(store), signer, checkpointEvery, now: steppingClock() });
  return { store, signer, appender };
}

describe('appending to the access journal', () => {
  it('chains each entry to the one before, the first one to the genesis value', async () => {
    const { store, appender } = setUp();
    const entries = await appender.record([accessEvent(1), accessEvent(2), accessEvent(3)]);
    expect(entries.map((entry) => entry.seq)).toEqual([1, 2, 3]);
    expect(entries[0]?.prevHash).toBe(GENESIS_HASH);
    for (const [i, entry] of entries.entries()) {
      if (i > 0) expect(entry.prevHash).toBe(entries[i - 1]?.hash);
      expect(entry.hash).toBe(hashEntry(entry.prevHash, entry));
    }
    expect(store.entryList).toEqual(entries);
  });

  it('accesses recorded at the same moment share one transaction, and each caller gets its own entries', async () => {
    let transactions = 0;
    const { store, appender } = setUp(10, (repository) => ({
      lastEntry: () => repository.lastEntry(),
      append: (entries, checkpoints) => {
        transactions += 1;
        return repository.append(entries, checkpoints);
      },
    }));
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => appender.record([accessEvent(i)])));
    expect(transactions).toBe(1);
    expect(results.map((entries) => entries[0]?.subject)).toEqual(
      Array.from({ length: 100 }, (_, i) => `request:r${i}`),
    );
    expect(store.entryList).toHaveLength(100);
  });

  it('signs a checkpoint at every multiple of the configured interval', async () => {
    const { store, signer, appender } = setUp(25);
    await appender.record(Array.from({ length: 60 }, (_, i) => accessEvent(i)));
    await appender.record(Array.from({ length: 40 }, (_, i) => accessEvent(i)));
    expect(store.checkpointList.map((checkpoint) => checkpoint.seq)).toEqual([25, 50, 75, 100]);
    for (const checkpoint of store.checkpointList) {
      expect(checkpointSignatureHolds(checkpoint, signer.publicKeys)).toBe(true);
      expect(checkpoint.hash).toBe(store.entryList[checkpoint.seq - 1]?.hash);
    }
  });

  it('two server processes appending to one store produce one unbroken chain', async () => {
    const store = createMemoryJournalStore();
    const signer = newSigner();
    let conflicts = 0;
    const repository: JournalRepository = {
      lastEntry: () => store.lastEntry(),
      append: async (entries, checkpoints) => {
        const outcome = await store.append(entries, checkpoints);
        if (outcome === 'conflict') conflicts += 1;
        return outcome;
      },
    };
    const options = { repository, signer, checkpointEvery: 10, now: steppingClock() };
    const first = createJournalAppender(options);
    const second = createJournalAppender(options);
    const writes = [];
    for (let i = 0; i < 30; i++) writes.push((i % 2 === 0 ? first : second).record([accessEvent(i)]));
    await Promise.all(writes);
    await first.record([accessEvent(100)]);
    expect(conflicts).toBeGreaterThan(0);
    expect(store.entryList.map((entry) => entry.seq)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
    const result = await verifyJournal(store.entryList, store.checkpointList, signer.publicKeys);
    expect(result).toMatchObject({ ok: true, entries: 31 });
  });

  it('after losing a race, appends once under the store lock from the head read there, then optimistically again', async () => {
    const store = createMemoryJournalStore();
    const signer = newSigner();
    const other = createJournalAppender({ repository: store, signer, checkpointEvery: 10, now: steppingClock() });
    const locked: (number | undefined)[] = [];
    const repository: JournalRepository = {
      lastEntry: () => store.lastEntry(),
      append: (entries, checkpoints) => store.append(entries, checkpoints),
      async appendAtHead(build) {
        const last = await store.lastEntry();
        locked.push(last?.seq);
        const { entries, checkpoints } = build(last);
        if ((await store.append(entries, checkpoints)) === 'conflict') throw new Error('the lock was not held');
        return entries;
      },
    };
    const mine = createJournalAppender({ repository, signer, checkpointEvery: 10, now: steppingClock() });
    await mine.record([accessEvent(1)]);
    // The other process takes seq 2 and 3 while this one still believes the head is 1.
    await other.record([accessEvent(2), accessEvent(3)]);
    const [entry] = await mine.record([accessEvent(4)]);
    expect(entry?.seq).toBe(4);
    expect(locked).toEqual([3]);
    await mine.record([accessEvent(5)]);
    expect(locked).toEqual([3]);
    const result = await verifyJournal(store.entryList, store.checkpointList, signer.publicKeys);
    expect(result).toMatchObject({ ok: true, entries: 5 });
  });

  it('refuses an event carrying personal data instead of an id, and writes nothing', async () => {
    const { store, appender } = setUp();
    const withEmail = { ...accessEvent(1), subject: 'person:marie.tremblay@example.ca' };
    expect(() => appender.record([withEmail])).toThrow(expect.objectContaining({ code: 'journal.invalid_event' }));
    const withName = { ...accessEvent(1), actor: 'Marie Tremblay' };
    expect(() => appender.record([withName])).toThrow(expect.objectContaining({ code: 'journal.invalid_event' }));
    expect(store.entryList).toHaveLength(0);
  });

  it('when the store fails, the callers of that batch see the error and the next access continues the chain', async () => {
    let failNext = true;
    const { store, signer, appender } = setUp(10, (repository) => ({
      lastEntry: () => repository.lastEntry(),
      append: async (entries, checkpoints) => {
        if (failNext) {
          failNext = false;
          throw new Error('disk full');
        }
        return repository.append(entries, checkpoints);
      },
    }));
    await expect(appender.record([accessEvent(1)])).rejects.toThrow('disk full');
    const [entry] = await appender.record([accessEvent(2)]);
    expect(entry?.seq).toBe(1);
    const result = await verifyJournal(store.entryList, store.checkpointList, signer.publicKeys);
    expect(result).toMatchObject({ ok: true, entries: 1 });
  });

  it('signs a checkpoint at the head on demand, so the latest entries are covered too', async () => {
    const { store, signer, appender } = setUp(10);
    expect(await appender.checkpoint()).toBeUndefined();
    await appender.record(Array.from({ length: 13 }, (_, i) => accessEvent(i)));
    const checkpoint = await appender.checkpoint();
    expect(checkpoint).toMatchObject({ seq: 13, hash: store.entryList[12]?.hash });
    const result = await verifyJournal(store.entryList, store.checkpointList, signer.publicKeys);
    expect(result).toMatchObject({ ok: true, lastCheckpointSeq: 13, uncheckpointed: 0 });
  });
});
