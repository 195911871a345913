/**
 * A mistake in how the command was called or in what it was given (a missing file, a bad option).
 * Reported in one sentence, exit code 2, never with a stack trace.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Exit codes, as documented in the README. */
export const EXIT = { ok: 0, findings: 1, invalidInput: 2, internal: 3 } as const;
