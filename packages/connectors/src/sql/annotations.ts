import type { Dataset, DatasetColumn, DatasetReference, DatasetTable } from '@vigie/core';

/** An annotated table with what the walk and the erasure need at hand. */
export interface IndexedTable {
  readonly table: DatasetTable;
  readonly columns: ReadonlyMap<string, DatasetColumn>;
  /** Tables whose references point at this one: where the walk goes next. */
  readonly children: readonly { readonly table: string; readonly ref: DatasetReference }[];
  /** Columns read while walking: the key, what children reference, what this table references with. */
  readonly walkColumns: readonly string[];
  /** Columns a fallback mask must not touch: keys and both ends of references. */
  readonly linkColumns: ReadonlySet<string>;
}

export type DatasetIndex = ReadonlyMap<string, IndexedTable>;

export function indexDataset(dataset: Dataset): DatasetIndex {
  const children = new Map<string, { table: string; ref: DatasetReference }[]>();
  for (const table of dataset.tables) {
    for (const ref of table.references) {
      const list = children.get(ref.table) ?? [];
      list.push({ table: table.name, ref });
      children.set(ref.table, list);
    }
  }
  const index = new Map<string, IndexedTable>();
  for (const table of dataset.tables) {
    const mine = children.get(table.name) ?? [];
    const walk = new Set([
      ...table.key,
      ...mine.flatMap((c) => c.ref.to),
      ...table.references.flatMap((r) => r.columns),
    ]);
    index.set(table.name, {
      table,
      columns: new Map(table.columns.map((c) => [c.name, c])),
      children: mine,
      walkColumns: [...walk],
      linkColumns: walk,
    });
  }
  return index;
}

/** Tables ordered so that every table comes before the tables it references (children before parents). */
export function childrenFirst(index: DatasetIndex): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const child of index.get(name)?.children ?? []) visit(child.table);
    order.push(name);
  };
  for (const name of index.keys()) visit(name);
  return order;
}

/** A stable text for a tuple of values, to use as a map key (1 and "1" are the same row). */
export function tupleId(values: readonly unknown[]): string {
  return JSON.stringify(values.map((v) => (v === null || v === undefined ? null : String(v))));
}
