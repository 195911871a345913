import type { Dataset } from '@vigie/core';
import type { Connector, ConnectorResult } from '../connector.js';
import { indexDataset } from './annotations.js';
import type { SqlDriver } from './driver.js';
import { erasePlan } from './erase.js';
import { failure, toFailure } from './failures.js';
import { type LiveSchema, readLiveSchema } from './live-schema.js';
import { locatePerson } from './locate.js';
import { planRequest } from './plan.js';
import { exportFootprint, rectifyRow } from './rows.js';

export interface SqlConnectorOptions {
  /** The validated annotation of this store (from the declaration's `datasets`). */
  readonly dataset: Dataset;
  /** The key of the `pseudonym` strategy: the same value gives the same pseudonym, so columns stay joinable. */
  readonly pseudonymKey: Uint8Array;
  /** The text that replaces a redacted text column. */
  readonly redactionText?: string;
  /** Values bound per statement when reading or deleting many rows. */
  readonly batchSize?: number;
}

/** The dialect-neutral connector over an engine's driver. */
export function createSqlConnector(driver: SqlDriver, options: SqlConnectorOptions): Connector {
  const index = indexDataset(options.dataset);
  const batchSize = options.batchSize ?? 500;
  const { dialect } = driver;
  let live: LiveSchema | undefined;
  // The live schema is read once, on first use, then kept: an annotation that does not match stops every call.
  const schema = async () => {
    live ??= await readLiveSchema(driver, index);
    return live;
  };
  const guard = async <T>(work: () => Promise<T>, code: 'connector.query-failed'): Promise<ConnectorResult<T>> => {
    try {
      return { ok: true, value: await work() };
    } catch (error) {
      return toFailure(error, code, undefined);
    }
  };
  return {
    locate: (identities) =>
      guard(async () => {
        await schema();
        return locatePerson(driver, dialect, options.dataset.id, index, identities, batchSize);
      }, 'connector.query-failed'),
    exportRows: (footprint) =>
      guard(async () => {
        await schema();
        return exportFootprint(driver, dialect, index, footprint, batchSize);
      }, 'connector.query-failed'),
    plan(footprint, kind, holds = []) {
      const unknown = footprint.tables.find((t) => !index.has(t.table));
      if (footprint.dataset !== options.dataset.id || unknown)
        return failure('connector.not-annotated', unknown?.table);
      return { ok: true, value: planRequest(index, footprint, kind, holds) };
    },
    rectify: (row, changes) =>
      guard(async () => {
        await schema();
        return driver.transaction((tx) => rectifyRow(tx, dialect, index, row, changes));
      }, 'connector.query-failed'),
    async erase(plan) {
      if (plan.kind !== 'erasure' || plan.dataset !== options.dataset.id)
        return failure('connector.not-annotated', undefined);
      let current: string | undefined;
      try {
        const columns = await schema();
        const settings = {
          batchSize,
          pseudonymKey: options.pseudonymKey,
          redactionText: options.redactionText ?? '[supprimé]',
        };
        const value = await driver.transaction((tx) =>
          erasePlan(tx, dialect, index, columns, plan, settings, (table) => {
            current = table;
          }),
        );
        return { ok: true, value };
      } catch (error) {
        return toFailure(error, 'connector.erase-failed', current);
      }
    },
    close: () => driver.close(),
  };
}
