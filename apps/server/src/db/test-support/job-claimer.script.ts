import { createDatabase } from '../database.js';
import { createJobQueue } from '../job-queue.js';
import { databaseFromArgument } from './database-argument.js';

/**
 * Child process of the job-claiming test: one worker that claims jobs until none is left, prints each id it
 * claimed, and completes it. Several run at once against the same store.
 */
const [workerId = '', target = '', startAt = '0'] = process.argv.slice(-3);
const LEASE_MS = 60_000;
const store = createDatabase({ database: databaseFromArgument(target) });
const queue = createJobQueue(store);
// Every worker starts claiming at the same instant, so they compete instead of running one after the other.
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
for (;;) {
  const job = await queue.claim(workerId, new Date(), LEASE_MS);
  if (job === undefined) break;
  process.stdout.write(`${job.id}\n`);
  await queue.complete(job.id, workerId, new Date());
}
await store.close();
