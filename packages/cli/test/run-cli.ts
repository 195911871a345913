import { main } from '../src/main.js';

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  bytes: Uint8Array;
}

/** Runs a vigie command in-process, capturing what it writes. */
export function runCli(args: string[], options: { cwd?: string; lang?: string; terminal?: boolean } = {}): CliResult {
  let stdout = '';
  let stderr = '';
  const chunks: Uint8Array[] = [];
  const code = main(args, {
    cwd: options.cwd ?? process.cwd(),
    out: (text) => {
      if (typeof text === 'string') stdout += text;
      else chunks.push(text);
    },
    err: (text) => {
      stderr += text;
    },
    stdoutIsTerminal: options.terminal ?? false,
    envLang: options.lang,
  });
  return { code, stdout, stderr, bytes: Buffer.concat(chunks) };
}
