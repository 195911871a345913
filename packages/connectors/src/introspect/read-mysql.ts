import type { CatalogueQuery, IntrospectedTable } from './introspected-schema.js';

const COLUMNS = `
select c.table_name as table_name, c.column_name as column_name, c.column_type as column_type,
       c.is_nullable as nullable
  from information_schema.columns c
  join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
 where c.table_schema = database() and t.table_type = 'BASE TABLE'
 order by c.table_name, c.ordinal_position`;

// One row per column of each key, in the key's order; foreign keys name the referenced table and column.
const KEYS = `
select k.constraint_name as constraint_name, k.table_name as table_name, k.column_name as column_name,
       k.referenced_table_schema as ref_schema, k.referenced_table_name as ref_table,
       k.referenced_column_name as ref_column
  from information_schema.key_column_usage k
 where k.table_schema = database()
   and (k.constraint_name = 'PRIMARY' or k.referenced_table_name is not null)
 order by k.table_name, k.constraint_name, k.ordinal_position`;

interface MysqlForeignKey {
  name: string;
  columns: string[];
  table: string;
  to: string[];
}

/** Tables, columns and keys of the connection's database (MySQL and MariaDB). */
export async function readMysqlSchema(query: CatalogueQuery): Promise<IntrospectedTable[]> {
  const [current] = await query('select database() as name', []);
  const database = String(current?.name ?? '');
  const tables = new Map<
    string,
    {
      columns: IntrospectedTable['columns'][number][];
      primaryKey: string[];
      foreignKeys: Map<string, MysqlForeignKey>;
    }
  >();
  for (const row of await query(COLUMNS, [])) {
    const name = String(row.table_name);
    const table = tables.get(name) ?? { columns: [], primaryKey: [], foreignKeys: new Map<string, MysqlForeignKey>() };
    table.columns.push({
      name: String(row.column_name),
      type: String(row.column_type).toLowerCase(),
      nullable: row.nullable === 'YES',
    });
    tables.set(name, table);
  }
  for (const row of await query(KEYS, [])) {
    const table = tables.get(String(row.table_name));
    if (table === undefined) continue;
    const column = String(row.column_name);
    if (row.constraint_name === 'PRIMARY') {
      table.primaryKey.push(column);
      continue;
    }
    const name = String(row.constraint_name);
    const target =
      row.ref_schema === database ? String(row.ref_table) : `${String(row.ref_schema)}.${String(row.ref_table)}`;
    const fk = table.foreignKeys.get(name) ?? { name, columns: [], table: target, to: [] };
    fk.columns.push(column);
    fk.to.push(String(row.ref_column));
    table.foreignKeys.set(name, fk);
  }
  return [...tables].map(([name, t]) => ({
    name,
    columns: t.columns,
    primaryKey: t.primaryKey,
    foreignKeys: [...t.foreignKeys.values()],
  }));
}
