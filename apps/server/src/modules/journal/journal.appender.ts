import { type ChainHead, chainEvents, headOf, scheduledCheckpoints } from './journal.chain.js';
import { type JournalCheckpoint, type JournalSigner, signCheckpoint } from './journal.checkpoint.js';
import type { JournalEntry, JournalEvent } from './journal.entry.js';
import { JournalError } from './journal.errors.js';
import { assertValidEvent } from './journal.event-rules.js';
import type { JournalRepository } from './journal.repository.js';

interface JournalAppenderOptions {
  readonly repository: JournalRepository;
  readonly signer: JournalSigner;
  /** A signed checkpoint at every seq that is a multiple of this (from config). */
  readonly checkpointEvery: number;
  readonly now: () => Date;
  /** Most entries written in one transaction. */
  readonly maxBatch?: number;
}

interface JournalAppender {
  /** Appends the events; resolves with their entries once the store has committed them. */
  record(events: readonly JournalEvent[]): Promise<readonly JournalEntry[]>;
  /** Signs a checkpoint at the current head (before an export of recent entries, at shutdown). */
  checkpoint(): Promise<JournalCheckpoint | undefined>;
}

interface Pending {
  readonly events: readonly (JournalEvent & { at: string })[];
  readonly resolve: (entries: readonly JournalEntry[]) => void;
  readonly reject: (error: unknown) => void;
}

const DEFAULT_MAX_BATCH = 1000;
// Another process winning the race for the same seq is normal with several servers on one
// PostgreSQL; losing it this many times in a row is not.
const MAX_CONFLICT_RETRIES = 10;

/**
 * Group commit: calls to record() that arrive while a transaction is in flight wait and go together
 * in the next one, so the journal costs one transaction per burst rather than one per access.
 */
export function createJournalAppender(options: JournalAppenderOptions): JournalAppender {
  const { repository, signer, checkpointEvery, now } = options;
  const maxBatch = options.maxBatch ?? DEFAULT_MAX_BATCH;
  if (!Number.isInteger(checkpointEvery) || checkpointEvery < 1) {
    throw new RangeError('journal: checkpointEvery must be a positive integer');
  }
  const queue: Pending[] = [];
  let draining: Promise<void> | undefined;
  // Cached so a batch costs no read; forgotten after any failure or conflict, then re-read.
  let head: ChainHead | undefined;

  function takeBatch(): Pending[] {
    let count = 0;
    let size = 0;
    for (const pending of queue) {
      if (count > 0 && size + pending.events.length > maxBatch) break;
      count += 1;
      size += pending.events.length;
    }
    // One splice rather than a shift per caller: under load thousands of callers wait in the queue.
    return queue.splice(0, count);
  }

  async function write(batch: readonly Pending[]): Promise<readonly JournalEntry[]> {
    const events = batch.flatMap((pending) => pending.events);
    const chain = (from: ChainHead) => {
      const entries = chainEvents(from, events);
      return { entries, checkpoints: scheduledCheckpoints(entries, checkpointEvery, signer, now().toISOString()) };
    };
    for (let attempt = 0; attempt <= MAX_CONFLICT_RETRIES; attempt++) {
      if (attempt > 0 && repository.appendAtHead !== undefined) {
        // A race was lost: read the head and append under the store's lock, which cannot lose again.
        const entries = await repository.appendAtHead((last) => chain(headOf(last)));
        const last = entries.at(-1);
        if (last !== undefined) head = headOf(last);
        return entries;
      }
      const from = head ?? headOf(await repository.lastEntry());
      const { entries, checkpoints } = chain(from);
      head = undefined;
      if ((await repository.append(entries, checkpoints)) === 'appended') {
        const last = entries.at(-1);
        head = last === undefined ? from : headOf(last);
        return entries;
      }
    }
    throw new JournalError('journal.append_conflict', 'journal: other writers kept taking the next seq');
  }

  async function drain(): Promise<void> {
    while (queue.length > 0) {
      const batch = takeBatch();
      try {
        const entries = await write(batch);
        let offset = 0;
        for (const pending of batch) {
          pending.resolve(entries.slice(offset, offset + pending.events.length));
          offset += pending.events.length;
        }
      } catch (error) {
        for (const pending of batch) pending.reject(error);
      }
    }
    draining = undefined;
  }

  return {
    record(events) {
      if (events.length === 0) return Promise.resolve([]);
      // Validated before queueing, so a bad event fails its own caller and never a whole batch.
      for (const event of events) assertValidEvent(event);
      const at = now().toISOString();
      // Only the journal's fields are kept: anything else a caller's object carries never reaches the store.
      const stamped = events.map(({ actor, action, subject, purpose, origin }) => ({
        actor,
        action,
        subject,
        purpose,
        origin,
        at,
      }));
      return new Promise((resolve, reject) => {
        queue.push({ events: stamped, resolve, reject });
        // Started on the next microtask so the calls made in the same tick share the first batch.
        draining ??= Promise.resolve().then(drain);
      });
    },
    async checkpoint() {
      await draining;
      const last = await repository.lastEntry();
      if (last === undefined) return undefined;
      const checkpoint = signCheckpoint(last, now().toISOString(), signer);
      // A conflict means a checkpoint at this seq exists already, which serves as well.
      await repository.append([], [checkpoint]);
      return checkpoint;
    },
  };
}
