/**
 * What went wrong in the store, as a stable code a repository can act on (a unique violation on an email means
 * "already registered"), whichever dialect raised it.
 */
type StoreErrorCode =
  | 'store.unique_violation'
  | 'store.foreign_key_violation'
  | 'store.not_null_violation'
  | 'store.check_violation'
  /** Another writer holds the lock or won a serialisation race: retrying may succeed. */
  | 'store.busy'
  | 'store.unavailable'
  | 'store.unknown';

/** SQLite's extended result codes, as better-sqlite3 reports them in error.code. */
const SQLITE_CODES: Readonly<Record<string, StoreErrorCode>> = {
  SQLITE_CONSTRAINT_UNIQUE: 'store.unique_violation',
  SQLITE_CONSTRAINT_PRIMARYKEY: 'store.unique_violation',
  SQLITE_CONSTRAINT_FOREIGNKEY: 'store.foreign_key_violation',
  SQLITE_CONSTRAINT_NOTNULL: 'store.not_null_violation',
  SQLITE_CONSTRAINT_CHECK: 'store.check_violation',
  SQLITE_BUSY: 'store.busy',
  SQLITE_BUSY_SNAPSHOT: 'store.busy',
  SQLITE_BUSY_RECOVERY: 'store.busy',
  SQLITE_LOCKED: 'store.busy',
  SQLITE_CANTOPEN: 'store.unavailable',
};

/** PostgreSQL SQLSTATE codes (Appendix A of its manual), as pg reports them in error.code. */
const POSTGRES_CODES: Readonly<Record<string, StoreErrorCode>> = {
  '23505': 'store.unique_violation',
  '23503': 'store.foreign_key_violation',
  '23502': 'store.not_null_violation',
  '23514': 'store.check_violation',
  '40001': 'store.busy',
  '40P01': 'store.busy',
  '55P03': 'store.busy',
  '57P01': 'store.unavailable',
  '57P03': 'store.unavailable',
  '08000': 'store.unavailable',
  '08003': 'store.unavailable',
  '08006': 'store.unavailable',
};

/** Node's socket errors when PostgreSQL cannot be reached at all. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);

/** Names a driver error by its stable code; anything unrecognised is store.unknown (and should be logged). */
export function storeErrorCode(error: unknown): StoreErrorCode {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  if (typeof code !== 'string') return 'store.unknown';
  if (NETWORK_CODES.has(code)) return 'store.unavailable';
  return SQLITE_CODES[code] ?? POSTGRES_CODES[code] ?? 'store.unknown';
}
