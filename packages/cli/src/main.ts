import type { Lang, Localized } from '@vigie/core';
import { CHECK_HELP, checkCommand } from './commands/check.js';
import { NOTICE_HELP, noticeCommand } from './commands/notice.js';
import { ROPA_HELP, ropaCommand } from './commands/ropa.js';
import { SCHEMA_HELP, schemaCommand } from './commands/schema.js';
import { START_HELP, startCommand } from './commands/start.js';
import type { Io } from './io.js';
import { EXIT, UsageError } from './usage-error.js';

export type { Io } from './io.js';

const COMMANDS: Record<string, { run: (args: string[], io: Io) => number; help: Localized }> = {
  check: { run: checkCommand, help: CHECK_HELP },
  notice: { run: noticeCommand, help: NOTICE_HELP },
  ropa: { run: ropaCommand, help: ROPA_HELP },
  schema: { run: schemaCommand, help: SCHEMA_HELP },
  start: { run: startCommand, help: START_HELP },
};

const HELP: Localized = {
  en: `vigie: privacy operations as code

Usage: vigie <command> [options]

Commands:
  check    check the declaration against Quebec, Canadian, EU and French law
  notice   write the privacy notice (fr/en, HTML or Markdown); "notice diff" compares two versions
  ropa     write the records of processing (CSV, XLSX, JSON-LD)
  schema   write the JSON Schema of the declaration, for editors
  start    check the demo organisation and publish its notice and records

Run "vigie <command> --help" for a command's options; add --lang fr for French.
`,
  fr: `vigie : la protection des renseignements personnels, en code

Usage : vigie <commande> [options]

Commandes :
  check    vérifie la déclaration au regard du droit québécois, canadien, européen et français
  notice   écrit la politique de confidentialité (fr/en, HTML ou Markdown) ; « notice diff » compare deux versions
  ropa     écrit le registre des traitements (CSV, XLSX, JSON-LD)
  schema   écrit le schéma JSON de la déclaration, pour les éditeurs
  start    vérifie l'organisation de démonstration et publie sa politique et son registre

« vigie <commande> --help » donne les options d'une commande ; ajoutez --lang en pour l'anglais.
`,
};

/**
 * Runs one vigie command and returns its exit code. Errors in the input come back as
 * sentences in the user's language (exit 2); an unexpected failure says so without a stack
 * trace unless VIGIE_DEBUG=1.
 */
export function main(argv: readonly string[], io: Io): number {
  const lang = messageLang(argv, io.envLang);
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(HELP[lang]);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(
      lang === 'fr'
        ? `vigie : commande inconnue « ${name} »\n\n${HELP.fr}`
        : `vigie: unknown command "${name}"\n\n${HELP.en}`,
    );
    return EXIT.invalidInput;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(command.help[lang]);
    return EXIT.ok;
  }
  try {
    return command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`vigie ${name}: ${error.text[lang]}\n`);
      return EXIT.invalidInput;
    }
    if (isParseArgsError(error)) {
      // node:util's own sentence names the option; it exists in English only.
      const prefix = lang === 'fr' ? 'option invalide : ' : '';
      io.err(`vigie ${name}: ${prefix}${(error as Error).message}\n`);
      return EXIT.invalidInput;
    }
    const reason = error instanceof Error ? error.message : String(error);
    io.err(
      lang === 'fr' ? `vigie ${name} : erreur interne : ${reason}\n` : `vigie ${name}: internal error: ${reason}\n`,
    );
    if (process.env.VIGIE_DEBUG === '1' && error instanceof Error) io.err(`${error.stack}\n`);
    return EXIT.internal;
  }
}

/** The language of messages: --lang if valid anywhere in the arguments, else the environment's. */
function messageLang(argv: readonly string[], envLang: string | undefined): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = arg === '--lang' ? argv[i + 1] : arg?.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value === 'fr' || value === 'en') return value;
  }
  return envLang?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

function isParseArgsError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}
