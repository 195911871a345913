// The vigie process: reads its arguments and environment, runs the command asked for, sets the exit code.
// bin.ts loads this module only after its start-up settings are in place.
import { isCommandName } from './command.js';
import type { Io } from './io.js';
import { LAZY_COMMANDS } from './lazy-commands.js';
import { isParseArgsError, messageLang, reportInternalError, runVigie } from './run-vigie.js';
import { isServerCommandName } from './server-commands.js';
import { EXIT } from './usage-error.js';

// `vigie notice … | head` closes the pipe early: stop quietly instead of printing a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const argv = process.argv.slice(2);
const name = argv[0];
// Only the command asked for is loaded (see lazy-commands.ts).
const command = isCommandName(name) ? await LAZY_COMMANDS[name]() : undefined;
const io: Io = {
  cwd: process.cwd(),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  stdoutIsTerminal: process.stdout.isTTY === true,
  envLang: process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG,
};
process.exitCode = isServerCommandName(name)
  ? await runServer()
  : name === 'retention'
    ? await runRetention()
    : runVigie(argv, io, command);

/** `vigie retention`, the one command that talks to a database: asynchronous, its driver loaded only here. */
async function runRetention(): Promise<number> {
  const { retentionCommand } = await import('./commands/retention.js');
  return retentionCommand(argv.slice(1), io);
}

/** A server command; its known failures are reported by the command itself, anything else here. */
async function runServer(): Promise<number> {
  const lang = messageLang(argv, io.envLang);
  const { runServerCommand } = await import('./server-commands.js');
  try {
    return await runServerCommand(argv, io, lang);
  } catch (error) {
    if (isParseArgsError(error)) {
      io.err(`vigie ${name}: ${lang === 'fr' ? 'option invalide : ' : ''}${(error as Error).message}\n`);
      return EXIT.invalidInput;
    }
    return reportInternalError(name ?? '', error, io, lang);
  }
}
