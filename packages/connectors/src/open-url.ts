import type { Connector } from './connector.js';
import { engineOfUrl } from './introspect/introspect-database.js';
import { openMysqlConnector } from './mysql.js';
import { openPostgresConnector } from './postgres.js';
import type { SqlDriver } from './sql/driver.js';
import type { SqlConnectorOptions } from './sql/sql-connector.js';
import { openSqliteConnector } from './sqlite.js';

/**
 * A connector to the database a URL names (postgres://…, mysql:// or mariadb://…, sqlite:PATH), or undefined for
 * any other URL. Nothing is read until the first call.
 */
export function openConnectorFromUrl(
  url: string,
  options: SqlConnectorOptions,
): (Connector & { readonly driver: SqlDriver }) | undefined {
  const parsed = engineOfUrl(url);
  if (parsed === undefined) return undefined;
  switch (parsed.engine) {
    case 'postgres':
      return openPostgresConnector(parsed.target, options);
    case 'mysql':
      return openMysqlConnector(parsed.target, options);
    case 'sqlite':
      return openSqliteConnector(parsed.target, options);
  }
}
