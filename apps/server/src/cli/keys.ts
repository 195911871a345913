import { parseArgs } from 'node:util';
import type { Localized } from '@vigie/core';
import { generateMasterKey } from '../crypto/master-key.js';
import { openInstallation } from '../installation/installation.js';
import { journalOrigin } from '../modules/journal/journal.origin.js';
import { rotateDataKey, rotateMasterKey } from '../ops/keys-rotate.js';
import { commandConfig } from './cli-config.js';
import { runCommand } from './cli-errors.js';
import { type CliIo, EXIT } from './cli-io.js';

const HELP: Localized = {
  en: `Usage: vigie keys generate
       vigie keys rotate [--data-key] [--resume] [--batch-size N]

generate   print a new random master key, for VIGIE_MASTER_KEY
rotate     re-wrap every stored key under VIGIE_MASTER_KEY; the old master key goes in
           VIGIE_PREVIOUS_MASTER_KEYS until this has run. Servers keep running. Safe to run again.
  --data-key     also create a new data key and re-encrypt every encrypted field under it, in batches
  --resume       finish an interrupted data-key rotation under the current data key (no new key)
  --batch-size   fields per transaction (default 500)
`,
  fr: `Usage : vigie keys generate
        vigie keys rotate [--data-key] [--resume] [--batch-size N]

generate   affiche une nouvelle clé maîtresse aléatoire, pour VIGIE_MASTER_KEY
rotate     rechiffre chaque clé enregistrée sous VIGIE_MASTER_KEY ; l’ancienne clé maîtresse va dans
           VIGIE_PREVIOUS_MASTER_KEYS le temps de l’exécuter. Les serveurs continuent de tourner. Relançable.
  --data-key     crée aussi une nouvelle clé de données et rechiffre chaque champ chiffré avec elle, par lots
  --resume       termine une rotation de clé de données interrompue, sous la clé actuelle (sans nouvelle clé)
  --batch-size   champs par transaction (500 par défaut)
`,
};

const USAGE: Localized = {
  fr: 'sous-commande attendue : generate ou rotate (vigie keys --help).',
  en: 'expected a subcommand: generate or rotate (vigie keys --help).',
};

/** `vigie keys`: master keys for the config, and key rotation. */
export function run(argv: string[], io: CliIo): Promise<number> {
  return runCommand('keys', io, async (context) => {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'data-key': { type: 'boolean' },
        resume: { type: 'boolean' },
        'batch-size': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        lang: { type: 'string' },
      },
    });
    const [subcommand, ...extra] = positionals;
    if (values.help === true) {
      io.out(HELP[io.lang]);
      return EXIT.ok;
    }
    if (subcommand === 'generate' && extra.length === 0) {
      io.out(`${generateMasterKey()}\n`);
      return EXIT.ok;
    }
    if (subcommand !== 'rotate' || extra.length > 0) {
      io.err(`vigie keys: ${USAGE[io.lang]}\n`);
      return EXIT.usage;
    }
    const batchSize = values['batch-size'] === undefined ? undefined : Number(values['batch-size']);
    if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 1)) {
      io.err(
        io.lang === 'fr'
          ? 'vigie keys: --batch-size doit être un entier positif.\n'
          : 'vigie keys: --batch-size must be a positive integer.\n',
      );
      return EXIT.usage;
    }

    const config = commandConfig('keys', io);
    if (config === undefined) return EXIT.usage;
    context.signingKeyFile = config.journalSigningKeyFile;
    const installation = await openInstallation(config);
    try {
      const origin = journalOrigin('cli');
      const master = await rotateMasterKey(installation);
      io.out(
        io.lang === 'fr'
          ? `Clé maîtresse : ${master.rewrapped} clé(s) rechiffrée(s) sous VIGIE_MASTER_KEY, ${master.unchanged} l’étaient déjà.\n`
          : `Master key: ${master.rewrapped} key(s) re-wrapped under VIGIE_MASTER_KEY, ${master.unchanged} already were.\n`,
      );
      if (master.rewrapped > 0) {
        await installation.journal.appender.record([
          { actor: 'system', action: 'keys.master_rotated', subject: null, purpose: null, origin },
        ]);
      }
      if (values['data-key'] !== true && values.resume !== true) return EXIT.ok;

      const data = await rotateDataKey(installation, { resume: values.resume === true, batchSize });
      if (data.createdKeyId !== undefined) {
        await installation.journal.appender.record([
          {
            actor: 'system',
            action: 'keys.data_key_rotated',
            subject: `key:${data.createdKeyId}`,
            purpose: null,
            origin,
          },
        ]);
      }
      io.out(
        io.lang === 'fr'
          ? `Clé de données active : ${data.activeKeyId}${data.createdKeyId === undefined ? ' (reprise)' : ' (nouvelle)'}.\n`
          : `Active data key: ${data.activeKeyId}${data.createdKeyId === undefined ? ' (resumed)' : ' (new)'}.\n`,
      );
      let failures = 0;
      for (const { table, column, report } of data.columns) {
        io.out(
          io.lang === 'fr'
            ? `  ${table}.${column} : ${report.reencrypted} rechiffré(s), ${report.alreadyCurrent} déjà à jour, ${report.changedMeanwhile} modifié(s) entre-temps, ${report.failed.length} en échec\n`
            : `  ${table}.${column}: ${report.reencrypted} re-encrypted, ${report.alreadyCurrent} already current, ${report.changedMeanwhile} changed meanwhile, ${report.failed.length} failed\n`,
        );
        for (const failure of report.failed) {
          failures += 1;
          const where = `${failure.location.table}.${failure.location.column} ${failure.location.rowId}`;
          io.err(`vigie keys: ${where}: ${failure.code}\n`);
        }
      }
      if (failures > 0) {
        io.err(
          io.lang === 'fr'
            ? `vigie keys: ${failures} champ(s) n’ont pas pu être déchiffrés et restent sous leur ancienne clé : ils ont été altérés ou déplacés. Les autres sont rechiffrés.\n`
            : `vigie keys: ${failures} field(s) could not be decrypted and stay under their old key: they were altered or moved. The others are re-encrypted.\n`,
        );
        return EXIT.failed;
      }
      return EXIT.ok;
    } finally {
      await installation.close();
    }
  });
}
