import { checkpointSignatureHolds, type JournalCheckpoint, type JournalPublicKeys } from './journal.checkpoint.js';
import type { JournalProblem } from './journal.problem.js';

/**
 * Walks the signed checkpoints alongside a chain read in seq order. Shared by the chain verifier and the store's
 * intact-journal scan, so that both hold every checkpoint to the same rules.
 */
interface CheckpointCursor {
  /**
   * The seq of the next checkpoint still to meet, undefined when none is left: an entry below it needs no call to
   * meet(), which keeps the common case to one comparison.
   */
  readonly nextSeq: number | undefined;
  /** The seq of the last checkpoint that matched its entry. */
  readonly lastMatchedSeq: number | undefined;
  /** Checks every checkpoint at the entry's seq (signature, then hash), skipping those below it. */
  meet(entry: { readonly seq: number; readonly hash: string }): JournalProblem | undefined;
  /** Called after the last entry (seq lastSeq): a checkpoint past it vouches for entries that are gone. */
  afterLast(lastSeq: number): JournalProblem | undefined;
}

export function createCheckpointCursor(
  checkpoints: readonly JournalCheckpoint[],
  keys: JournalPublicKeys,
  fromSeq: number,
): CheckpointCursor {
  const sorted = [...checkpoints].sort((a, b) => a.seq - b.seq);
  let next = sorted.findIndex((checkpoint) => checkpoint.seq >= fromSeq);
  if (next === -1) next = sorted.length;
  const cursor = {
    nextSeq: sorted[next]?.seq,
    lastMatchedSeq: undefined as number | undefined,
    meet(entry: { readonly seq: number; readonly hash: string }): JournalProblem | undefined {
      let checkpoint = sorted[next];
      // Checkpoints at a seq that no entry can have (not an integer) vouch for nothing: skipped.
      while (checkpoint !== undefined && checkpoint.seq < entry.seq) checkpoint = sorted[++next];
      while (checkpoint !== undefined && checkpoint.seq === entry.seq) {
        if (!checkpointSignatureHolds(checkpoint, keys)) return { kind: 'checkpoint_forged', seq: entry.seq };
        if (checkpoint.hash !== entry.hash) return { kind: 'checkpoint_mismatch', seq: entry.seq };
        cursor.lastMatchedSeq = entry.seq;
        checkpoint = sorted[++next];
      }
      cursor.nextSeq = checkpoint?.seq;
      return undefined;
    },
    afterLast(lastSeq: number): JournalProblem | undefined {
      const beyond = sorted[next];
      if (beyond === undefined) return undefined;
      // Unless it is itself forged: then it vouches for nothing, and that is the problem to report.
      if (!checkpointSignatureHolds(beyond, keys)) return { kind: 'checkpoint_forged', seq: beyond.seq };
      return { kind: 'truncated', seq: lastSeq + 1 };
    },
  };
  return cursor;
}
