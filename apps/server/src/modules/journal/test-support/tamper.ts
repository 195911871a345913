import { hashEntry } from '../journal.canonical.js';
import type { JournalEntry } from '../journal.entry.js';

/** The entries as an attacker with write access to the store could leave them. */

export function editField(entries: readonly JournalEntry[], seq: number, subject: string): JournalEntry[] {
  return entries.map((entry) => (entry.seq === seq ? { ...entry, subject } : entry));
}

/** Edits an entry and re-computes its own hash (the algorithm is public), leaving the rest as it was. */
export function editAndRehash(entries: readonly JournalEntry[], seq: number, subject: string): JournalEntry[] {
  return entries.map((entry) => {
    if (entry.seq !== seq) return entry;
    const edited = { ...entry, subject };
    return { ...edited, hash: hashEntry(edited.prevHash, edited) };
  });
}

/** Re-chains every entry from `seq` on, as an attacker rewriting history consistently would. */
export function rewriteFrom(entries: readonly JournalEntry[], seq: number, subject: string): JournalEntry[] {
  const result: JournalEntry[] = [];
  let prevHash = '';
  for (const entry of entries) {
    if (entry.seq < seq) {
      result.push(entry);
      prevHash = entry.hash;
      continue;
    }
    const edited = { ...entry, subject: entry.seq === seq ? subject : entry.subject, prevHash };
    const rewritten = { ...edited, hash: hashEntry(prevHash, edited) };
    result.push(rewritten);
    prevHash = rewritten.hash;
  }
  return result;
}

export function renumberFrom(entries: readonly JournalEntry[], seq: number, by: number): JournalEntry[] {
  return entries.map((entry) => (entry.seq >= seq ? { ...entry, seq: entry.seq + by } : entry));
}

/** A new entry that chains correctly after entry seq - 1 and claims place seq. */
export function forgeEntry(entries: readonly JournalEntry[], seq: number): JournalEntry {
  const before = entries.find((entry) => entry.seq === seq - 1);
  if (before === undefined) throw new Error(`no entry ${seq - 1}`);
  const forged = { ...before, seq, subject: 'request:planted', prevHash: before.hash };
  return { ...forged, hash: hashEntry(forged.prevHash, forged) };
}
