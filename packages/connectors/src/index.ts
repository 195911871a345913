export type * from './connector.js';
export * from './introspect/index.js';
export { openMysqlConnector } from './mysql.js';
export { openConnectorFromUrl } from './open-url.js';
export { openPostgresConnector } from './postgres.js';
export * from './retention/index.js';
export type { SqlDriver } from './sql/driver.js';
export type { SqlConnectorOptions } from './sql/sql-connector.js';
export { openSqliteConnector } from './sqlite.js';
