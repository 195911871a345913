import { hashEntry, holdsOwnHash } from './journal.canonical.js';
import type { JournalCheckpoint, JournalPublicKeys } from './journal.checkpoint.js';
import { createCheckpointCursor } from './journal.checkpoint-cursor.js';
import type { JournalEntry } from './journal.entry.js';
import type { JournalProblem } from './journal.problem.js';

/** Where verification starts; a prevHash of undefined trusts the first entry's link (an exported range). */
export interface ChainStart {
  readonly seq: number;
  readonly prevHash: string | undefined;
}

export interface ChainVerifier {
  /** Feeds the next entry in storage order; returns the first problem as soon as it is certain. */
  push(entry: JournalEntry): JournalProblem | undefined;
  /** Called after the last entry: problems that only the end reveals. */
  finish(): JournalProblem | undefined;
  /** The last entry accepted, and the last checkpoint that matched. */
  readonly state: {
    readonly count: number;
    readonly lastSeq: number;
    readonly lastHash: string | undefined;
    readonly lastCheckpointSeq: number | undefined;
  };
}

/**
 * The seq under which the entry's hash holds. Tampering that rewrites seq numbers (deleting, inserting
 * or swapping rows and renumbering) leaves entries whose hash holds one place off; recognising them
 * lets the report say "removed", "inserted" or "reordered" rather than only "altered". Only the
 * failure path pays for these extra hashes.
 */
function originalSeq(entry: JournalEntry): number | undefined {
  if (hashEntry(entry.prevHash, entry) === entry.hash) return entry.seq;
  if (hashEntry(entry.prevHash, { ...entry, seq: entry.seq + 1 }) === entry.hash) return entry.seq + 1;
  if (hashEntry(entry.prevHash, { ...entry, seq: entry.seq - 1 }) === entry.hash) return entry.seq - 1;
  return undefined;
}

/**
 * A streaming verifier: constant memory, one hash per entry. It keeps only the previous entry's hash and
 * a pointer into the checkpoints (sorted by seq), so millions of entries stream through it. The common
 * case (an intact entry in its place, no checkpoint at its seq) is a hash and four comparisons; every
 * other case goes to the slower path that names the problem.
 */
export function createChainVerifier(
  checkpoints: readonly JournalCheckpoint[],
  keys: JournalPublicKeys,
  start: ChainStart,
): ChainVerifier {
  const cursor = createCheckpointCursor(checkpoints, keys, start.seq);
  let expectedSeq = start.seq;
  let expectedPrev = start.prevHash;
  // A gap is named only once the next entry is seen: "reordered" if the missing place turns up, else "removed".
  let gap: { readonly missingSeq: number; readonly foundSeq: number } | undefined;
  const state = {
    count: 0,
    lastSeq: start.seq - 1,
    lastHash: undefined as string | undefined,
    lastCheckpointSeq: undefined as number | undefined,
  };

  function accept(entry: JournalEntry): JournalProblem | undefined {
    const nextCheckpointSeq = cursor.nextSeq;
    if (nextCheckpointSeq !== undefined && entry.seq >= nextCheckpointSeq) {
      const problem = cursor.meet(entry);
      if (problem !== undefined) return problem;
      state.lastCheckpointSeq = cursor.lastMatchedSeq;
    }
    state.count += 1;
    state.lastSeq = entry.seq;
    state.lastHash = entry.hash;
    expectedSeq = entry.seq + 1;
    expectedPrev = entry.hash;
    return undefined;
  }

  /** Everything but an intact entry in its place: names what happened. */
  function diagnose(entry: JournalEntry): JournalProblem | undefined {
    const seq = originalSeq(entry);
    if (gap !== undefined) {
      const missing = gap.missingSeq;
      const turnedUp = seq !== undefined && seq >= missing && seq < gap.foundSeq;
      return { kind: turnedUp ? 'reordered' : 'removed', seq: missing };
    }
    if (seq === undefined) return { kind: 'altered', seq: entry.seq };
    if (seq < expectedSeq) return { kind: seq >= start.seq ? 'inserted' : 'reordered', seq };
    if (seq > expectedSeq) {
      gap = { missingSeq: expectedSeq, foundSeq: seq };
      return undefined;
    }
    // The hash holds for the expected place, but under another seq number: the seq field was rewritten.
    if (entry.seq !== seq) return { kind: 'altered', seq: entry.seq };
    if (expectedPrev !== undefined && entry.prevHash !== expectedPrev) {
      // This entry committed to a predecessor other than the one stored: that one was rewritten and re-hashed.
      return { kind: 'altered', seq: state.count === 0 ? entry.seq : state.lastSeq };
    }
    return accept(entry);
  }

  return {
    state,
    push(entry) {
      if (entry.seq === expectedSeq && entry.prevHash === expectedPrev && gap === undefined && holdsOwnHash(entry)) {
        return accept(entry);
      }
      return diagnose(entry);
    },
    finish() {
      if (gap !== undefined) return { kind: 'removed', seq: gap.missingSeq };
      return cursor.afterLast(state.lastSeq);
    },
  };
}
