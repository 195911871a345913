import type { Localized } from '../i18n/localized.js';
import { type Dataset, type DatasetTable, isExternalEngine } from './schema/datasets.js';
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
    // A webhook or manual system has no tables: the system or staff find the person, not Vigie.
    if (
      !isExternalEngine(dataset.engine) &&
      !dataset.tables.some((t) => t.person && t.columns.some((c) => c.identity !== undefined))
    ) {
      issues.push({
        path: at('tables'),
        message: {
          en: 'no table has `person: true` and a column with an `identity`: no one could be found in this dataset',
          fr: 'aucune table n’a `person: true` et une colonne avec `identity` : personne ne pourrait être trouvé dans ce jeu de données',
        },
      });
    }
    dataset.tables.forEach((table, t) => {
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
      issues.push(...checkRetentionBinding(table, at('tables', t, 'retention'), checks.retention));
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

/**
 * A table's retention: the rule exists, and the columns a bound rule reads (`from`, `except`, `holdColumn`) are
 * annotated columns of the table, since the engine reads nothing the annotation does not name.
 */
function checkRetentionBinding(table: DatasetTable, at: DeclarationPath, rule: Must): Issue[] {
  const { retention } = table;
  if (retention === undefined) return [];
  if (typeof retention === 'string') {
    rule(retention, at);
    return [];
  }
  rule(retention.rule, [...at, 'rule']);
  const known = new Set([...table.key, ...table.columns.map((c) => c.name)]);
  const issues: Issue[] = [];
  const mustBeAnnotated = (column: string, path: DeclarationPath) => {
    if (known.has(column)) return;
    issues.push({
      path,
      message: {
        en: `unknown column "${column}" (a retention binding reads only columns annotated in table "${table.name}")`,
        fr: `colonne inconnue « ${column} » (une règle de conservation ne lit que les colonnes annotées de la table « ${table.name} »)`,
      },
    });
  };
  mustBeAnnotated(retention.from, [...at, 'from']);
  retention.except.forEach((exception, e) => {
    mustBeAnnotated(exception.column, [...at, 'except', e, 'column']);
  });
  if (retention.holdColumn !== undefined) mustBeAnnotated(retention.holdColumn, [...at, 'holdColumn']);
  return issues;
}
