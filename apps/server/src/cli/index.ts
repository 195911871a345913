import { run as audit } from './audit.js';
import { run as backup } from './backup.js';
import type { CliIo } from './cli-io.js';
import { run as consent } from './consent.js';
import { run as datasets } from './datasets.js';
import { run as keys } from './keys.js';
import { run as restore } from './restore.js';
import { type UsersIo, run as users } from './users.js';

export type { CliIo } from './cli-io.js';
export { SERVE_HELP, serve } from './serve.js';
export type { UsersIo } from './users.js';

/** The server's commands, run by the `vigie` binary (packages/cli) through a dynamic import of this module. */
export const SERVER_COMMANDS: Readonly<Record<string, (argv: string[], io: UsersIo) => Promise<number>>> = {
  audit: (argv, io: CliIo) => audit(argv, io),
  backup: (argv, io: CliIo) => backup(argv, io),
  consent: (argv, io: CliIo) => consent(argv, io),
  datasets: (argv, io: CliIo) => datasets(argv, io),
  keys: (argv, io: CliIo) => keys(argv, io),
  restore: (argv, io: CliIo) => restore(argv, io),
  users,
};
