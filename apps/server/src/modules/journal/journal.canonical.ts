import { hash } from 'node:crypto';
import type { JournalEntry } from './journal.entry.js';

/**
 * The prevHash of entry 1. Derived from a versioned label rather than zeros so that a chain written
 * under another format can never be mistaken for this one.
 */
export const GENESIS_HASH = hash('sha256', 'vigie/journal/v1/genesis', 'hex');

type Hashed = Pick<JournalEntry, 'seq' | 'at' | 'actor' | 'action' | 'subject' | 'purpose' | 'origin'>;

// Printable ASCII without `"` and `\`: the characters JSON writes as they are.
const VERBATIM = String.raw`[\x20\x21\x23-\x5b\x5d-\x7e]*`;
const STRING = `"${VERBATIM}"`;
// The whole canonical form when every string is VERBATIM. Ids and codes always are, so the common
// case is written directly and checked with one regular expression instead of the generic
// JSON.stringify: the verify rate target leaves about 2 µs per entry for everything. A string that
// holds a `"` cannot pass: each quote it adds either breaks the pattern or adds an element to the seven.
const PLAIN_FORM = new RegExp(
  String.raw`^\[\d+,${STRING},${STRING},${STRING},(?:${STRING}|null),(?:${STRING}|null),${STRING}\]$`,
);

const quoted = (value: string | null) => (value === null ? 'null' : `"${value}"`);

/**
 * The canonical form: the JSON array [seq, at, actor, action, subject, purpose, origin], exactly as
 * JSON.stringify writes it (strings escaped as RFC 8785 specifies), hashed as UTF-8. A fixed field
 * order and JSON's unambiguous quoting mean no two different entries share a canonical form, and any
 * language can re-compute it.
 */
export function canonicalEntry(entry: Hashed): string {
  const plain = `[${entry.seq},"${entry.at}","${entry.actor}","${entry.action}",${quoted(entry.subject)},${quoted(entry.purpose)},"${entry.origin}"]`;
  if (PLAIN_FORM.test(plain)) return plain;
  return JSON.stringify([entry.seq, entry.at, entry.actor, entry.action, entry.subject, entry.purpose, entry.origin]);
}

/** SHA-256 over the UTF-8 bytes of prevHash (64 hex characters, a fixed width) followed by the canonical form. */
export function hashEntry(prevHash: string, entry: Hashed): string {
  return hash('sha256', prevHash + canonicalEntry(entry), 'hex');
}

/**
 * Whether the entry's stored hash is its hash (hashEntry(entry.prevHash, entry) === entry.hash), trying
 * first the form written without any escaping check, which the verify rate depends on. When that
 * string hashes to the stored hash, it is (SHA-256 being collision-resistant) the canonical form that
 * was hashed; holding no backslash, that form escaped nothing, so its strings hold no `"`, `\` or
 * control character and it reads back as exactly one entry: this one. Every other case is settled by
 * the exact computation.
 */
export function holdsOwnHash(entry: JournalEntry): boolean {
  const unchecked = `${entry.prevHash}[${entry.seq},"${entry.at}","${entry.actor}","${entry.action}",${quoted(entry.subject)},${quoted(entry.purpose)},"${entry.origin}"]`;
  if (hash('sha256', unchecked, 'hex') === entry.hash && !unchecked.includes('\\')) return true;
  return hashEntry(entry.prevHash, entry) === entry.hash;
}
