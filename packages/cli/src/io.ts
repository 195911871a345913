/** Where a command writes. Tests pass buffers; the binary passes the process streams. */
export interface Io {
  readonly cwd: string;
  out(text: string | Uint8Array): void;
  err(text: string): void;
  /** Whether stdout is a terminal: binary formats are not written to one. */
  readonly stdoutIsTerminal: boolean;
  /** The user's language from the environment (LANG, LC_ALL), used when --lang is not given. */
  readonly envLang: string | undefined;
}
