import { createChainVerifier } from './journal.chain-verifier.js';
import type { JournalCheckpoint, JournalPublicKeys } from './journal.checkpoint.js';
import type { JournalEntry } from './journal.entry.js';
import type { JournalReader } from './journal.repository.js';
import { type JournalVerification, runChainVerifier, verificationOf } from './journal.verify.js';

/**
 * A range of the journal with its proof. A signed checkpoint commits, through the chain, to every
 * entry before it; so the entries from `from` up to the first checkpoint at or after `to`, with that
 * checkpoint, prove the range on their own. The entries past `to` are part of the proof (ids and
 * codes only, like every entry).
 */
interface JournalExport {
  readonly format: 'vigie/journal-export/v1';
  readonly from: number;
  readonly to: number;
  readonly entries: readonly JournalEntry[];
  readonly checkpoints: readonly JournalCheckpoint[];
  /** The keys whose public halves verify the checkpoints. */
  readonly keyIds: readonly string[];
}

type JournalExportResult =
  | { readonly ok: true; readonly value: JournalExport }
  | { readonly ok: false; readonly code: 'journal.invalid_range' | 'journal.range_not_checkpointed' };

export async function exportJournalRange(
  reader: JournalReader,
  from: number,
  to: number,
): Promise<JournalExportResult> {
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1 || to < from) {
    return { ok: false, code: 'journal.invalid_range' };
  }
  // No checkpoint yet after `to`: the caller can sign one at the head (appender.checkpoint()) and retry.
  const [covering] = await reader.checkpoints({ fromSeq: to, limit: 1 });
  if (covering === undefined) return { ok: false, code: 'journal.range_not_checkpointed' };
  const entries: JournalEntry[] = [];
  const source = reader.entries({ fromSeq: from, toSeq: covering.seq });
  if (Symbol.iterator in source) entries.push(...source);
  else for await (const entry of source) entries.push(entry);
  const checkpoints = await reader.checkpoints({ fromSeq: from, toSeq: covering.seq });
  const keyIds = [...new Set(checkpoints.map((checkpoint) => checkpoint.keyId))];
  return { ok: true, value: { format: 'vigie/journal-export/v1', from, to, entries, checkpoints, keyIds } };
}

/** Verifies an export alone: the chain inside it, its checkpoints, and that a checkpoint closes it. */
export async function verifyJournalExport(
  exported: JournalExport,
  publicKeys: JournalPublicKeys,
): Promise<JournalVerification> {
  const verifier = createChainVerifier(exported.checkpoints, publicKeys, { seq: exported.from, prevHash: undefined });
  const problem = await runChainVerifier(verifier, exported.entries);
  if (problem !== undefined) return { ok: false, problem };
  const { lastSeq, lastCheckpointSeq } = verifier.state;
  if (lastSeq < exported.to) return { ok: false, problem: { kind: 'truncated', seq: lastSeq + 1 } };
  if (lastCheckpointSeq !== lastSeq) {
    return { ok: false, problem: { kind: 'unanchored', seq: (lastCheckpointSeq ?? exported.from - 1) + 1 } };
  }
  return verificationOf(verifier, undefined);
}
