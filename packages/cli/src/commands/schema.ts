import { parseArgs } from 'node:util';
import { declarationJsonSchema } from '@vigie/core';
import type { Io } from '../io.js';
import { EXIT } from '../usage-error.js';
import { writeOutput } from '../write-output.js';

export const SCHEMA_HELP = {
  en: `vigie schema [--partial] [--out FILE]

Writes the JSON Schema of the declaration, for editors (YAML language server:
# yaml-language-server: $schema=./vigie.schema.json). With --partial, no section is
required: use it for the files of a declaration split across a folder.
`,
  fr: `vigie schema [--partial] [--out FICHIER]

Écrit le schéma JSON de la déclaration, pour les éditeurs (serveur de langage YAML :
# yaml-language-server: $schema=./vigie.schema.json). Avec --partial, aucune section n'est
exigée : utilisez-le pour les fichiers d'une déclaration répartie dans un dossier.
`,
};

export function schemaCommand(args: string[], io: Io): number {
  const { values } = parseArgs({ args, options: { out: { type: 'string' }, partial: { type: 'boolean' } } });
  const schema = declarationJsonSchema({ partial: values.partial === true });
  writeOutput(io, values.out, `${JSON.stringify(schema, null, 2)}\n`);
  return EXIT.ok;
}
