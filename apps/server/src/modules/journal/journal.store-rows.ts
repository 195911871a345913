import type { Selectable } from 'kysely';
import type { JournalCheckpointsTable, JournalEntriesTable } from '../../db/schema.js';
import type { JournalCheckpoint } from './journal.checkpoint.js';
import type { JournalEntry } from './journal.entry.js';

/**
 * Rows to entries and back, field by field: `at` is text in both dialects, so the instant reads back byte for byte
 * as it was hashed, and seq is a number in both (the PostgreSQL driver parses bigint, see db/postgres.ts).
 */
export function entryOf(row: Selectable<JournalEntriesTable>): JournalEntry {
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    subject: row.subject,
    purpose: row.purpose,
    origin: row.origin,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export function entryRow(entry: JournalEntry): JournalEntriesTable {
  return {
    seq: entry.seq,
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    subject: entry.subject,
    purpose: entry.purpose,
    origin: entry.origin,
    prev_hash: entry.prevHash,
    hash: entry.hash,
  };
}

export function checkpointOf(row: Selectable<JournalCheckpointsTable>): JournalCheckpoint {
  return { seq: row.seq, hash: row.hash, signature: row.signature, keyId: row.key_id, at: row.at };
}

export function checkpointRow(checkpoint: JournalCheckpoint): JournalCheckpointsTable {
  return {
    seq: checkpoint.seq,
    hash: checkpoint.hash,
    signature: checkpoint.signature,
    key_id: checkpoint.keyId,
    at: checkpoint.at,
  };
}
