interface Pending<I, O> {
  readonly item: I;
  readonly resolve: (output: O) => void;
  readonly reject: (error: unknown) => void;
}

/** Submits one item; resolves with what the batch's write made of it once the batch is committed. */
interface GroupCommit<I, O> {
  submit(item: I): Promise<O>;
  /** Resolves once every item submitted so far has been written (or has failed). */
  flush(): Promise<void>;
}

/**
 * Group commit, as the journal's appender does it (modules/journal/journal.appender.ts), for one item per caller:
 * items submitted while a batch is being written wait and go together in the next one, so a burst costs one
 * transaction (one fsync) per batch rather than one per item. `write` gets the batch in submission order and returns
 * one output per item, in the same order; if it throws, every caller of that batch gets the error and the next batch
 * is tried on its own.
 */
export function createGroupCommit<I, O>(options: {
  readonly write: (items: readonly I[]) => Promise<readonly O[]>;
  /** Most items in one write. */
  readonly maxBatch: number;
}): GroupCommit<I, O> {
  const { write, maxBatch } = options;
  if (!Number.isInteger(maxBatch) || maxBatch < 1) throw new RangeError('group commit: maxBatch must be positive');
  const queue: Pending<I, O>[] = [];
  let draining: Promise<void> | undefined;

  async function drain(): Promise<void> {
    while (queue.length > 0) {
      // One splice rather than a shift per caller: under load thousands of callers wait in the queue.
      const batch = queue.splice(0, maxBatch);
      try {
        const outputs = await write(batch.map((pending) => pending.item));
        for (let i = 0; i < batch.length; i++) (batch[i] as Pending<I, O>).resolve(outputs[i] as O);
      } catch (error) {
        for (const pending of batch) pending.reject(error);
      }
    }
    draining = undefined;
  }

  return {
    submit(item) {
      return new Promise<O>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        // Started after the event loop's current I/O phase (setImmediate), not on the next microtask: every request
        // whose data arrived in that phase then shares the batch. better-sqlite3 commits synchronously, so a batch
        // started on a microtask would hold only the first request, and each request would cost its own fsync.
        draining ??= new Promise<void>((resolve) => setImmediate(resolve)).then(drain);
      });
    },
    async flush() {
      await draining;
    },
  };
}
