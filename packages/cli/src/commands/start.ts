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

export const START_HELP = {
  en: `vigie start [--declaration PATH] [--out DIR] [--lang fr|en]

Starts Vigie on its embedded default: checks the demo organisation's declaration (or PATH)
and publishes its privacy notice (fr and en, HTML and Markdown) and records of processing
(CSV, XLSX, JSON-LD) in DIR (default ./out/demo).
`,
  fr: `vigie start [--declaration CHEMIN] [--out DOSSIER] [--lang fr|en]

Démarre Vigie avec sa configuration intégrée : vérifie la déclaration de l'organisation de
démonstration (ou CHEMIN) et publie sa politique de confidentialité (fr et en, HTML et Markdown)
et son registre des traitements (CSV, XLSX, JSON-LD) dans DOSSIER (par défaut ./out/demo).
`,
};

export function startCommand(args: string[], io: Io): number {
  const { values } = parseArgs({
    args,
    options: { declaration: { type: 'string' }, out: { type: 'string' }, lang: { type: 'string' } },
  });
  const lang = resolveLang(values.lang, io.envLang);
  const path = values.declaration ?? relative(io.cwd, DEMO_DECLARATION);
  const loaded = loadOrReport(path, io, lang);
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
  io.out(NEXT_STEPS[lang]);
  return EXIT.ok;
}

/** What to try next, for someone who has just run `npm start` for the first time. */
const NEXT_STEPS = {
  fr: `
Pour continuer :
  ouvrez out/demo/notice.fr.html dans un navigateur : la politique de confidentialité publiée ;
  npx vigie check examples/medical-clinics-qc --lang fr : ce que la loi reproche à un vrai avis de cliniques ;
  npx vigie schema --out vigie.schema.json : la complétion dans votre éditeur pour écrire votre déclaration.
`,
  en: `
Next:
  open out/demo/notice.en.html in a browser: the published privacy notice;
  npx vigie check examples/medical-clinics-qc --lang en: what the law finds wrong in a real clinics' notice;
  npx vigie schema --out vigie.schema.json: completion in your editor while you write your declaration.
`,
} as const;
