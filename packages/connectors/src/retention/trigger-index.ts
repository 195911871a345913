import { type SqlDriver, splitTableName } from '../sql/driver.js';

/**
 * Whether some index of the table starts with the column, read from the catalog (cheap, no rows): the
 * SELECT that picks each batch filters on the trigger column, and without such an index every batch
 * scans the table. Undefined when the catalog could not be read.
 */
export async function triggerIndexed(driver: SqlDriver, table: string, column: string): Promise<boolean | undefined> {
  const { schema, name } = splitTableName(table);
  try {
    switch (driver.dialect.name) {
      case 'postgres': {
        const rows = await driver.query(
          `select 1 as found from pg_index i
             join pg_class c on c.oid = i.indrelid
             join pg_namespace n on n.oid = c.relnamespace
             join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
            where n.nspname = coalesce($1, current_schema()) and c.relname = $2 and a.attname = $3
            limit 1`,
          [schema ?? null, name, column],
        );
        return rows.length > 0;
      }
      case 'mysql': {
        const rows = await driver.query(
          `select 1 as found from information_schema.statistics
            where table_schema = coalesce(?, database()) and table_name = ? and column_name = ? and seq_in_index = 1
            limit 1`,
          [schema ?? null, name, column],
        );
        return rows.length > 0;
      }
      case 'sqlite': {
        const rows = await driver.query(
          `select 1 as found from pragma_index_list(?) l join pragma_index_info(l.name) i
            where i.seqno = 0 and i.name = ? limit 1`,
          [name, column],
        );
        return rows.length > 0;
      }
    }
  } catch {
    return undefined;
  }
}
