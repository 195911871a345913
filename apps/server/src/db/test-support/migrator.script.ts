import { createDatabase } from '../database.js';
import { migrateToLatest } from '../migrate.js';
import { databaseFromArgument } from './database-argument.js';

/**
 * Child process of the start-up test: one server process migrating at start. Several run at once on a fresh
 * store; each prints what it applied.
 */
const [target = '', startAt = '0'] = process.argv.slice(-2);
const store = createDatabase({ database: databaseFromArgument(target) });
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
const outcome = await migrateToLatest(store);
process.stdout.write(`${JSON.stringify(outcome.ok ? outcome : { ok: false, error: String(outcome.cause) })}\n`);
await store.close();
