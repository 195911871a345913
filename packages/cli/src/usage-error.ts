import type { Localized } from '@vigie/core';

/**
 * A mistake in how the command was called or in what it was given (a missing file, a bad option).
 * Reported in one sentence, in the user's language, exit code 2, never with a stack trace.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';

  constructor(readonly text: Localized) {
    super(text.en);
  }
}

/** Exit codes, as documented in the README. */
export const EXIT = { ok: 0, findings: 1, invalidInput: 2, internal: 3 } as const;
