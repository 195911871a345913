import Database from 'better-sqlite3';
import type { Connector } from './connector.js';
import {
  type Dialect,
  doubleQuoted,
  liveColumn,
  normaliseRow,
  type SqlDriver,
  type SqlExecutor,
  splitTableName,
} from './sql/driver.js';
import { createSqlConnector, type SqlConnectorOptions } from './sql/sql-connector.js';

const sqliteDialect: Dialect = { name: 'sqlite', placeholder: () => '?', quote: doubleQuoted };

/** A connector to an SQLite file (`better-sqlite3`); foreign keys are enforced, as the schema declares them. */
export function openSqliteConnector(
  path: string,
  options: SqlConnectorOptions,
): Connector & { readonly driver: SqlDriver } {
  const db = new Database(path, { fileMustExist: true });
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const executor: SqlExecutor = {
    async query(sql, values) {
      return (db.prepare(sql).all(...values) as Record<string, unknown>[]).map(normaliseRow);
    },
    async run(sql, values) {
      return db.prepare(sql).run(...values).changes;
    },
  };
  // better-sqlite3's own transaction() takes a synchronous function; the connector's work awaits,
  // so the transaction is opened and closed by hand. Nothing else uses this handle meanwhile.
  let inTransaction: Promise<unknown> = Promise.resolve();
  const driver: SqlDriver = {
    dialect: sqliteDialect,
    ...executor,
    transaction(work) {
      const next = inTransaction.then(async () => {
        db.exec('begin immediate');
        try {
          const value = await work(executor);
          db.exec('commit');
          return value;
        } catch (error) {
          if (db.inTransaction) db.exec('rollback');
          throw error;
        }
      });
      inTransaction = next.catch(() => {});
      return next;
    },
    async describe(table) {
      const { schema, name } = splitTableName(table);
      const rows = await executor.query(
        'select name, lower(type) as type, null as max_length from pragma_table_info(?, ?)',
        [name, schema ?? 'main'],
      );
      return rows.map(liveColumn);
    },
    async close() {
      db.close();
    },
  };
  return { ...createSqlConnector(driver, options), driver };
}
