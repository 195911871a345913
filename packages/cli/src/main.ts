import { type Command, type CommandName, isCommandName } from './command.js';
import { CHECK_HELP, checkCommand } from './commands/check.js';
import { NOTICE_HELP, noticeCommand } from './commands/notice.js';
import { ROPA_HELP, ropaCommand } from './commands/ropa.js';
import { SCHEMA_HELP, schemaCommand } from './commands/schema.js';
import { START_HELP, startCommand } from './commands/start.js';
import type { Io } from './io.js';
import { runVigie } from './run-vigie.js';

export type { Io } from './io.js';

const COMMANDS: Record<CommandName, Command> = {
  check: { run: checkCommand, help: CHECK_HELP },
  notice: { run: noticeCommand, help: NOTICE_HELP },
  ropa: { run: ropaCommand, help: ROPA_HELP },
  schema: { run: schemaCommand, help: SCHEMA_HELP },
  start: { run: startCommand, help: START_HELP },
};

/**
 * Runs one vigie command in-process, every command loaded up front, and returns its exit code
 * (tests, and programs that embed the CLI). The `vigie` binary loads only the command it runs
 * (bin.ts, lazy-commands.ts).
 */
export function main(argv: readonly string[], io: Io): number {
  const name = argv[0];
  return runVigie(argv, io, isCommandName(name) ? COMMANDS[name] : undefined);
}
