import type { JournalCheckpoint } from './journal.checkpoint.js';
import type { JournalEntry } from './journal.entry.js';

/** What the appender needs from the store. */
export interface JournalRepository {
  /** The entry with the highest seq; undefined while the journal is empty. */
  lastEntry(): Promise<JournalEntry | undefined>;
  /**
   * Stores the entries and checkpoints in one transaction (a checkpoint never exists without its
   * entries). Returns 'conflict', storing nothing, when an entry with one of these seq already exists:
   * another server process appended first (seq is unique in the store). A checkpoint whose seq
   * already has one is a conflict as well.
   */
  append(entries: readonly JournalEntry[], checkpoints: readonly JournalCheckpoint[]): Promise<'appended' | 'conflict'>;
  /**
   * Optional: reads the last entry and stores what `build` makes of it in one transaction, holding the store's
   * append lock throughout, so it cannot lose a race. The appender uses it after a conflict: a writer that just
   * lost must read the head before appending, while the one that won appends straight from its cached head, so
   * with optimistic appends alone a busy writer could win every race and the other would never append.
   */
  appendAtHead?(build: (last: JournalEntry | undefined) => ChainedBatch): Promise<readonly JournalEntry[]>;
}

/** Entries chained after a head, with the checkpoints due among them. */
export interface ChainedBatch {
  readonly entries: readonly JournalEntry[];
  readonly checkpoints: readonly JournalCheckpoint[];
}

/** Inclusive seq bounds; no toSeq means up to the end. */
export interface SeqRange {
  readonly fromSeq: number;
  readonly toSeq?: number;
}

/** What verification and export read from the store. */
export interface JournalReader {
  /** Entries with fromSeq <= seq <= toSeq in ascending seq order, streamed. */
  entries(range: SeqRange): AsyncIterable<JournalEntry> | Iterable<JournalEntry>;
  /** Checkpoints in that range, ascending seq, at most `limit` of them. */
  checkpoints(range: SeqRange & { readonly limit?: number }): Promise<readonly JournalCheckpoint[]>;
}
