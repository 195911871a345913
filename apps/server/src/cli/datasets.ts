import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { draftAnnotation, introspectDatabase, redactUrl } from '@vigie/connectors';
import type { Localized } from '@vigie/core';
import { runCommand } from './cli-errors.js';
import { type CliIo, EXIT } from './cli-io.js';

const HELP: Localized = {
  en: `Usage: vigie datasets generate --from URL [--id ID] [--system ID] [--out FILE]

generate   read a live database's tables, columns and keys (no rows) and write an annotation draft:
           person tables, identities and data categories guessed from names and types, references from
           foreign keys, nothing erased; every guess is marked "# REVIEW:" with the reason
--from     postgres://…, mysql://… (MariaDB too) or sqlite:PATH
--id       the dataset id (default: the database's name); --system the systems id (default: the dataset id)
--out      write to FILE (never overwritten) instead of standard output
`,
  fr: `Usage : vigie datasets generate --from URL [--id ID] [--system ID] [--out FICHIER]

generate   lit les tables, colonnes et clés d’une base (aucune ligne) et écrit une ébauche d’annotation :
           tables de personnes, identités et catégories devinées d’après les noms et les types, références
           d’après les clés étrangères, rien d’effacé ; chaque supposition est marquée « # REVIEW: » avec sa raison
--from     postgres://…, mysql://… (MariaDB aussi) ou sqlite:CHEMIN
--id       l’identifiant du jeu de données (par défaut : le nom de la base) ; --system celui du système
--out      écrit dans FICHIER (jamais écrasé) plutôt que sur la sortie standard
`,
};

const USAGE: Localized = {
  fr: 'attendu : vigie datasets generate --from URL (vigie datasets --help).',
  en: 'expected: vigie datasets generate --from URL (vigie datasets --help).',
};

const ID = /^[a-z0-9][a-z0-9-]*$/;

/** `vigie datasets generate`: an annotation draft of a live database, for a person to review. */
export function run(argv: string[], io: CliIo): Promise<number> {
  return runCommand('datasets', io, async () => {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        from: { type: 'string' },
        id: { type: 'string' },
        system: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        lang: { type: 'string' },
      },
    });
    if (values.help === true) {
      io.out(HELP[io.lang]);
      return EXIT.ok;
    }
    if (positionals.length !== 1 || positionals[0] !== 'generate' || values.from === undefined) {
      io.err(`vigie datasets: ${USAGE[io.lang]}\n`);
      return EXIT.usage;
    }
    for (const id of [values.id, values.system]) {
      if (id !== undefined && !ID.test(id)) {
        io.err(
          `vigie datasets: ${{ fr: `identifiant invalide « ${id} » (minuscules, chiffres, tirets)`, en: `invalid id "${id}" (lower case letters, digits, dashes)` }[io.lang]}\n`,
        );
        return EXIT.usage;
      }
    }
    // The URL may hold a password: only its redacted form is ever printed.
    const shown = redactUrl(values.from);
    const schema = await introspectDatabase(values.from);
    if (!schema.ok) {
      io.err(`vigie datasets: ${shown}: ${schema.message[io.lang]}\n`);
      return schema.code === 'introspect.unsupported-url' ? EXIT.usage : EXIT.failed;
    }
    const draft = draftAnnotation(schema.value, {
      ...(values.id === undefined ? {} : { datasetId: values.id }),
      ...(values.system === undefined ? {} : { system: values.system }),
      lang: io.lang,
    });
    if (values.out === undefined) {
      io.out(draft);
      return EXIT.ok;
    }
    writeFileSync(values.out, draft, { flag: 'wx' });
    const reviews = draft.match(/# REVIEW:/g)?.length ?? 0;
    io.err(
      {
        fr: `Ébauche de ${shown} écrite dans ${values.out} : ${reviews} suppositions marquées REVIEW à vérifier.\n`,
        en: `Draft of ${shown} written to ${values.out}: ${reviews} guesses marked REVIEW to check.\n`,
      }[io.lang],
    );
    return EXIT.ok;
  });
}
