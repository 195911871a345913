import type { Localized } from '../i18n/localized.js';
import type { Dataset } from './schema/datasets.js';
import type { DeclarationPath } from './source-map.js';

type Issue = { path: DeclarationPath; message: Localized };
type Must = (id: string, path: DeclarationPath) => void;

/** The ids a dataset annotation points to, checked by the caller (who knows the declaration). */
interface DatasetReferenceChecks {
  readonly system: Must;
  readonly retention: Must;
  readonly category: Must;
}

/**
 * Inside each dataset: table names unique, references pointing at annotated tables and columns with
 * matching arity, at least one person table with an identity column. A connector relies on all of it
 * to walk the tables, so it is an input error here rather than a surprise during an erasure.
 */
export function checkDatasets(datasets: readonly Dataset[], checks: DatasetReferenceChecks): Issue[] {
  const issues: Issue[] = [];
  datasets.forEach((dataset, d) => {
    const at = (...rest: (string | number)[]): DeclarationPath => ['datasets', d, ...rest];
    checks.system(dataset.system, at('system'));
    const tables = new Map<string, number>();
    dataset.tables.forEach((table, t) => {
      if (tables.has(table.name)) {
        issues.push({
          path: at('tables', t, 'name'),
          message: { en: `duplicate table "${table.name}"`, fr: `table « ${table.name} » en double` },
        });
      } else tables.set(table.name, t);
    });
    if (!dataset.tables.some((t) => t.person && t.columns.some((c) => c.identity !== undefined))) {
      issues.push({
        path: at('tables'),
        message: {
          en: 'no table has `person: true` and a column with an `identity`: no one could be found in this dataset',
          fr: 'aucune table n’a `person: true` et une colonne avec `identity` : personne ne pourrait être trouvé dans ce jeu de données',
        },
      });
    }
    dataset.tables.forEach((table, t) => {
      if (table.retention !== undefined) checks.retention(table.retention, at('tables', t, 'retention'));
      const columns = new Set<string>();
      table.columns.forEach((column, c) => {
        if (columns.has(column.name)) {
          issues.push({
            path: at('tables', t, 'columns', c, 'name'),
            message: { en: `duplicate column "${column.name}"`, fr: `colonne « ${column.name} » en double` },
          });
        }
        columns.add(column.name);
        checks.category(column.category, at('tables', t, 'columns', c, 'category'));
        if (column.identity !== undefined && !table.person) {
          issues.push({
            path: at('tables', t, 'columns', c, 'identity'),
            message: {
              en: 'identities resolve only in a table marked `person: true`',
              fr: 'les identités ne se résolvent que dans une table marquée `person: true`',
            },
          });
        }
      });
      table.references.forEach((ref, r) => {
        if (ref.columns.length !== ref.to.length) {
          issues.push({
            path: at('tables', t, 'references', r, 'to'),
            message: {
              en: `${ref.columns.length} column(s) cannot reference ${ref.to.length} column(s)`,
              fr: `${ref.columns.length} colonne(s) ne peuvent pas référencer ${ref.to.length} colonne(s)`,
            },
          });
        }
        if (!tables.has(ref.table)) {
          issues.push({
            path: at('tables', t, 'references', r, 'table'),
            message: {
              en: `unknown table "${ref.table}" (reference to a table this dataset does not annotate)`,
              fr: `table inconnue « ${ref.table} » (référence vers une table que ce jeu de données n’annote pas)`,
            },
          });
        }
      });
    });
  });
  return issues;
}
