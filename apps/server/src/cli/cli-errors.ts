import type { Localized } from '@vigie/core';
import { CryptoError, cryptoErrorText } from '../crypto/crypto.errors.js';
import { storeErrorCode } from '../db/store.errors.js';
import { InstallationError } from '../installation/installation.errors.js';
import { JournalError } from '../modules/journal/journal.errors.js';
import { OpsError } from '../ops/ops.errors.js';
import { type CliIo, EXIT } from './cli-io.js';

/** Problems the operator fixes in the config or on the machine, rather than refusals of what was asked. */
const ENVIRONMENT_PROBLEMS = new Set(['backup.tool_missing', 'backup.source_missing']);
const CONFIG_CRYPTO_PROBLEMS = new Set(['crypto.unknown_key', 'crypto.invalid_master_key']);

/** A known failure in words and the exit code it means, or undefined for one that is not known (a bug). */
function describe(error: unknown, signingKeyFile: string | undefined): { text: Localized; exit: number } | undefined {
  if (error instanceof InstallationError) return { text: error.text, exit: EXIT.usage };
  if (error instanceof OpsError) {
    return { text: error.text, exit: ENVIRONMENT_PROBLEMS.has(error.code) ? EXIT.usage : EXIT.failed };
  }
  if (error instanceof CryptoError) {
    return {
      text: cryptoErrorText[error.code],
      exit: CONFIG_CRYPTO_PROBLEMS.has(error.code) ? EXIT.usage : EXIT.failed,
    };
  }
  if (error instanceof JournalError) {
    const file = signingKeyFile ?? 'VIGIE_JOURNAL_SIGNING_KEY_FILE';
    const text =
      error.code === 'journal.key_file_exposed'
        ? {
            fr: `La clé de signature du journal (${file}) est lisible par d’autres que son propriétaire : chmod 600 ${file}.`,
            en: `The journal signing key (${file}) is readable by others than its owner: chmod 600 ${file}.`,
          }
        : {
            fr: `Le fichier ${file} n’est pas une clé privée Ed25519 utilisable pour signer le journal.`,
            en: `The file ${file} is not an Ed25519 private key the journal can sign with.`,
          };
    return { text, exit: EXIT.usage };
  }
  if (isParseArgsError(error)) {
    // node:util's own sentence names the option; it exists in English only.
    const message = (error as Error).message;
    return { text: { fr: `option invalide : ${message}`, en: message }, exit: EXIT.usage };
  }
  const fileProblem = fileError(error);
  if (fileProblem !== undefined) return fileProblem;
  if (storeErrorCode(error) === 'store.unavailable') {
    return {
      text: {
        fr: 'La base de données est injoignable : vérifiez DATABASE_URL et que le serveur de base de données fonctionne.',
        en: 'The database cannot be reached: check DATABASE_URL and that the database server is running.',
      },
      exit: EXIT.usage,
    };
  }
  return undefined;
}

/** A file named on the command line that cannot be read or written as asked. */
function fileError(error: unknown): { text: Localized; exit: number } | undefined {
  const { code, path } = (error ?? {}) as { code?: unknown; path?: unknown };
  if (typeof path !== 'string') return undefined;
  if (code === 'ENOENT') {
    return { text: { fr: `fichier introuvable : ${path}`, en: `file not found: ${path}` }, exit: EXIT.usage };
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return { text: { fr: `accès refusé : ${path}`, en: `permission denied: ${path}` }, exit: EXIT.usage };
  }
  if (code === 'EEXIST') {
    return {
      text: { fr: `${path} existe déjà : il n’est pas écrasé.`, en: `${path} already exists: it is not overwritten.` },
      exit: EXIT.failed,
    };
  }
  return undefined;
}

function isParseArgsError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}

/** What the body learns as it goes that an error message may need. */
interface CommandContext {
  /** Known once the config is read; named in messages about the key file. */
  signingKeyFile?: string;
}

/**
 * Runs a command's body and turns the failures it knows into one sentence in the operator's language and an exit
 * code. Anything else is a bug: it is re-thrown for the `vigie` binary to report as an internal error.
 */
export async function runCommand(
  name: string,
  io: CliIo,
  body: (context: CommandContext) => Promise<number>,
): Promise<number> {
  const context: CommandContext = {};
  try {
    return await body(context);
  } catch (error) {
    const known = describe(error, context.signingKeyFile);
    if (known === undefined) throw error;
    io.err(`vigie ${name}: ${known.text[io.lang]}\n`);
    return known.exit;
  }
}
