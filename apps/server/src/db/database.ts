import type { Kysely } from 'kysely';
import type { DatabaseConfig } from '../config/config.js';
import { openPostgres } from './postgres.js';
import type { Database } from './schema.js';
import { openSqlite } from './sqlite.js';

export type StoreDialect = 'sqlite' | 'postgres';

/** The store as the rest of the server receives it: one typed query builder, which dialect it speaks, and close(). */
export interface VigieDatabase {
  readonly db: Kysely<Database>;
  readonly dialect: StoreDialect;
  close(): Promise<void>;
}

interface DatabaseOptions {
  readonly onIdleConnectionError?: (error: Error) => void;
}

/** Opens the store the config names. It does not migrate: main.ts calls migrateToLatest before serving. */
export function createDatabase(
  config: { readonly database: DatabaseConfig },
  options: DatabaseOptions = {},
): VigieDatabase {
  const { database } = config;
  if (database.kind === 'sqlite') return { dialect: 'sqlite', ...openSqlite(database.path) };
  return {
    dialect: 'postgres',
    ...openPostgres({ url: database.url.reveal(), ...options }),
  };
}
