import type { DatasetIndex } from './annotations.js';
import type { LiveColumn, SqlDriver } from './driver.js';
import { ConnectorError } from './failures.js';

export type LiveSchema = ReadonlyMap<string, ReadonlyMap<string, LiveColumn>>;

/**
 * Every table and column the annotation names must exist in the live database before any statement
 * uses it: identifiers reach SQL only after this check (and are quoted even so).
 */
export async function readLiveSchema(driver: SqlDriver, index: DatasetIndex): Promise<LiveSchema> {
  const schema = new Map<string, ReadonlyMap<string, LiveColumn>>();
  for (const [name, indexed] of index) {
    const columns = new Map((await driver.describe(name)).map((c) => [c.name, c]));
    const named = [...indexed.table.key, ...indexed.columns.keys(), ...indexed.walkColumns];
    if (columns.size === 0 || named.some((c) => !columns.has(c))) {
      throw new ConnectorError('connector.schema-mismatch', name);
    }
    schema.set(name, columns);
  }
  return schema;
}
