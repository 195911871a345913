import { parseArgs } from 'node:util';
import { checkDeclaration, loadBuiltinRulePacks, REGIMES, type Regime } from '@vigie/core';
import { singleDeclarationPath } from '../declaration-path.js';
import { RULE_PACKS_DIR } from '../install-paths.js';
import type { Io } from '../io.js';
import { oneOf, resolveLang } from '../lang.js';
import { loadOrReport } from '../load-or-report.js';
import { formatFindingsJson, formatFindingsText } from '../output/format-findings.js';
import { EXIT } from '../usage-error.js';

export const CHECK_HELP = {
  en: `vigie check [path] [--format text|json] [--regime REGIME]... [--lang fr|en]

Checks the declaration against the law of each regime that applies to the organisation
(${REGIMES.join(', ')}), or only the regimes given with --regime.
Exit code: 0 no error, 1 errors found, 2 the declaration itself is invalid.
`,
  fr: `vigie check [chemin] [--format text|json] [--regime RÉGIME]... [--lang fr|en]

Vérifie la déclaration au regard du droit de chaque régime qui s'applique à l'organisation
(${REGIMES.join(', ')}), ou des seuls régimes donnés avec --regime.
Code de sortie : 0 aucune erreur, 1 erreurs trouvées, 2 la déclaration elle-même est invalide.
`,
};

export function checkCommand(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      regime: { type: 'string', multiple: true },
      lang: { type: 'string' },
    },
  });
  const path = singleDeclarationPath('check', positionals);
  const format = oneOf('--format', values.format, ['text', 'json'], 'text');
  const regimes = values.regime?.map((r) => oneOf<Regime>('--regime', r, REGIMES, 'qc-private'));
  const lang = resolveLang(values.lang, io.envLang);
  // A check reports places: record positions during the parse rather than parsing twice.
  const loaded = loadOrReport(path, io, lang, { recordPositions: true });
  if (!loaded) return EXIT.invalidInput;
  const report = checkDeclaration(loaded, loadBuiltinRulePacks(RULE_PACKS_DIR), regimes ? { regimes } : {});
  io.out(format === 'json' ? formatFindingsJson(report) : formatFindingsText(report, lang));
  return report.counts.error > 0 ? EXIT.findings : EXIT.ok;
}
