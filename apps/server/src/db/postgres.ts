import { Kysely, PostgresDialect } from 'kysely';
import { Pool, types } from 'pg';
import type { Database } from './schema.js';

/** PostgreSQL's type id for bigint (int8). */
const INT8_OID = 20;

/**
 * pg returns bigint as a string (it may exceed 2^53). Vigie's bigints (journal seq, counts, TOTP steps) stay far
 * below that, and SQLite returns them as numbers: parsing them here keeps one row shape for both dialects, and
 * refusing an unsafe value keeps that choice honest.
 */
function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new RangeError('bigint beyond 2^53 cannot be read as a number');
  return value;
}

interface PostgresOptions {
  readonly url: string;
  /** Connections per process; several server processes share one PostgreSQL, so keep it modest. */
  readonly maxConnections?: number;
  /**
   * An idle connection that breaks (PostgreSQL restarted, network cut) is reported here; the pool drops it and
   * opens another on the next query. Without a listener Node would end the process.
   */
  readonly onIdleConnectionError?: (error: Error) => void;
}

const DEFAULT_MAX_CONNECTIONS = 10;

export function openPostgres(options: PostgresOptions): { db: Kysely<Database>; close(): Promise<void> } {
  const pool = new Pool({
    connectionString: options.url,
    max: options.maxConnections ?? DEFAULT_MAX_CONNECTIONS,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID && format !== 'binary'
          ? parseInt8
          : types.getTypeParser(oid, format)) as typeof types.getTypeParser,
    },
  });
  pool.on('error', options.onIdleConnectionError ?? (() => {}));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  // Kysely's destroy ends the pool it was given.
  return { db, close: () => db.destroy() };
}
