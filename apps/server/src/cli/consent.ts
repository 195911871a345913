import { parseArgs } from 'node:util';
import type { Localized } from '@vigie/core';
import { openInstallation } from '../installation/installation.js';
import { type ConsentLedgerReport, verifyInstalledLedger } from '../modules/consent/consent.services.js';
import { commandConfig } from './cli-config.js';
import { runCommand } from './cli-errors.js';
import { type CliIo, EXIT } from './cli-io.js';

const HELP: Localized = {
  en: `Usage: vigie consent verify [--json]

verify   verify the access journal, then re-compute the whole consent ledger and check it against every head the
         journal anchors; exit 1 naming the first record that was altered, removed or inserted
`,
  fr: `Usage : vigie consent verify [--json]

verify   vérifie le journal des accès, puis recalcule tout le registre des consentements et le contrôle avec chaque
         état que le journal atteste ; code 1 en nommant le premier consentement modifié, supprimé ou inséré
`,
};

/** The ledger's verification in a sentence or two. */
function reportText(report: ConsentLedgerReport): Localized {
  if (report.problem !== undefined) {
    return {
      fr: `Vérification du registre des consentements en échec (${report.problem.kind}) : ${report.problem.message.fr}`,
      en: `Consent ledger verification failed (${report.problem.kind}): ${report.problem.message.en}`,
    };
  }
  if (!report.journalOk) {
    return {
      fr: 'Le journal des accès, qui atteste le registre des consentements, ne se vérifie pas : vigie audit verify dit pourquoi.',
      en: 'The access journal, which attests the consent ledger, does not verify: vigie audit verify says why.',
    };
  }
  const open = report.unanchored ?? 0;
  return {
    fr: `Registre des consentements intact : ${report.records} consentement(s), attesté(s) par le journal jusqu’au n° ${report.anchoredSeq ?? 0}${open > 0 ? ` ; ${open} plus récent(s) pas encore attesté(s)` : ''}.`,
    en: `Consent ledger intact: ${report.records} record(s), attested by the journal up to ${report.anchoredSeq ?? 0}${open > 0 ? `; ${open} more recent not attested yet` : ''}.`,
  };
}

/** `vigie consent verify`: the consent ledger's integrity, for the organisation and its auditors. */
export function run(argv: string[], io: CliIo): Promise<number> {
  return runCommand('consent', io, async (context) => {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, lang: { type: 'string' } },
    });
    if (values.help === true) {
      io.out(HELP[io.lang]);
      return EXIT.ok;
    }
    if (positionals.length !== 1 || positionals[0] !== 'verify') {
      io.err(
        io.lang === 'fr'
          ? 'vigie consent : sous-commande attendue : verify (vigie consent --help).\n'
          : 'vigie consent: expected a subcommand: verify (vigie consent --help).\n',
      );
      return EXIT.usage;
    }
    const config = commandConfig('consent', io);
    if (config === undefined) return EXIT.usage;
    context.signingKeyFile = config.journalSigningKeyFile;
    const installation = await openInstallation(config);
    try {
      const report = await verifyInstalledLedger(installation);
      if (values.json === true) io.out(`${JSON.stringify(report)}\n`);
      const text = reportText(report)[io.lang];
      if (!report.ok) {
        io.err(`vigie consent: ${text}\n`);
        return EXIT.failed;
      }
      if (values.json !== true) io.out(`${text}\n`);
      return EXIT.ok;
    } finally {
      await installation.close();
    }
  });
}
