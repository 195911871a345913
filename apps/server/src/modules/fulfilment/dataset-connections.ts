import { createHmac, type KeyObject } from 'node:crypto';
import {
  type Connector,
  openMysqlConnector,
  openPostgresConnector,
  openSqliteConnector,
  type SqlConnectorOptions,
  type SqlDriver,
} from '@vigie/connectors';
import { type Dataset, isExternalEngine } from '@vigie/core';
import type { Secret } from '../../config/secret.js';

/** A connector for one dataset, or why none can be opened (no URL configured): a per-system failure, never a skip. */
// The driver too: the retention engine sweeps through it (modules/retention/).
type OpenedConnector =
  | { readonly ok: true; readonly connector: Connector & { readonly driver: SqlDriver } }
  | { readonly ok: false };

/** Opens the connector of a dataset by id; each use opens and closes its own pool. */
export type DatasetConnections = (dataset: Dataset) => OpenedConnector;

/**
 * The pseudonym key of the erasure strategy `pseudonym`, derived from the installation's index key: stable across
 * restarts (the same value keeps the same pseudonym, so pseudonymised columns stay joinable) and never stored.
 */
function pseudonymKey(indexKey: KeyObject): Uint8Array {
  return createHmac('sha256', indexKey).update('vigie/connectors/pseudonym/v1').digest();
}

export function createDatasetConnections(deps: {
  readonly urls: Readonly<Record<string, Secret>>;
  readonly indexKey: KeyObject;
}): DatasetConnections {
  const key = pseudonymKey(deps.indexKey);
  return (dataset) => {
    const url = deps.urls[dataset.id]?.reveal();
    // A webhook's URL is the system's, not a database's: it is reached through its task (external-tasks.ts).
    if (url === undefined || isExternalEngine(dataset.engine)) return { ok: false };
    const options: SqlConnectorOptions = { dataset, pseudonymKey: key };
    if (url.startsWith('sqlite:'))
      return { ok: true, connector: openSqliteConnector(url.slice('sqlite:'.length), options) };
    if (url.startsWith('mysql:') || url.startsWith('mariadb:'))
      return { ok: true, connector: openMysqlConnector(url.replace(/^mariadb:/, 'mysql:'), options) };
    return { ok: true, connector: openPostgresConnector(url, options) };
  };
}
