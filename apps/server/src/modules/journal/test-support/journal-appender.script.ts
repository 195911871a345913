import { createDatabase } from '../../../db/database.js';
import { databaseFromArgument } from '../../../db/test-support/database-argument.js';
import { createJournalAppender } from '../journal.appender.js';
import { loadJournalSigner } from '../journal.keys.js';
import type { JournalRepository } from '../journal.repository.js';
import { createJournalStore } from '../journal.store.js';
import { accessEvent } from './journal-fixture.js';

/**
 * Child process of the concurrent-append test: one server process recording accesses, one small batch after
 * another, on the store it is given, while another does the same. It prints, as JSON, the seq of every entry it
 * was acknowledged and how many times another process took the next seq first.
 */
const [target = '', keyFile = '', count = '0', checkpointEvery = '1', startAt = '0'] = process.argv.slice(-5);
const store = createDatabase({ database: databaseFromArgument(target) });
const journal = createJournalStore(store);
let conflicts = 0;
const repository: JournalRepository = {
  lastEntry: () => journal.lastEntry(),
  async append(entries, checkpoints) {
    const outcome = await journal.append(entries, checkpoints);
    if (outcome === 'conflict') conflicts += 1;
    return outcome;
  },
  appendAtHead: (build) => journal.appendAtHead(build),
};
const appender = createJournalAppender({
  repository,
  signer: loadJournalSigner(keyFile),
  checkpointEvery: Number(checkpointEvery),
  now: () => new Date(),
});
// Both processes start at the same instant, so their appends interleave instead of running one after the other.
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
const seqs: number[] = [];
for (let i = 0; i < Number(count); i++) {
  const entries = await appender.record([accessEvent(i), accessEvent(i + 1)]);
  seqs.push(...entries.map((entry) => entry.seq));
}
process.stdout.write(`${JSON.stringify({ seqs, conflicts })}\n`);
await store.close();
