import mysql from 'mysql2/promise';
import type { Connector } from './connector.js';
import {
  backQuoted,
  type Dialect,
  liveColumn,
  normaliseRow,
  type SqlDriver,
  type SqlExecutor,
  splitTableName,
} from './sql/driver.js';
import { createSqlConnector, type SqlConnectorOptions } from './sql/sql-connector.js';

const mysqlDialect: Dialect = { name: 'mysql', placeholder: () => '?', quote: backQuoted };

/**
 * A connector to MySQL or MariaDB (`mysql2` pool). Statements go through `execute`, which sends
 * values separately from the SQL (server-side prepared statements), never `query`, which would
 * interpolate them client-side.
 */
export function openMysqlConnector(
  uri: string,
  options: SqlConnectorOptions,
): Connector & { readonly driver: SqlDriver } {
  const pool = mysql.createPool({ uri, connectionLimit: 4, dateStrings: true, supportBigNumbers: true });
  const on = (client: mysql.Pool | mysql.PoolConnection): SqlExecutor => ({
    async query(sql, values) {
      const [rows] = await client.execute(sql, values as unknown[] as mysql.ExecuteValues);
      return (rows as Record<string, unknown>[]).map(normaliseRow);
    },
    async run(sql, values) {
      const [result] = await client.execute(sql, values as unknown[] as mysql.ExecuteValues);
      return (result as mysql.ResultSetHeader).affectedRows;
    },
  });
  const driver: SqlDriver = {
    dialect: mysqlDialect,
    ...on(pool),
    async transaction(work) {
      const connection = await pool.getConnection();
      try {
        await connection.beginTransaction();
        const value = await work(on(connection));
        await connection.commit();
        return value;
      } catch (error) {
        await connection.rollback().catch(() => {});
        throw error;
      } finally {
        connection.release();
      }
    },
    async describe(table) {
      const { schema, name } = splitTableName(table);
      const rows = await on(pool).query(
        `select column_name as name, data_type as type, character_maximum_length as max_length
           from information_schema.columns
          where table_schema = coalesce(?, database()) and table_name = ?`,
        [schema ?? null, name],
      );
      return rows.map(liveColumn);
    },
    close: () => pool.end(),
  };
  return { ...createSqlConnector(driver, options), driver };
}
