import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  buildRopa,
  checkDeclaration,
  LANGS,
  loadBuiltinRulePacks,
  renderNotice,
  ropaToCsv,
  ropaToJsonLd,
  ropaToXlsx,
} from '@vigie/core';
import { DEMO_DECLARATION, RULE_PACKS_DIR } from '../install-paths.js';
import type { Io } from '../io.js';
import { resolveLang } from '../lang.js';
import { loadOrReport } from '../load-or-report.js';
import { formatFindingsText } from '../output/format-findings.js';
import { EXIT } from '../usage-error.js';
import { writeOutput } from '../write-output.js';

export const START_HELP = `vigie start [--declaration PATH] [--out DIR] [--lang fr|en]

Starts Vigie on its embedded default: checks the demo organisation's declaration (or PATH)
and publishes its privacy notice (fr and en, HTML and Markdown) and records of processing
(CSV, XLSX, JSON-LD) in DIR (default ./out/demo).
`;

export function startCommand(args: string[], io: Io): number {
  const { values } = parseArgs({
    args,
    options: { declaration: { type: 'string' }, out: { type: 'string' }, lang: { type: 'string' } },
  });
  const lang = resolveLang(values.lang, io.envLang);
  const path = values.declaration ?? relative(io.cwd, DEMO_DECLARATION);
  const loaded = loadOrReport(path, io);
  if (!loaded) return EXIT.invalidInput;
  const { declaration } = loaded;
  io.out(`Vigie · ${declaration.organisation.legalName} · ${path}\n\n`);
  const report = checkDeclaration(loaded, loadBuiltinRulePacks(RULE_PACKS_DIR));
  io.out(formatFindingsText(report, lang));

  const dir = values.out ?? join('out', 'demo');
  const written: string[] = [];
  const write = (name: string, content: string | Uint8Array) => {
    const file = join(dir, name);
    writeOutput(io, file, content);
    written.push(file);
  };
  for (const l of LANGS) {
    write(`notice.${l}.html`, renderNotice(loaded, { lang: l, format: 'html' }));
    write(`notice.${l}.md`, renderNotice(loaded, { lang: l, format: 'md' }));
  }
  const ropa = buildRopa(loaded);
  write(`ropa.${lang}.csv`, ropaToCsv(ropa, lang));
  write(`ropa.${lang}.xlsx`, ropaToXlsx(ropa, lang));
  write('ropa.jsonld', ropaToJsonLd(ropa));
  io.out(`\n${lang === 'fr' ? 'Publié' : 'Published'}:\n${written.map((f) => `  ${resolve(io.cwd, f)}`).join('\n')}\n`);
  return EXIT.ok;
}
