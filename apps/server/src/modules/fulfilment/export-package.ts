import type { CellValue, ExportedTable } from '@vigie/connectors';
import { strToU8, zipSync } from 'fflate';

/** What one system gave for the person: its tables with their annotated columns and categories. */
export interface ExportedSystem {
  readonly dataset: string;
  readonly system: string;
  readonly tables: readonly ExportedTable[];
}

interface PackageContext {
  readonly reference: string;
  readonly organisation: string;
  readonly createdAt: string;
}

function csvCell(value: CellValue): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvOf(table: ExportedTable): string {
  const names = table.columns.map((c) => c.name);
  const lines = [
    names.map(csvCell).join(','),
    ...table.rows.map((row) => names.map((n) => csvCell(row[n] ?? null)).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

function tableHtml(table: ExportedTable): string {
  const head = table.columns
    .map(
      (c) =>
        `<th scope="col">${escapeHtml(c.name)}${c.category ? ` <small>(${escapeHtml(c.category)})</small>` : ''}</th>`,
    )
    .join('');
  const body = table.rows
    .map((row) => `<tr>${table.columns.map((c) => `<td>${escapeHtml(String(row[c.name] ?? ''))}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table><caption>${escapeHtml(table.table)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** The readable report, French then English, for a person who opens the package without tools. */
function reportHtml(systems: readonly ExportedSystem[], context: PackageContext): string {
  const org = escapeHtml(context.organisation);
  const ref = escapeHtml(context.reference);
  const sections = systems
    .map((s) => `<section><h2>${escapeHtml(s.system)}</h2>\n${s.tables.map(tableHtml).join('\n')}</section>`)
    .join('\n');
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Vos renseignements personnels / Your personal information</title></head>
<body>
<h1>Vos renseignements personnels — <span lang="en">Your personal information</span></h1>
<p>Voici les renseignements personnels que ${org} détient à votre sujet, en réponse à votre demande ${ref} (${escapeHtml(context.createdAt)}).
Le fichier <code>data.json</code> les contient sous une forme lisible par machine, et un fichier CSV par table.</p>
<p lang="en">Here is the personal information ${org} holds about you, in answer to your request ${ref} (${escapeHtml(context.createdAt)}).
The file <code>data.json</code> holds it in a machine-readable form, with one CSV file per table.</p>
${sections}
</body></html>
`;
}

/** The export package: data.json (structured), one CSV per table, and report.html (fr/en), zipped. */
export function buildExportPackage(systems: readonly ExportedSystem[], context: PackageContext): Uint8Array {
  const files: Record<string, Uint8Array> = {
    'data.json': strToU8(
      JSON.stringify(
        {
          reference: context.reference,
          organisation: context.organisation,
          createdAt: context.createdAt,
          systems: systems.map((s) => ({ dataset: s.dataset, system: s.system, tables: s.tables })),
        },
        null,
        2,
      ),
    ),
    'report.html': strToU8(reportHtml(systems, context)),
  };
  for (const system of systems)
    for (const table of system.tables) files[`csv/${system.dataset}/${table.table}.csv`] = strToU8(csvOf(table));
  // A fixed date inside the zip: the package's bytes depend on the data only.
  return zipSync(files, { level: 6, mtime: new Date('2020-01-01T00:00:00Z') });
}
