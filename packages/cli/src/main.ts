import { CHECK_HELP, checkCommand } from './commands/check.js';
import { NOTICE_HELP, noticeCommand } from './commands/notice.js';
import { ROPA_HELP, ropaCommand } from './commands/ropa.js';
import { SCHEMA_HELP, schemaCommand } from './commands/schema.js';
import { START_HELP, startCommand } from './commands/start.js';
import type { Io } from './io.js';
import { EXIT, UsageError } from './usage-error.js';

export type { Io } from './io.js';

const COMMANDS: Record<string, { run: (args: string[], io: Io) => number; help: string }> = {
  check: { run: checkCommand, help: CHECK_HELP },
  notice: { run: noticeCommand, help: NOTICE_HELP },
  ropa: { run: ropaCommand, help: ROPA_HELP },
  schema: { run: schemaCommand, help: SCHEMA_HELP },
  start: { run: startCommand, help: START_HELP },
};

const HELP = `vigie: privacy operations as code

Usage: vigie <command> [options]

Commands:
  check    check the declaration against Quebec, Canadian, EU and French law
  notice   write the privacy notice (fr/en, HTML or Markdown); "notice diff" compares two versions
  ropa     write the records of processing (CSV, XLSX, JSON-LD)
  schema   write the JSON Schema of the declaration, for editors
  start    check the demo organisation and publish its notice and records

Run "vigie <command> --help" for a command's options.
`;

/**
 * Runs one vigie command and returns its exit code. Errors in the input come back as
 * sentences (exit 2); an unexpected failure says so without a stack trace unless VIGIE_DEBUG=1.
 */
export function main(argv: readonly string[], io: Io): number {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(HELP);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`vigie: unknown command "${name}"\n\n${HELP}`);
    return EXIT.invalidInput;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(command.help);
    return EXIT.ok;
  }
  try {
    return command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.err(`vigie ${name}: ${(error as Error).message}\n`);
      return EXIT.invalidInput;
    }
    io.err(`vigie ${name}: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.VIGIE_DEBUG === '1' && error instanceof Error) io.err(`${error.stack}\n`);
    return EXIT.internal;
  }
}

function isParseArgsError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}
