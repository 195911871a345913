export type * from './connector.js';
export * from './introspect/index.js';
export { openMysqlConnector } from './mysql.js';
export { openPostgresConnector } from './postgres.js';
export type { SqlConnectorOptions } from './sql/sql-connector.js';
export { openSqliteConnector } from './sqlite.js';
