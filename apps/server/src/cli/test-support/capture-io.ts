import type { CliIo } from '../cli-io.js';

/** A CliIo that keeps what a command prints, for tests to read. */
export function captureIo(env: Readonly<Record<string, string | undefined>>, lang: 'fr' | 'en' = 'en') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (text) => void out.push(text), err: (text) => void err.push(text), lang, env };
  return {
    io,
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}
