import { parseArgs } from 'node:util';
import { buildRopa, ropaToCsv, ropaToJsonLd, ropaToXlsx } from '@vigie/core';
import { OUTPUT_OPTIONS, singleDeclarationPath } from '../declaration-path.js';
import type { Io } from '../io.js';
import { oneOf, resolveLang } from '../lang.js';
import { loadOrReport } from '../load-or-report.js';
import { EXIT } from '../usage-error.js';
import { writeOutput } from '../write-output.js';

export const ROPA_HELP = {
  en: `vigie ropa [path] --format csv|xlsx|jsonld [--lang fr|en] [--out FILE]

Writes the records of processing (GDPR Art. 30) and the Quebec inventory of personal
information: CSV (the Art. 30 record), XLSX (record, inventory and processors sheets) or
JSON-LD with W3C DPV terms. XLSX needs --out or a redirection.
`,
  fr: `vigie ropa [chemin] --format csv|xlsx|jsonld [--lang fr|en] [--out FICHIER]

Écrit le registre des activités de traitement (RGPD, art. 30) et l'inventaire québécois des
renseignements personnels : CSV (le registre de l'art. 30), XLSX (registre, inventaire et
sous-traitants) ou JSON-LD avec les termes W3C DPV. Le XLSX exige --out ou une redirection.
`,
};

export function ropaCommand(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: OUTPUT_OPTIONS,
  });
  const path = singleDeclarationPath('ropa', positionals);
  const format = oneOf('--format', values.format, ['csv', 'xlsx', 'jsonld'], 'csv');
  const loaded = loadOrReport(path, io, resolveLang(values.lang, io.envLang));
  if (!loaded) return EXIT.invalidInput;
  const lang = resolveLang(values.lang, io.envLang, loaded.declaration.organisation.languages[0]);
  const ropa = buildRopa(loaded);
  const content =
    format === 'csv' ? ropaToCsv(ropa, lang) : format === 'xlsx' ? ropaToXlsx(ropa, lang) : ropaToJsonLd(ropa);
  writeOutput(io, values.out, content);
  return EXIT.ok;
}
