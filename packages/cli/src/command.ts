import type { Localized } from '@vigie/core';
import type { Io } from './io.js';

/** One `vigie <name>` command: what it does, and its --help text in both languages. */
export interface Command {
  readonly run: (args: string[], io: Io) => number;
  readonly help: Localized;
}

/** The commands, by the name typed after `vigie`. Each table of commands must list every one. */
export const COMMAND_NAMES = ['check', 'notice', 'ropa', 'schema', 'start'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

export function isCommandName(name: string | undefined): name is CommandName {
  return (COMMAND_NAMES as readonly (string | undefined)[]).includes(name);
}
