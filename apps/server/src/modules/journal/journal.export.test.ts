import { describe, expect, it } from 'vitest';
import { exportJournalRange, verifyJournalExport } from './journal.export.js';
import { describeJournalProblem } from './journal.problem-messages.js';
import { buildJournal, newSigner } from './test-support/journal-fixture.js';
import { editField } from './test-support/tamper.js';

async function exported(from: number, to: number) {
  const journal = await buildJournal(45, 10);
  const result = await exportJournalRange(journal.store, from, to);
  if (!result.ok) throw new Error(result.code);
  return { journal, value: result.value };
}

describe('exporting a range of the journal with its proof', () => {
  it('carries the entries up to the first checkpoint after the range, and verifies on its own', async () => {
    const { journal, value } = await exported(15, 23);
    expect(value.entries.map((entry) => entry.seq)).toEqual(Array.from({ length: 16 }, (_, i) => 15 + i));
    expect(value.checkpoints.map((checkpoint) => checkpoint.seq)).toEqual([20, 30]);
    expect(value.keyIds).toEqual([journal.signer.keyId]);
    const copy = JSON.parse(JSON.stringify(value));
    expect(await verifyJournalExport(copy, journal.signer.publicKeys)).toMatchObject({ ok: true, entries: 16 });
  });

  it('an entry edited inside the export is named', async () => {
    const { journal, value } = await exported(15, 23);
    const tampered = { ...value, entries: editField(value.entries, 21, 'request:other') };
    expect(await verifyJournalExport(tampered, journal.signer.publicKeys)).toEqual({
      ok: false,
      problem: { kind: 'altered', seq: 21 },
    });
  });

  it('an export whose closing checkpoint was removed proves nothing about its last entries', async () => {
    const { journal, value } = await exported(15, 23);
    const tampered = { ...value, checkpoints: value.checkpoints.filter((checkpoint) => checkpoint.seq !== 30) };
    expect(await verifyJournalExport(tampered, journal.signer.publicKeys)).toEqual({
      ok: false,
      problem: { kind: 'unanchored', seq: 21 },
    });
  });

  it('an export cut short of its range is named', async () => {
    const { journal, value } = await exported(15, 23);
    const tampered = { ...value, entries: value.entries.filter((entry) => entry.seq < 19), checkpoints: [] };
    expect(await verifyJournalExport(tampered, journal.signer.publicKeys)).toEqual({
      ok: false,
      problem: { kind: 'truncated', seq: 19 },
    });
  });

  it('fails against another organisation’s key', async () => {
    const { value } = await exported(15, 23);
    expect(await verifyJournalExport(value, newSigner().publicKeys)).toEqual({
      ok: false,
      problem: { kind: 'checkpoint_forged', seq: 20 },
    });
  });

  it('needs a checkpoint after the range; one signed at the head on demand makes recent entries exportable', async () => {
    const journal = await buildJournal(45, 10);
    expect(await exportJournalRange(journal.store, 41, 45)).toEqual({
      ok: false,
      code: 'journal.range_not_checkpointed',
    });
    await journal.appender.checkpoint();
    const result = await exportJournalRange(journal.store, 41, 45);
    if (!result.ok) throw new Error(result.code);
    expect(await verifyJournalExport(result.value, journal.signer.publicKeys)).toMatchObject({ ok: true, entries: 5 });
  });

  it('refuses a range that is not one', async () => {
    const journal = await buildJournal(5, 10);
    expect(await exportJournalRange(journal.store, 4, 2)).toEqual({ ok: false, code: 'journal.invalid_range' });
    expect(await exportJournalRange(journal.store, 0, 2)).toEqual({ ok: false, code: 'journal.invalid_range' });
  });
});

describe('problems in words', () => {
  it('every kind is told in French and English with the entry number', () => {
    const kinds = [
      'altered',
      'removed',
      'inserted',
      'reordered',
      'checkpoint_forged',
      'checkpoint_mismatch',
      'truncated',
      'unanchored',
    ] as const;
    for (const kind of kinds) {
      const text = describeJournalProblem({ kind, seq: 1234 });
      expect(text.fr).toContain('n° 1234');
      expect(text.en).toContain('1234');
      expect(text.fr).not.toBe(text.en);
    }
  });
});
