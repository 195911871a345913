import { describe, expect, it } from 'vitest';
import { signCheckpoint } from './journal.checkpoint.js';
import type { JournalEntry } from './journal.entry.js';
import { verifyJournal } from './journal.verify.js';
import { buildJournal, newSigner } from './test-support/journal-fixture.js';
import { editAndRehash, editField, forgeEntry, renumberFrom, rewriteFrom } from './test-support/tamper.js';

async function* streamed(entries: readonly JournalEntry[]): AsyncIterable<JournalEntry> {
  yield* entries;
}

describe('verifying the access journal', () => {
  it('a clean journal of 10,000 entries verifies, every entry covered by a signed checkpoint', async () => {
    const { entries, checkpoints, signer } = await buildJournal(10_000, 1000);
    const result = await verifyJournal(entries, checkpoints, signer.publicKeys);
    expect(result).toEqual({
      ok: true,
      entries: 10_000,
      head: { seq: 10_000, hash: entries[9999]?.hash },
      lastCheckpointSeq: 10_000,
      uncheckpointed: 0,
    });
  });

  it('verifies a journal streamed from the store as well as one held in memory', async () => {
    const { entries, checkpoints, signer } = await buildJournal(250, 100);
    const result = await verifyJournal(streamed(entries), checkpoints, signer.publicKeys);
    expect(result).toMatchObject({ ok: true, entries: 250, lastCheckpointSeq: 200, uncheckpointed: 50 });
  });

  it('an empty journal verifies', async () => {
    const result = await verifyJournal([], [], newSigner().publicKeys);
    expect(result).toEqual({ ok: true, entries: 0, head: undefined, lastCheckpointSeq: undefined, uncheckpointed: 0 });
  });
});

describe('each kind of tampering is detected and named with the entry', () => {
  const journalOf = () => buildJournal(50, 10);
  const problemOf = async (tamper: (entries: readonly JournalEntry[]) => readonly JournalEntry[]) => {
    const journal = await journalOf();
    const result = await verifyJournal(tamper(journal.entries), journal.checkpoints, journal.signer.publicKeys);
    return result.ok ? undefined : result.problem;
  };

  it('an edited field', async () => {
    expect(await problemOf((e) => editField(e, 17, 'request:other'))).toEqual({ kind: 'altered', seq: 17 });
  });

  it('an edited field whose hash was re-computed: the next entry no longer commits to it', async () => {
    expect(await problemOf((e) => editAndRehash(e, 17, 'request:other'))).toEqual({ kind: 'altered', seq: 17 });
  });

  it('the first entry re-chained to something other than the genesis value', async () => {
    expect(await problemOf((e) => rewriteFrom(e, 1, 'request:other'))).toEqual({ kind: 'altered', seq: 1 });
  });

  it('a deleted entry', async () => {
    expect(await problemOf((e) => e.filter((x) => x.seq !== 17))).toEqual({ kind: 'removed', seq: 17 });
  });

  it('a deleted entry with the later ones renumbered to close the gap', async () => {
    const tampered = (e: readonly JournalEntry[]) =>
      renumberFrom(
        e.filter((x) => x.seq !== 17),
        18,
        -1,
      );
    expect(await problemOf(tampered)).toEqual({ kind: 'removed', seq: 17 });
  });

  it('an inserted entry that chains correctly and claims a place already taken', async () => {
    const tampered = (e: readonly JournalEntry[]) => [...e.slice(0, 16), forgeEntry(e, 17), ...e.slice(16)];
    expect(await problemOf(tampered)).toEqual({ kind: 'inserted', seq: 17 });
  });

  it('an inserted entry with the later ones renumbered to make room', async () => {
    const tampered = (e: readonly JournalEntry[]) => [
      ...e.slice(0, 16),
      forgeEntry(e, 17),
      ...renumberFrom(e.slice(16), 17, 1),
    ];
    expect(await problemOf(tampered)).toEqual({ kind: 'inserted', seq: 17 });
  });

  it('two entries swapped in storage order', async () => {
    const tampered = (e: readonly JournalEntry[]) => {
      const copy = [...e];
      [copy[16], copy[17]] = [copy[17] as JournalEntry, copy[16] as JournalEntry];
      return copy;
    };
    expect(await problemOf(tampered)).toEqual({ kind: 'reordered', seq: 17 });
  });

  it('two entries that exchanged their seq numbers (the store reads them back in seq order)', async () => {
    const tampered = (e: readonly JournalEntry[]) =>
      e
        .map((x) => (x.seq === 17 ? { ...x, seq: 18 } : x.seq === 18 ? { ...x, seq: 17 } : x))
        .sort((a, b) => a.seq - b.seq);
    expect(await problemOf(tampered)).toEqual({ kind: 'reordered', seq: 17 });
  });

  it('a checkpoint whose hash was changed under its old signature', async () => {
    const journal = await journalOf();
    const forged = journal.checkpoints.map((c) => (c.seq === 20 ? { ...c, hash: journal.entries[4]?.hash ?? '' } : c));
    const result = await verifyJournal(journal.entries, forged, journal.signer.publicKeys);
    expect(result).toEqual({ ok: false, problem: { kind: 'checkpoint_forged', seq: 20 } });
  });

  it('a checkpoint signed with a key that is not the journal’s', async () => {
    const journal = await journalOf();
    const intruder = newSigner();
    const forged = journal.checkpoints.map((c) =>
      c.seq === 30 ? { ...signCheckpoint(c, c.at, intruder), keyId: journal.signer.keyId } : c,
    );
    const result = await verifyJournal(journal.entries, forged, journal.signer.publicKeys);
    expect(result).toEqual({ ok: false, problem: { kind: 'checkpoint_forged', seq: 30 } });
  });

  it('history rewritten consistently after an entry: the next signed checkpoint disagrees', async () => {
    expect(await problemOf((e) => rewriteFrom(e, 17, 'request:other'))).toEqual({
      kind: 'checkpoint_mismatch',
      seq: 20,
    });
  });

  it('a dropped tail that signed checkpoints vouch for', async () => {
    expect(await problemOf((e) => e.filter((x) => x.seq < 35))).toEqual({ kind: 'truncated', seq: 35 });
  });

  it('reports the first problem in chain order when there are several', async () => {
    const tampered = (e: readonly JournalEntry[]) => editField(e, 30, 'request:other').filter((x) => x.seq !== 12);
    expect(await problemOf(tampered)).toEqual({ kind: 'removed', seq: 12 });
  });

  it('says how many entries no checkpoint covers yet, the part a tail cut could take unseen', async () => {
    const journal = await buildJournal(47, 10);
    const result = await verifyJournal(journal.entries, journal.checkpoints, journal.signer.publicKeys);
    expect(result).toMatchObject({ ok: true, lastCheckpointSeq: 40, uncheckpointed: 7 });
  });
});
