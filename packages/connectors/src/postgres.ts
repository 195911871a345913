import pg from 'pg';
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

const DATE_OID = 1082;

const postgresDialect: Dialect = { name: 'postgres', placeholder: (n) => `$${n}`, quote: doubleQuoted };

/** A connector to a PostgreSQL database (`pg` pool); dates stay as YYYY-MM-DD text. */
export function openPostgresConnector(
  connectionString: string,
  options: SqlConnectorOptions,
): Connector & { readonly driver: SqlDriver } {
  const pool = new pg.Pool({
    connectionString,
    max: 4,
    types: {
      // A date is a calendar day; pg would turn it into a midnight in the server's time zone.
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === DATE_OID
          ? (text: string) => text
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  pool.on('error', () => {}); // an idle client dropped by the server: the next query reports it
  const on = (client: pg.Pool | pg.PoolClient): SqlExecutor => ({
    async query(sql, values) {
      const result = await client.query(sql, values as unknown[]);
      return result.rows.map(normaliseRow);
    },
    async run(sql, values) {
      const result = await client.query(sql, values as unknown[]);
      return result.rowCount ?? 0;
    },
  });
  const driver: SqlDriver = {
    dialect: postgresDialect,
    ...on(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const value = await work(on(client));
        await client.query('commit');
        return value;
      } catch (error) {
        await client.query('rollback').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async describe(table) {
      const { schema, name } = splitTableName(table);
      const rows = await on(pool).query(
        `select column_name as name, data_type as type, character_maximum_length as max_length
           from information_schema.columns
          where table_schema = coalesce($1, current_schema()) and table_name = $2`,
        [schema ?? null, name],
      );
      return rows.map(liveColumn);
    },
    close: () => pool.end(),
  };
  return { ...createSqlConnector(driver, options), driver };
}
