import type { Command, CommandName } from './command.js';

/**
 * Each command as a module loaded on demand: the bundle splits at these imports, so `vigie check`
 * neither reads nor compiles the notice and ROPA code (about 20 ms of CPU per run on a cold start).
 */
export const LAZY_COMMANDS: Record<CommandName, () => Promise<Command>> = {
  check: async () => {
    const m = await import('./commands/check.js');
    return { run: m.checkCommand, help: m.CHECK_HELP };
  },
  notice: async () => {
    const m = await import('./commands/notice.js');
    return { run: m.noticeCommand, help: m.NOTICE_HELP };
  },
  ropa: async () => {
    const m = await import('./commands/ropa.js');
    return { run: m.ropaCommand, help: m.ROPA_HELP };
  },
  schema: async () => {
    const m = await import('./commands/schema.js');
    return { run: m.schemaCommand, help: m.SCHEMA_HELP };
  },
  start: async () => {
    const m = await import('./commands/start.js');
    return { run: m.startCommand, help: m.START_HELP };
  },
};
