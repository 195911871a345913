import type { CatalogueQuery, IntrospectedTable } from './introspected-schema.js';

interface RawForeignKey {
  name: string;
  columns: string[];
  table: string;
  /** null where the key leaves its target out: it then means the referenced table's primary key. */
  to: (string | null)[];
}

/** Tables, columns and keys of the main database of an SQLite file, from its pragmas. */
export async function readSqliteSchema(query: CatalogueQuery): Promise<IntrospectedTable[]> {
  const names = await query(
    "select name from sqlite_schema where type = 'table' and name not like 'sqlite\\_%' escape '\\' order by name",
    [],
  );
  const tables: (Omit<IntrospectedTable, 'foreignKeys'> & { foreignKeys: RawForeignKey[] })[] = [];
  for (const { name } of names) {
    const table = String(name);
    const columns = await query('select name, type, "notnull" as not_null, pk from pragma_table_info(?)', [table]);
    // pk is the column's position in the primary key (1-based), 0 when it is not part of it.
    const primaryKey = columns
      .filter((c) => Number(c.pk) > 0)
      .sort((a, b) => Number(a.pk) - Number(b.pk))
      .map((c) => String(c.name));
    const foreignKeys = new Map<number, RawForeignKey>();
    const rows = await query(
      'select id, "table" as ref_table, "from" as from_column, "to" as to_column from pragma_foreign_key_list(?) order by id, seq',
      [table],
    );
    for (const row of rows) {
      const id = Number(row.id);
      const fk = foreignKeys.get(id) ?? {
        name: `${table}_fk_${id}`,
        columns: [],
        table: String(row.ref_table),
        to: [],
      };
      fk.columns.push(String(row.from_column));
      fk.to.push(row.to_column === null ? null : String(row.to_column));
      foreignKeys.set(id, fk);
    }
    tables.push({
      name: table,
      columns: columns.map((c) => ({
        name: String(c.name),
        type: String(c.type).toLowerCase(),
        nullable: Number(c.not_null) === 0,
      })),
      primaryKey,
      foreignKeys: [...foreignKeys.values()],
    });
  }
  const byName = new Map(tables.map((t) => [t.name, t]));
  return tables.map((t) => ({
    ...t,
    foreignKeys: t.foreignKeys.map((fk) => ({
      ...fk,
      to: fk.to.some((c) => c === null) ? (byName.get(fk.table)?.primaryKey ?? []) : fk.to.map(String),
    })),
  }));
}
