import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Localized } from '@vigie/core';
import { openInstallation } from '../installation/installation.js';
import { existingJournalSigningKey } from '../installation/signing-key.js';
import { journalPublicKeys } from '../modules/journal/journal.checkpoint.js';
import { auditExport, auditVerify, verifyExportFile } from '../ops/audit.js';
import { commandConfig } from './cli-config.js';
import { runCommand } from './cli-errors.js';
import { type CliIo, EXIT } from './cli-io.js';
import { verificationText } from './verification-text.js';

const HELP: Localized = {
  en: `Usage: vigie audit verify [--json]
       vigie audit export --from N --to M [--out FILE]
       vigie audit verify-export FILE [--public-key PEM]
       vigie audit public-key

verify          re-compute the whole journal from the store; exit 1 naming the first entry that was
                altered, removed, inserted or reordered (or the checkpoint at fault)
export          the entries N to M with their proof (the signed checkpoint that closes them), as JSON
verify-export   check an export on its own, with this installation’s key or the public key given
public-key      print the public key that verifies this installation’s checkpoints, for auditors
`,
  fr: `Usage : vigie audit verify [--json]
        vigie audit export --from N --to M [--out FICHIER]
        vigie audit verify-export FICHIER [--public-key PEM]
        vigie audit public-key

verify          recalcule tout le journal depuis la base ; code 1 en nommant la première entrée modifiée,
                supprimée, insérée ou déplacée (ou le point de contrôle en cause)
export          les entrées N à M avec leur preuve (le point de contrôle signé qui les clôt), en JSON
verify-export   vérifie un export seul, avec la clé de cette installation ou la clé publique indiquée
public-key      affiche la clé publique qui vérifie les points de contrôle de cette installation, pour les auditeurs
`,
};

const USAGE: Localized = {
  fr: 'sous-commande attendue : verify, export, verify-export ou public-key (vigie audit --help).',
  en: 'expected a subcommand: verify, export, verify-export or public-key (vigie audit --help).',
};

/** `vigie audit`: the access journal's integrity, for the organisation and its auditors. */
export function run(argv: string[], io: CliIo): Promise<number> {
  return runCommand('audit', io, async (context) => {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        from: { type: 'string' },
        to: { type: 'string' },
        out: { type: 'string' },
        'public-key': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        lang: { type: 'string' },
      },
    });
    if (values.help === true) {
      io.out(HELP[io.lang]);
      return EXIT.ok;
    }
    const [subcommand, ...rest] = positionals;
    const usage = () => {
      io.err(`vigie audit: ${USAGE[io.lang]}\n`);
      return EXIT.usage;
    };
    if (subcommand === 'verify-export') {
      const [file, ...extra] = rest;
      if (file === undefined || extra.length > 0) return usage();
      return verifyExport(io, file, values['public-key'], context);
    }
    if (subcommand === 'public-key' && rest.length === 0) {
      const config = commandConfig('audit', io);
      if (config === undefined) return EXIT.usage;
      context.signingKeyFile = config.journalSigningKeyFile;
      io.out(existingJournalSigningKey(config.journalSigningKeyFile).publicKeyPem);
      return EXIT.ok;
    }
    if ((subcommand !== 'verify' && subcommand !== 'export') || rest.length > 0) return usage();

    const config = commandConfig('audit', io);
    if (config === undefined) return EXIT.usage;
    context.signingKeyFile = config.journalSigningKeyFile;
    const installation = await openInstallation(config);
    try {
      if (subcommand === 'verify') {
        const verification = await auditVerify(installation);
        if (values.json === true) io.out(`${JSON.stringify(verification)}\n`);
        const text = verificationText(verification)[io.lang];
        if (!verification.ok) {
          io.err(`vigie audit: ${text}\n`);
          return EXIT.failed;
        }
        if (values.json !== true) io.out(`${text}\n`);
        return EXIT.ok;
      }
      const from = Number(values.from);
      const to = Number(values.to);
      const exported = await auditExport(installation, from, to);
      if (!exported.ok) {
        io.err(`vigie audit: ${exported.message[io.lang]}\n`);
        return EXIT.usage;
      }
      const json = `${JSON.stringify(exported.value, null, 2)}\n`;
      if (values.out === undefined) {
        io.out(json);
        return EXIT.ok;
      }
      // Never over an existing file: an auditor's earlier copy is evidence.
      writeFileSync(values.out, json, { flag: 'wx', mode: 0o600 });
      io.out(
        io.lang === 'fr'
          ? `Export écrit : ${values.out} (entrées ${from} à ${to}, ${exported.value.entries.length} avec la preuve, ${exported.value.checkpoints.length} point(s) de contrôle).\n`
          : `Export written: ${values.out} (entries ${from} to ${to}, ${exported.value.entries.length} with the proof, ${exported.value.checkpoints.length} checkpoint(s)).\n`,
      );
      return EXIT.ok;
    } finally {
      await installation.close();
    }
  });
}

async function verifyExport(
  io: CliIo,
  file: string,
  publicKeyFile: string | undefined,
  context: { signingKeyFile?: string },
): Promise<number> {
  let publicKeyPem: string;
  if (publicKeyFile === undefined) {
    const config = commandConfig('audit', io);
    if (config === undefined) return EXIT.usage;
    context.signingKeyFile = config.journalSigningKeyFile;
    publicKeyPem = existingJournalSigningKey(config.journalSigningKeyFile).publicKeyPem;
  } else {
    publicKeyPem = readFileSync(publicKeyFile, 'utf8');
  }
  let publicKeys: ReturnType<typeof journalPublicKeys>;
  try {
    publicKeys = journalPublicKeys([publicKeyPem]);
  } catch {
    io.err(
      io.lang === 'fr'
        ? `vigie audit : ${publicKeyFile} n’est pas une clé publique PEM.\n`
        : `vigie audit: ${publicKeyFile} is not a PEM public key.\n`,
    );
    return EXIT.usage;
  }
  const verification = await verifyExportFile(readFileSync(file, 'utf8'), publicKeys);
  if (verification === undefined) {
    io.err(
      io.lang === 'fr'
        ? `vigie audit : ${file} n’est pas un export du journal Vigie.\n`
        : `vigie audit: ${file} is not a Vigie journal export.\n`,
    );
    return EXIT.usage;
  }
  const text = verificationText(verification)[io.lang];
  if (!verification.ok) {
    io.err(`vigie audit: ${text}\n`);
    return EXIT.failed;
  }
  io.out(`${text}\n`);
  return EXIT.ok;
}
