import type { ConsentHead } from './consent.chain.js';
import type { ConsentRecord } from './consent.record.js';

/** What the ledger's appender needs from the store. */
export interface ConsentLedgerRepository {
  /**
   * Reads the head and stores what `build` chains after it, in one transaction holding the store's append lock
   * (so several server processes on one PostgreSQL never fork the chain). Resolves once committed.
   */
  appendAtHead(build: (head: ConsentHead) => readonly ConsentRecord[]): Promise<readonly ConsentRecord[]>;
  /** The last record's seq and hash (the genesis head while the ledger is empty). */
  head(): Promise<ConsentHead>;
}

/** What verification, receipts and statistics read. */
export interface ConsentLedgerReader {
  /** Every record in ascending seq order, streamed. */
  records(): AsyncIterable<ConsentRecord>;
  byId(id: string): Promise<ConsentRecord | undefined>;
}
