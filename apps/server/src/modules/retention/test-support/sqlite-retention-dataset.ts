import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteConnector, type SqlDriver } from '@vigie/connectors';
import type { Dataset } from '@vigie/core';
import Database from 'better-sqlite3';
import type { Seed } from '../../../../../../packages/connectors/test/contract/health-plan.js';
import {
  loadRetentionSchema,
  retentionDataset,
} from '../../../../../../packages/connectors/test/retention/retention-fixture.js';

/**
 * The health plan with its retention bindings in a fresh SQLite file, seeded: its annotation, the URL the server is
 * given, and a driver the test reads the rows back with.
 */
export async function sqliteRetentionDataset(seed: Seed): Promise<{
  readonly dataset: Dataset;
  readonly url: string;
  readonly driver: SqlDriver;
  dispose(): Promise<void>;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-retention-data-'));
  const path = join(dir, 'members.sqlite');
  new Database(path).close();
  const dataset = { ...retentionDataset(), engine: 'sqlite' as const };
  const connector = openSqliteConnector(path, { dataset, pseudonymKey: new Uint8Array(32) });
  await loadRetentionSchema(connector.driver, seed);
  return {
    dataset,
    url: `sqlite:${path}`,
    driver: connector.driver,
    async dispose() {
      await connector.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
