import { createDatabase } from '../database.js';
import { migrateToLatest } from '../migrate.js';

/**
 * Child process of the durability test: commits journal rows one by one, as fast as it can, and prints each seq
 * only once its commit has returned (an acknowledged write). It runs until it is killed.
 */
const path = process.argv.at(-1) ?? '';
const store = createDatabase({ database: { kind: 'sqlite', path } });
const migrated = await migrateToLatest(store);
if (!migrated.ok) throw migrated.cause;
process.stdout.write('ready\n');
for (let seq = 1; ; seq++) {
  await store.db
    .insertInto('journal_entries')
    .values({
      seq,
      at: new Date().toISOString(),
      actor: 'system',
      action: 'test.write',
      subject: null,
      purpose: null,
      origin: 'test',
      prev_hash: '0',
      hash: String(seq),
    })
    .execute();
  // stdout to a pipe is synchronous on Linux: the line is out before the next write starts.
  process.stdout.write(`${seq}\n`);
}
