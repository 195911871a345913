/**
 * What a use-case records: who did what to which record, why, and from where. Ids and codes only:
 * the journal outlives the data it talks about, so it must never hold personal data itself.
 */
export interface JournalEvent {
  /** `system`, `user:<id>` or `apikey:<id>`. */
  readonly actor: string;
  /** A stable code such as `requests.read` or `users.create`. */
  readonly action: string;
  /** The record or person concerned, as `<kind>:<id>` (`request:01J…`, `person:42`); null for global actions. */
  readonly subject: string | null;
  /** The declaration purpose id that justifies the access; null for administrative actions. */
  readonly purpose: string | null;
  /** The channel, with the caller's truncated IP address when there is one (see journalOrigin). */
  readonly origin: string;
}

/** An event once chained: its place (seq), its instant, and the hashes that bind it to the entries before it. */
export interface JournalEntry extends JournalEvent {
  /** 1, 2, 3… without gaps. */
  readonly seq: number;
  /** ISO 8601 instant in UTC, as Date.prototype.toISOString writes it. */
  readonly at: string;
  /** The hash of the entry before (the genesis hash for seq 1): 64 lower-case hex characters. */
  readonly prevHash: string;
  /** SHA-256(prevHash || canonical(entry)), 64 lower-case hex characters. */
  readonly hash: string;
}
