import type { DatabaseConfig } from '../../config/config.js';
import { Secret } from '../../config/secret.js';

/** A child script's store, passed on its command line as a postgres URL or a SQLite path. */
export function databaseFromArgument(target: string): DatabaseConfig {
  return target.startsWith('postgres')
    ? { kind: 'postgres', url: new Secret(target) }
    : { kind: 'sqlite', path: target };
}

/** The argument that databaseFromArgument reads back. */
export function databaseArgument(database: DatabaseConfig): string {
  return database.kind === 'sqlite' ? database.path : database.url.reveal();
}
