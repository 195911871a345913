import type { JournalEntry, JournalEvent } from '../journal/journal.entry.js';
import { anchorSubject, CONSENT_ANCHOR_ACTION } from './consent.anchor.js';
import type { ConsentHead } from './consent.chain.js';

export interface ConsentAnchorer {
  /** Asks for the head to be anchored in the journal; returns at once (the consent is already committed). */
  anchor(head: ConsentHead): void;
  /** Anchors the latest head asked for now, without waiting for the interval, and resolves once it is in. */
  flush(): Promise<void>;
}

/**
 * By default at most one anchor per this many milliseconds. Each anchor is a journal transaction, an fsync on
 * SQLite, during which better-sqlite3 holds the event loop: anchoring after every batch cost a second fsync per batch
 * and halved the ledger's write rate (bench/consent-ledger.js), one every 100 ms still took about 5% of it. Records
 * committed within the interval are anchored a moment later (or at shutdown); if the process dies first,
 * verification counts them as unanchored until the next anchor covers them. The journal's own signed checkpoints
 * come every 1,000 entries, so a second here is not what bounds how recent the signed evidence is.
 */
const DEFAULT_INTERVAL_MS = 1000;

/**
 * Anchors the ledger's head in the journal, which chains and signs it. At most one journal append is in flight and
 * at most one per interval; heads asked for meanwhile collapse into the latest, so the ledger costs the journal a
 * bounded number of entries per second, whatever the consent rate.
 */
export function createConsentAnchorer(deps: {
  readonly journal: { record(events: readonly JournalEvent[]): Promise<readonly JournalEntry[]> };
  readonly onError: (error: unknown) => void;
  readonly intervalMs?: number;
}): ConsentAnchorer {
  const intervalMs = deps.intervalMs ?? DEFAULT_INTERVAL_MS;
  let latest: ConsentHead | undefined;
  let anchoredSeq = 0;
  let lastStart = Number.NEGATIVE_INFINITY;
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;

  const due = () => latest !== undefined && latest.seq > anchoredSeq;

  async function append(): Promise<void> {
    const head = latest;
    if (head === undefined || head.seq <= anchoredSeq) return;
    lastStart = performance.now();
    try {
      await deps.journal.record([
        { actor: 'system', action: CONSENT_ANCHOR_ACTION, subject: anchorSubject(head), purpose: null, origin: 'api' },
      ]);
      anchoredSeq = Math.max(anchoredSeq, head.seq);
    } catch (error) {
      // The records stay committed; the next anchor() or flush() tries again with the head of that moment.
      deps.onError(error);
    }
  }

  function run(): void {
    running = append().then(() => {
      running = undefined;
      // A head asked for while this append was in flight waits for the interval, not for the next batch.
      if (due()) schedule();
    });
  }

  function schedule(): void {
    if (running !== undefined || timer !== undefined) return;
    const wait = lastStart + intervalMs - performance.now();
    if (wait <= 0) {
      run();
      return;
    }
    timer = setTimeout(() => {
      timer = undefined;
      if (running === undefined) run();
    }, wait);
    // An anchor pending is no reason to keep a process alive; close() flushes it.
    timer.unref();
  }

  return {
    anchor(head) {
      if (latest === undefined || head.seq > latest.seq) latest = head;
      schedule();
    },
    async flush() {
      if (timer !== undefined) {
        clearTimeout(timer);
        timer = undefined;
      }
      while (running !== undefined) await running;
      if (timer !== undefined) {
        clearTimeout(timer);
        timer = undefined;
      }
      if (due()) await append();
    },
  };
}
