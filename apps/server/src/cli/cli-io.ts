/**
 * Where a server command writes and what it reads of its surroundings. The `vigie` binary passes the process's
 * streams and environment; tests pass buffers and a prepared environment.
 */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** The language of every message (the binary resolves it from --lang or LANG). */
  readonly lang: 'fr' | 'en';
  /** The variables the config is read from (VIGIE_*, DATABASE_URL…) and PATH, where pg_dump is looked for. */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Exit codes of the server commands. */
export const EXIT = {
  ok: 0,
  /** Verification failed, or the command refused to act (it would overwrite, the file changed…). */
  failed: 1,
  /** The command was called wrongly, or the config or environment must be fixed first. */
  usage: 2,
} as const;
