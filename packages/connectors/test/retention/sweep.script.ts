import { openMysqlConnector, openPostgresConnector, openSqliteConnector } from '../../src/index.js';
import { runRetention } from '../../src/retention/run-retention.js';
import { HOLDS, NOW, RULES, retentionDataset } from './retention-fixture.js';

/**
 * A retention sweep in its own process, killed by the test mid-run: tiny batches, a line printed after each
 * committed batch, and a pause so the test can kill it between two of them (or during one).
 * Arguments: the engine (postgres, mariadb, sqlite) and its URL or file.
 */
const [engine, location] = process.argv.slice(2);
const dataset = retentionDataset();
const options = { dataset, pseudonymKey: new Uint8Array(32) };
const connector =
  engine === 'sqlite'
    ? openSqliteConnector(String(location), options)
    : engine === 'postgres'
      ? openPostgresConnector(String(location), options)
      : openMysqlConnector(String(location), options);
const result = await runRetention(connector, dataset, { retention: RULES }, NOW, HOLDS, {
  batchSize: 2,
  onBatch: async ({ table, batch }) => {
    process.stdout.write(`batch ${table} ${batch}\n`);
    await new Promise((resolve) => setTimeout(resolve, 30));
  },
});
process.stdout.write(`done ${result.ok}\n`);
await connector.close();
