import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { openConnectorFromUrl, planRetention, redactUrl, runRetention } from '@vigie/connectors';
import type { Lang, Localized } from '@vigie/core';
import { singleDeclarationPath } from '../declaration-path.js';
import type { Io } from '../io.js';
import { resolveLang } from '../lang.js';
import { loadOrReport } from '../load-or-report.js';
import { formatDestructionRecords, formatRetentionPlan } from '../output/format-retention.js';
import { isParseArgsError, messageLang, reportInternalError } from '../run-vigie.js';
import { EXIT, UsageError } from '../usage-error.js';

const RETENTION_HELP: Localized = {
  en: `vigie retention plan|run [path] --dataset ID --url URL [--at DATE] [--batch N] [--json] [--lang fr|en]

plan     what the declaration's retention rules make due now in one dataset: per table, the rule and its
         citation, the cutoff, the expired rows, those kept as exceptions, under a legal hold, or still
         referenced by rows that stay, and those due; reads counts, changes nothing
run      carries it out in batches (--batch rows each, default 5,000), each its own short transaction:
         destroy (children first; a row still referenced is masked, never orphaning a key), anonymize
         (suppression or redaction; a keyed pseudonym is refused), review (reported only); prints the
         destruction record of each table. Stopped midway, a second run carries on.
--url    postgres://…, mysql://… (MariaDB too) or sqlite:PATH
--at     the date the rules are counted from (YYYY-MM-DD or an ISO timestamp; default: now)
Exit code: 0 done, 1 the database failed or refused (nothing half-done in a batch), 2 invalid input.
`,
  fr: `vigie retention plan|run [chemin] --dataset ID --url URL [--at DATE] [--batch N] [--json] [--lang fr|en]

plan     ce que les règles de conservation de la déclaration rendent échu dans un jeu de données : par
         table, la règle et sa référence, la date limite, les lignes échues, celles gardées par exception,
         sous retenue légale ou encore référencées par des lignes qui restent, et celles à traiter ; ne fait
         que compter, ne change rien
run      l’applique par lots (--batch lignes chacun, 5 000 par défaut), chacun dans sa courte transaction :
         détruire (les enfants d’abord ; une ligne encore référencée est masquée, aucune clé orpheline),
         anonymiser (suppression ou caviardage ; un pseudonyme à clé est refusé), revoir (signalé seulement) ;
         écrit le registre de destruction de chaque table. Interrompu, un second passage reprend.
--url    postgres://…, mysql://… (MariaDB aussi) ou sqlite:CHEMIN
--at     la date à laquelle les délais sont comptés (AAAA-MM-JJ ou horodatage ISO ; par défaut : maintenant)
Code de sortie : 0 fait, 1 la base a échoué ou refusé (aucun lot à moitié fait), 2 entrée invalide.
`,
};

/** `vigie retention plan|run`: the only asynchronous command of the CLI (it talks to a database). */
export async function retentionCommand(args: string[], io: Io): Promise<number> {
  const lang = messageLang(args, io.envLang);
  try {
    return await retention(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`vigie retention: ${error.text[lang]}\n`);
      return EXIT.invalidInput;
    }
    if (isParseArgsError(error)) {
      io.err(`vigie retention: ${lang === 'fr' ? 'option invalide : ' : ''}${(error as Error).message}\n`);
      return EXIT.invalidInput;
    }
    return reportInternalError('retention', error, io, lang);
  }
}

async function retention(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      dataset: { type: 'string' },
      url: { type: 'string' },
      at: { type: 'string' },
      batch: { type: 'string' },
      json: { type: 'boolean' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const lang = resolveLang(values.lang, io.envLang);
  if (values.help === true) {
    io.out(RETENTION_HELP[lang]);
    return EXIT.ok;
  }
  const [action, ...rest] = positionals;
  if ((action !== 'plan' && action !== 'run') || values.dataset === undefined || values.url === undefined) {
    throw new UsageError({
      en: 'expected: vigie retention plan|run [path] --dataset ID --url URL (vigie retention --help)',
      fr: 'attendu : vigie retention plan|run [chemin] --dataset ID --url URL (vigie retention --help)',
    });
  }
  const at = dateOption(values.at);
  const batchSize = batchOption(values.batch);
  const loaded = loadOrReport(singleDeclarationPath('retention', rest), io, lang);
  if (!loaded) return EXIT.invalidInput;
  const { declaration } = loaded;
  const dataset = declaration.datasets.find((d) => d.id === values.dataset);
  if (dataset === undefined) {
    const known = declaration.datasets.map((d) => d.id).join(', ') || '-';
    throw new UsageError({
      en: `the declaration has no dataset "${values.dataset}" (datasets: ${known})`,
      fr: `la déclaration n’a pas de jeu de données « ${values.dataset} » (jeux : ${known})`,
    });
  }
  // The URL may hold a password: only its redacted form is ever printed.
  const shown = redactUrl(values.url);
  const connector = openConnectorFromUrl(values.url, { dataset, pseudonymKey: randomBytes(32) });
  if (connector === undefined) {
    throw new UsageError({
      en: `${shown}: expected a URL of the form postgres://…, mysql://… or sqlite:PATH`,
      fr: `${shown} : URL attendue de la forme postgres://…, mysql://… ou sqlite:CHEMIN`,
    });
  }
  try {
    if (action === 'plan') {
      const plan = await planRetention(connector, dataset, declaration, at);
      if (!plan.ok) return failed(io, lang, shown, plan);
      io.out(values.json === true ? `${JSON.stringify(plan.value, null, 2)}\n` : formatRetentionPlan(plan.value, lang));
      return EXIT.ok;
    }
    const records = await runRetention(connector, dataset, declaration, at, [], { batchSize });
    if (!records.ok) return failed(io, lang, shown, records);
    io.out(
      values.json === true
        ? `${JSON.stringify(records.value, null, 2)}\n`
        : formatDestructionRecords(dataset.id, records.value, lang),
    );
    return EXIT.ok;
  } finally {
    await connector.close();
  }
}

function failed(
  io: Io,
  lang: Lang,
  shown: string,
  failure: { readonly table?: string; readonly message: Localized },
): number {
  const where = failure.table === undefined ? '' : ` (${failure.table})`;
  io.err(`vigie retention: ${shown}${where}: ${failure.message[lang]}\n`);
  return EXIT.findings;
}

function dateOption(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(value)) {
    throw new UsageError({
      en: `--at must be a date (YYYY-MM-DD) or an ISO timestamp, not "${value}"`,
      fr: `--at doit être une date (AAAA-MM-JJ) ou un horodatage ISO, et non « ${value} »`,
    });
  }
  return date;
}

function batchOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 50_000) {
    throw new UsageError({
      en: `--batch must be a whole number from 1 to 50000, not "${value}"`,
      fr: `--batch doit être un nombre entier de 1 à 50000, et non « ${value} »`,
    });
  }
  return n;
}
