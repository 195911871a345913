import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { Lang, Localized } from '@vigie/core';
import { DEMO_DECLARATION } from './install-paths.js';
import type { Io } from './io.js';
import { loadOrReport } from './load-or-report.js';

/** The commands that run the server or act on its store: loaded only when asked, with the server package. */
const SERVER_COMMAND_NAMES = ['serve', 'users', 'keys', 'backup', 'restore', 'audit', 'consent', 'datasets'] as const;

export function isServerCommandName(name: string | undefined): boolean {
  return (SERVER_COMMAND_NAMES as readonly (string | undefined)[]).includes(name);
}

const EXIT_USAGE = 2;

/** Reads a password without echoing it on a terminal, or the first line of standard input. */
async function readPassword(prompt: Localized, lang: Lang, fromStdin: boolean): Promise<string> {
  if (fromStdin || !process.stdin.isTTY) {
    let text = '';
    for await (const chunk of process.stdin) text += String(chunk);
    return text.split(/\r?\n/)[0] ?? '';
  }
  const lines = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  // The prompt is written once; what the person types is not echoed.
  process.stderr.write(prompt[lang]);
  const output = lines as unknown as { _writeToOutput: (text: string) => void };
  output._writeToOutput = () => undefined;
  const answer = await new Promise<string>((resolve) => lines.question('', resolve));
  lines.close();
  process.stderr.write('\n');
  return answer;
}

/**
 * Runs a server command through a dynamic import of @vigie/server, which the CLI bundle leaves out: `vigie check`
 * never loads Fastify, the database drivers or argon2. `serve` loads the declaration here, with the same
 * file:line:column errors as `vigie check`; `--demo` serves the demo organisation in development mode.
 */
export async function runServerCommand(argv: readonly string[], io: Io, lang: Lang): Promise<number> {
  const [name = '', ...args] = argv;
  const server = await import('@vigie/server/cli');
  const env: Record<string, string | undefined> = { ...process.env };
  const cliIo = {
    out: (text: string) => io.out(text),
    err: (text: string) => io.err(text),
    lang,
    env,
    readPassword: (prompt: Localized, fromStdin: boolean) => readPassword(prompt, lang, fromStdin),
  };
  if (name !== 'serve') {
    const command = server.SERVER_COMMANDS[name];
    if (command === undefined) return EXIT_USAGE;
    return command(args, cliIo);
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(server.SERVE_HELP[lang]);
    return 0;
  }
  const { values } = parseArgs({
    args,
    options: { declaration: { type: 'string' }, demo: { type: 'boolean' }, lang: { type: 'string' } },
  });
  // The demo runs with development secrets, which production refuses: say so by setting the environment
  // explicitly, unless the operator chose one.
  if (values.demo === true) env.VIGIE_ENV ??= 'development';
  const path = values.demo === true ? DEMO_DECLARATION : values.declaration;
  const declaration = loadOrReport(path, io, lang);
  if (declaration === undefined) return EXIT_USAGE;
  return server.serve(declaration, cliIo);
}
