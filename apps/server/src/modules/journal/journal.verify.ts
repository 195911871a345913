import { GENESIS_HASH } from './journal.canonical.js';
import { type ChainStart, type ChainVerifier, createChainVerifier } from './journal.chain-verifier.js';
import type { JournalCheckpoint, JournalPublicKeys } from './journal.checkpoint.js';
import type { JournalEntry } from './journal.entry.js';
import type { JournalProblem } from './journal.problem.js';

export type JournalVerification =
  | {
      readonly ok: true;
      readonly entries: number;
      /** The last entry verified; undefined for an empty range. */
      readonly head: { readonly seq: number; readonly hash: string } | undefined;
      readonly lastCheckpointSeq: number | undefined;
      /**
       * Entries after the last checkpoint. Nothing signed covers them yet: someone with write access to
       * the store could drop them (together with no checkpoint) unnoticed, so the CLI shows this count.
       */
      readonly uncheckpointed: number;
    }
  | { readonly ok: false; readonly problem: JournalProblem };

type Entries = AsyncIterable<JournalEntry> | Iterable<JournalEntry>;

/** Streams the entries through a verifier; the sync path avoids an await per entry. */
export async function runChainVerifier(verifier: ChainVerifier, entries: Entries): Promise<JournalProblem | undefined> {
  if (Symbol.iterator in entries) {
    for (const entry of entries) {
      const problem = verifier.push(entry);
      if (problem !== undefined) return problem;
    }
  } else {
    for await (const entry of entries) {
      const problem = verifier.push(entry);
      if (problem !== undefined) return problem;
    }
  }
  return verifier.finish();
}

export function verificationOf(verifier: ChainVerifier, problem: JournalProblem | undefined): JournalVerification {
  if (problem !== undefined) return { ok: false, problem };
  const { count, lastSeq, lastHash, lastCheckpointSeq } = verifier.state;
  return {
    ok: true,
    entries: count,
    head: lastHash === undefined ? undefined : { seq: lastSeq, hash: lastHash },
    lastCheckpointSeq,
    uncheckpointed: lastSeq - (lastCheckpointSeq ?? 0),
  };
}

/**
 * Re-computes the whole journal from seq 1 (in the store's seq order) and reports the first problem.
 * Tampering is a result, never an exception.
 */
export async function verifyJournal(
  entries: Entries,
  checkpoints: readonly JournalCheckpoint[],
  publicKeys: JournalPublicKeys,
): Promise<JournalVerification> {
  const start: ChainStart = { seq: 1, prevHash: GENESIS_HASH };
  const verifier = createChainVerifier(checkpoints, publicKeys, start);
  return verificationOf(verifier, await runChainVerifier(verifier, entries));
}
