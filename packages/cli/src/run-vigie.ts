import type { Lang, Localized } from '@vigie/core';
import type { Command } from './command.js';
import type { Io } from './io.js';
import { EXIT, UsageError } from './usage-error.js';

const HELP: Localized = {
  en: `vigie: privacy operations as code

Usage: vigie <command> [options]

Commands:
  check    check the declaration against Quebec, Canadian, EU and French law
  notice   write the privacy notice (fr/en, HTML or Markdown); "notice diff" compares two versions
  ropa     write the records of processing (CSV, XLSX, JSON-LD)
  schema   write the JSON Schema of the declaration, for editors
  start    check the demo organisation and publish its notice and records
  retention  plan and run the retention rules over a dataset's database (destroy, anonymize, review)

Server:
  serve    run the server: staff console, privacy center, API (--demo: the demo organisation)
  users    create staff accounts (the first owner) and list them
  keys     rotate the master key or the data key of the encryption at rest
  backup   write a consistent snapshot of the store while the server runs
  restore  bring a snapshot back, and verify its journal
  audit    verify the access journal, export a range with its proof
  consent  verify the consent ledger against the signed journal
  datasets draft the annotation of a live database (generate --from URL), for review

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
  retention  prévoit et applique les règles de conservation sur la base d'un jeu de données (détruire, anonymiser, revoir)

Serveur :
  serve    lance le serveur : console du personnel, centre de confidentialité, API (--demo : l'organisation de démonstration)
  users    crée les comptes du personnel (le premier propriétaire) et les liste
  keys     fait tourner la clé maîtresse ou la clé de données du chiffrement au repos
  backup   écrit un instantané cohérent de la base pendant que le serveur tourne
  restore  restaure un instantané et vérifie son journal
  audit    vérifie le journal des accès, exporte une plage avec sa preuve
  consent  vérifie le registre des consentements avec le journal signé
  datasets ébauche l'annotation d'une base de données (generate --from URL), à revoir

« vigie <commande> --help » donne les options d'une commande ; ajoutez --lang en pour l'anglais.
`,
};

/**
 * Runs `vigie <name> …` once the caller has found the command `argv[0]` names (undefined when it
 * names none), and returns the exit code. Errors in the input come back as sentences in the user's
 * language (exit 2); an unexpected failure says so without a stack trace unless VIGIE_DEBUG=1.
 */
export function runVigie(argv: readonly string[], io: Io, command: Command | undefined): number {
  const lang = messageLang(argv, io.envLang);
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(HELP[lang]);
    return EXIT.ok;
  }
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
    return reportInternalError(name, error, io, lang);
  }
}

/** An unexpected failure: one sentence, the stack only with VIGIE_DEBUG=1. */
export function reportInternalError(name: string, error: unknown, io: Io, lang: Lang): number {
  const reason = error instanceof Error ? error.message : String(error);
  io.err(lang === 'fr' ? `vigie ${name} : erreur interne : ${reason}\n` : `vigie ${name}: internal error: ${reason}\n`);
  if (process.env.VIGIE_DEBUG === '1' && error instanceof Error) io.err(`${error.stack}\n`);
  return EXIT.internal;
}

/** The language of messages: --lang if valid anywhere in the arguments, else the environment's. */
export function messageLang(argv: readonly string[], envLang: string | undefined): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = arg === '--lang' ? argv[i + 1] : arg?.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value === 'fr' || value === 'en') return value;
  }
  return envLang?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function isParseArgsError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}
