import type { RetentionRule } from '@vigie/core';
import type { SqlDriver } from '../sql/driver.js';

/** What the retention engine needs of a connector: its driver (every `open…Connector` returns one). */
export interface RetentionTarget {
  readonly driver: SqlDriver;
}

/** The declaration's part the engine reads: its retention rules. */
export interface RetentionRules {
  readonly retention: readonly RetentionRule[];
}

export type RetentionAction = RetentionRule['action'];

/**
 * Why a table with a retention rule is not swept: its annotation names no column that starts the clock
 * (`retention: <rule id>` only protects from erasure), or its rule has no fixed period (criteria only).
 */
export type RetentionSkip = 'no-trigger' | 'no-period';

/** Rows past the cutoff, and where they go. `due` are the rows a run destroys, anonymizes or puts up for review. */
export interface RetentionCounts {
  readonly expired: number;
  /** Expired but of a record type kept longer (`except`). */
  readonly exceptions: number;
  /** Expired but under a legal hold (hold column, held keys, the whole table or dataset). */
  readonly holds: number;
  /**
   * Expired, to be destroyed, but referenced now by rows of an annotated child table: masked instead, never
   * orphaning a key. A run sweeps children first, so children that expire too free some of these.
   */
  readonly referenced: number;
  /** Expired and already anonymized by an earlier run (an anonymized row stays, and stays expired). */
  readonly anonymized: number;
  readonly due: number;
}

/** What retention would do to one table now; reads counts, changes nothing. */
export interface RetentionTablePlan {
  readonly table: string;
  readonly rule: string;
  readonly citation: string | undefined;
  readonly action: RetentionAction;
  readonly skipped: RetentionSkip | undefined;
  /** The rule's ISO 8601 period, when it has one. */
  readonly duration: string | undefined;
  /** The column holding the date the rule's trigger happened. */
  readonly from: string | undefined;
  /** Rows whose trigger date is before this instant are expired (now minus the period, in calendar units). */
  readonly cutoff: string | undefined;
  readonly counts: RetentionCounts;
  /**
   * Whether an index starts with the trigger column: without one each batch's SELECT scans the table.
   * Undefined when the engine could not say.
   */
  readonly triggerIndexed: boolean | undefined;
}

export interface RetentionPlan {
  readonly dataset: string;
  readonly at: string;
  readonly tables: readonly RetentionTablePlan[];
}

/**
 * The proof of one table's sweep: what rule, what was done to how many rows, what was spared and why,
 * in how many batches, and the longest batch (the longest time a lock was held).
 */
export interface DestructionRecord {
  readonly dataset: string;
  readonly table: string;
  readonly rule: string;
  readonly citation: string | undefined;
  readonly action: RetentionAction;
  readonly cutoff: string;
  readonly destroyed: number;
  readonly anonymized: number;
  /** Expired rows still referenced by rows that stay: their columns masked, the row kept for its links. */
  readonly masked: number;
  /** Expired rows left for a person to review (`review` rules). */
  readonly forReview: number;
  readonly spared: { readonly exceptions: number; readonly holds: number; readonly referenced: number };
  readonly batches: number;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly longestBatchMs: number;
}

export interface RetentionRunOptions {
  /** Rows per batch, each batch its own short transaction (default 5,000). */
  readonly batchSize?: number;
  /** The text that replaces a redacted text column. */
  readonly redactionText?: string;
  /** Called after each batch has committed (progress, and a pause between batches if the caller wants one). */
  readonly onBatch?: (progress: { readonly table: string; readonly rows: number; readonly batch: number }) => unknown;
}
