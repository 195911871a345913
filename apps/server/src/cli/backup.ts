import { parseArgs } from 'node:util';
import type { Localized } from '@vigie/core';
import { backup } from '../ops/backup.js';
import { commandConfig } from './cli-config.js';
import { runCommand } from './cli-errors.js';
import { type CliIo, EXIT } from './cli-io.js';

const HELP: Localized = {
  en: `Usage: vigie backup FILE

Writes a consistent snapshot of the store to FILE while servers keep running (SQLite: online backup;
PostgreSQL: pg_dump --format=custom, which must be on the PATH), readable by its owner only, and
FILE.manifest.json beside it: format, dialect, date, journal head and the file’s SHA-256.
The journal signing key and the master key are not in the backup: keep them apart, as safely.
`,
  fr: `Usage : vigie backup FICHIER

Écrit dans FICHIER un instantané cohérent de la base pendant que les serveurs tournent (SQLite : sauvegarde
à chaud ; PostgreSQL : pg_dump --format=custom, qui doit être dans le PATH), lisible par son seul
propriétaire, et FICHIER.manifest.json à côté : format, type de base, date, tête du journal et SHA-256.
La clé de signature du journal et la clé maîtresse ne sont pas dans la sauvegarde : gardez-les à part, aussi sûrement.
`,
};

/** `vigie backup FILE`. */
export function run(argv: string[], io: CliIo): Promise<number> {
  return runCommand('backup', io, async () => {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h' }, lang: { type: 'string' } },
    });
    if (values.help === true) {
      io.out(HELP[io.lang]);
      return EXIT.ok;
    }
    const [destination, ...extra] = positionals;
    if (destination === undefined || extra.length > 0) {
      io.err(
        io.lang === 'fr'
          ? 'vigie backup : indiquez un seul fichier de destination (vigie backup --help).\n'
          : 'vigie backup: give one destination file (vigie backup --help).\n',
      );
      return EXIT.usage;
    }
    const config = commandConfig('backup', io);
    if (config === undefined) return EXIT.usage;
    const { file, manifestFile, manifest } = await backup(config, destination, { env: io.env });
    const head = manifest.journalHead;
    io.out(
      io.lang === 'fr'
        ? `Sauvegarde écrite : ${file} (${manifest.bytes} octets, SHA-256 ${manifest.sha256}).\nManifeste : ${manifestFile}\nJournal : ${head === null ? 'vide' : `jusqu’à l’entrée n° ${head.seq}`}.\n`
        : `Backup written: ${file} (${manifest.bytes} bytes, SHA-256 ${manifest.sha256}).\nManifest: ${manifestFile}\nJournal: ${head === null ? 'empty' : `up to entry ${head.seq}`}.\n`,
    );
    return EXIT.ok;
  });
}
