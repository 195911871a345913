import { hashEntry, holdsOwnHash } from './journal.canonical.js';
import { checkpointSignatureHolds, type JournalCheckpoint, type JournalPublicKeys } from './journal.checkpoint.js';
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
  const sorted = [...checkpoints].sort((a, b) => a.seq - b.seq);
  let next = sorted.findIndex((checkpoint) => checkpoint.seq >= start.seq);
  if (next === -1) next = sorted.length;
  let nextCheckpointSeq = sorted[next]?.seq;
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

  function checkpointsAt(entry: JournalEntry): JournalProblem | undefined {
    let checkpoint = sorted[next];
    // Checkpoints at a seq that no entry can have (not an integer) vouch for nothing: skipped.
    while (checkpoint !== undefined && checkpoint.seq < entry.seq) checkpoint = sorted[++next];
    while (checkpoint !== undefined && checkpoint.seq === entry.seq) {
      if (!checkpointSignatureHolds(checkpoint, keys)) return { kind: 'checkpoint_forged', seq: entry.seq };
      if (checkpoint.hash !== entry.hash) return { kind: 'checkpoint_mismatch', seq: entry.seq };
      state.lastCheckpointSeq = entry.seq;
      checkpoint = sorted[++next];
    }
    nextCheckpointSeq = checkpoint?.seq;
    return undefined;
  }

  function accept(entry: JournalEntry): JournalProblem | undefined {
    if (nextCheckpointSeq !== undefined && entry.seq >= nextCheckpointSeq) {
      const problem = checkpointsAt(entry);
      if (problem !== undefined) return problem;
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
      const beyond = sorted[next];
      if (beyond === undefined) return undefined;
      // A checkpoint past the last entry vouches for entries that are gone, unless it is itself forged.
      if (!checkpointSignatureHolds(beyond, keys)) return { kind: 'checkpoint_forged', seq: beyond.seq };
      return { kind: 'truncated', seq: state.lastSeq + 1 };
    },
  };
}
