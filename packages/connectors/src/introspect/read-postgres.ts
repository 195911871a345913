import {
  type CatalogueQuery,
  type IntrospectedForeignKey,
  type IntrospectedTable,
  nameList,
} from './introspected-schema.js';

// Partitions are left out: rows are located, exported and erased through their parent table.
const COLUMNS = `
select n.nspname as schema_name, c.relname as table_name, a.attname as column_name,
       format_type(a.atttypid, a.atttypmod) as column_type, not a.attnotnull as nullable
  from pg_class c
  join pg_namespace n on n.oid = c.relnamespace
  join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
 where c.relkind in ('r', 'p') and not c.relispartition
   and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
 order by n.nspname, c.relname, a.attnum`;

// Columns of a key in the key's own order (conkey is ordered; the attribute numbers are not). A foreign key
// declared on the partitions of a table (pagila's payment) is the parent's: `owner` is the partition tree's root.
const CONSTRAINTS = `
select k.contype as kind, k.conname as constraint_name, c.relispartition as on_partition,
       n.nspname as schema_name, o.relname as table_name,
       (select json_agg(a.attname order by u.i) from unnest(k.conkey) with ordinality u(num, i)
          join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.num) as columns,
       fn.nspname as ref_schema, fc.relname as ref_table,
       (select json_agg(a.attname order by u.i) from unnest(k.confkey) with ordinality u(num, i)
          join pg_attribute a on a.attrelid = k.confrelid and a.attnum = u.num) as ref_columns
  from pg_constraint k
  join pg_class c on c.oid = k.conrelid
  join pg_class o on o.oid = coalesce(pg_partition_root(c.oid), c.oid)
  join pg_namespace n on n.oid = o.relnamespace
  left join pg_class fc on fc.oid = coalesce(pg_partition_root(k.confrelid), k.confrelid)
  left join pg_namespace fn on fn.oid = fc.relnamespace
 where k.contype in ('p', 'f') and k.conparentid = 0
 order by k.conname`;

/** Tables, columns and keys of every user schema; names in the default schema stay bare. */
export async function readPostgresSchema(query: CatalogueQuery): Promise<IntrospectedTable[]> {
  const [current] = await query('select current_schema() as name', []);
  const defaultSchema = String(current?.name ?? 'public');
  const nameOf = (schema: unknown, table: unknown) =>
    schema === defaultSchema ? String(table) : `${String(schema)}.${String(table)}`;
  const tables = new Map<
    string,
    {
      columns: IntrospectedTable['columns'][number][];
      primaryKey: string[];
      foreignKeys: IntrospectedTable['foreignKeys'][number][];
    }
  >();
  for (const row of await query(COLUMNS, [])) {
    const name = nameOf(row.schema_name, row.table_name);
    const table = tables.get(name) ?? { columns: [], primaryKey: [], foreignKeys: [] };
    table.columns.push({
      name: String(row.column_name),
      type: String(row.column_type).toLowerCase(),
      nullable: row.nullable === true,
    });
    tables.set(name, table);
  }
  for (const row of await query(CONSTRAINTS, [])) {
    const table = tables.get(nameOf(row.schema_name, row.table_name));
    if (table === undefined) continue;
    if (row.kind === 'p') {
      if (row.on_partition !== true) table.primaryKey = nameList(row.columns);
      continue;
    }
    const fk = {
      name: String(row.constraint_name),
      columns: nameList(row.columns),
      table: nameOf(row.ref_schema, row.ref_table),
      to: nameList(row.ref_columns),
    };
    // The same key repeated on every partition is one key of the parent.
    const same = (other: IntrospectedForeignKey) =>
      other.table === fk.table && other.columns.join() === fk.columns.join() && other.to.join() === fk.to.join();
    if (!table.foreignKeys.some(same)) table.foreignKeys.push(fk);
  }
  return [...tables].map(([name, t]) => ({ name, ...t }));
}
