import { createGroupCommit } from '../../db/group-commit.js';
import type { ConsentAnchorer } from './consent.anchorer.js';
import { type ConsentHead, chainConsents } from './consent.chain.js';
import type { ConsentFacts, ConsentRecord } from './consent.record.js';
import type { ConsentLedgerRepository } from './consent.repository.js';

/** Records per transaction: large enough to carry a burst in a few commits, small enough to keep p99 low. */
const DEFAULT_MAX_BATCH = 500;

export interface ConsentLedger {
  /** Chains and stores the choice; resolves with its record once the transaction holding it has committed. */
  record(facts: ConsentFacts): Promise<ConsentRecord>;
  /**
   * Anchors records a process committed and died before anchoring (at start): otherwise they would wait for the
   * next consent, which may be long in coming.
   */
  anchorTail(): Promise<void>;
  /** Waits for the records in flight and their anchor in the journal (at shutdown). */
  flush(): Promise<void>;
}

/**
 * The ledger's writer: choices arriving together are chained in memory and committed in one transaction (group
 * commit), each caller answered when its batch is durable; after each commit the new head is anchored in the journal.
 */
export function createConsentLedger(deps: {
  readonly repository: ConsentLedgerRepository;
  readonly anchorer: ConsentAnchorer;
  /** The head the journal last anchored (anchorTail). */
  readonly lastAnchoredHead: () => Promise<ConsentHead | undefined>;
  readonly maxBatch?: number;
}): ConsentLedger {
  const { repository, anchorer } = deps;
  const commits = createGroupCommit<ConsentFacts, ConsentRecord>({
    maxBatch: deps.maxBatch ?? DEFAULT_MAX_BATCH,
    async write(batch) {
      const records = await repository.appendAtHead((head) => chainConsents(head, batch));
      const last = records.at(-1);
      if (last !== undefined) anchorer.anchor({ seq: last.seq, hash: last.hash });
      return records;
    },
  });
  let tail: Promise<void> | undefined;
  return {
    record: (facts) => commits.submit(facts),
    anchorTail() {
      tail = (async () => {
        const [head, anchored] = await Promise.all([repository.head(), deps.lastAnchoredHead()]);
        if (head.seq > 0 && (anchored === undefined || anchored.seq < head.seq)) anchorer.anchor(head);
      })();
      return tail;
    },
    async flush() {
      // A shutdown right after start waits for the tail's reads rather than close the store under them.
      await tail?.catch(() => undefined);
      await commits.flush();
      await anchorer.flush();
    },
  };
}
