/** Stable codes of the journal module; the HTTP edge maps them to problem+json, the CLI to messages. */
type JournalErrorCode =
  | 'journal.invalid_event'
  | 'journal.append_conflict'
  | 'journal.key_file_exists'
  | 'journal.key_file_exposed'
  | 'journal.invalid_key';

/**
 * A programming or set-up error (an event that breaks the entry rules, a key file readable by others).
 * Tampering is never an error: verification returns it as a result.
 */
export class JournalError extends Error {
  readonly code: JournalErrorCode;

  constructor(code: JournalErrorCode, message: string) {
    super(message);
    this.name = 'JournalError';
    this.code = code;
  }
}
