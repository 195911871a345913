import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Io } from './io.js';
import { UsageError } from './usage-error.js';

/** Writes to --out when given, else to stdout (binary content refuses a terminal). */
export function writeOutput(io: Io, out: string | undefined, content: string | Uint8Array): void {
  if (out === undefined) {
    if (typeof content !== 'string' && io.stdoutIsTerminal) {
      throw new UsageError({
        en: 'this format is binary: give --out FILE or redirect the output to a file',
        fr: 'ce format est binaire : indiquez --out FICHIER ou redirigez la sortie vers un fichier',
      });
    }
    io.out(content);
    return;
  }
  const target = resolve(io.cwd, out);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
}
