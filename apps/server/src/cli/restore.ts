import { parseArgs } from 'node:util';
import type { Localized } from '@vigie/core';
import { restore } from '../ops/restore.js';
import { commandConfig } from './cli-config.js';
import { runCommand } from './cli-errors.js';
import { type CliIo, EXIT } from './cli-io.js';
import { verificationText } from './verification-text.js';

const HELP: Localized = {
  en: `Usage: vigie restore FILE [--force]

Brings back a backup written by vigie backup into the store the config names. Refuses a file whose
SHA-256 does not match FILE.manifest.json, and a store that holds data unless --force (its data is then
replaced). Ends by verifying the restored journal with the journal signing key, which must be in place.
Exit code 0 when the restored journal verifies, 1 when it does not or a check refused the file.
`,
  fr: `Usage : vigie restore FICHIER [--force]

Restaure une sauvegarde écrite par vigie backup dans la base que désigne la configuration. Refuse un
fichier dont le SHA-256 ne correspond pas à FICHIER.manifest.json, et une base qui contient des données
sauf avec --force (ses données sont alors remplacées). Termine par la vérification du journal restauré avec
la clé de signature du journal, qui doit être en place.
Code de sortie 0 si le journal restauré est intact, 1 s’il ne l’est pas ou si une vérification a refusé le fichier.
`,
};

/** `vigie restore FILE [--force]`. */
export function run(argv: string[], io: CliIo): Promise<number> {
  return runCommand('restore', io, async (context) => {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, lang: { type: 'string' } },
    });
    if (values.help === true) {
      io.out(HELP[io.lang]);
      return EXIT.ok;
    }
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) {
      io.err(
        io.lang === 'fr'
          ? 'vigie restore : indiquez un seul fichier de sauvegarde (vigie restore --help).\n'
          : 'vigie restore: give one backup file (vigie restore --help).\n',
      );
      return EXIT.usage;
    }
    const config = commandConfig('restore', io);
    if (config === undefined) return EXIT.usage;
    context.signingKeyFile = config.journalSigningKeyFile;
    const { manifest, verification, headMatches } = await restore(config, file, {
      force: values.force === true,
      env: io.env,
    });
    io.out(
      io.lang === 'fr'
        ? `Sauvegarde du ${manifest.createdAt} restaurée.\n`
        : `Backup of ${manifest.createdAt} restored.\n`,
    );
    const text = verificationText(verification)[io.lang];
    if (!verification.ok) {
      io.err(`vigie restore: ${text}\n`);
      return EXIT.failed;
    }
    io.out(`${text}\n`);
    if (!headMatches) {
      const expected = manifest.journalHead?.seq ?? 0;
      io.err(
        io.lang === 'fr'
          ? `vigie restore : le journal restauré ne se termine pas à l’entrée n° ${expected} qu’indique le manifeste.\n`
          : `vigie restore: the restored journal does not end at entry ${expected} as the manifest says.\n`,
      );
      return EXIT.failed;
    }
    return EXIT.ok;
  });
}
