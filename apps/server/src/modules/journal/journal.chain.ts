import { GENESIS_HASH, hashEntry } from './journal.canonical.js';
import { type JournalCheckpoint, type JournalSigner, signCheckpoint } from './journal.checkpoint.js';
import type { JournalEntry, JournalEvent } from './journal.entry.js';

/** The end of the chain that new entries attach to. */
export interface ChainHead {
  readonly seq: number;
  readonly hash: string;
}

const EMPTY_HEAD: ChainHead = { seq: 0, hash: GENESIS_HASH };

export function headOf(entry: JournalEntry | undefined): ChainHead {
  return entry === undefined ? EMPTY_HEAD : { seq: entry.seq, hash: entry.hash };
}

/** Chains events (each with the instant it happened) after `head`. */
export function chainEvents(head: ChainHead, events: readonly (JournalEvent & { at: string })[]): JournalEntry[] {
  const entries: JournalEntry[] = new Array(events.length);
  let { seq, hash: prevHash } = head;
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as JournalEvent & { at: string };
    seq += 1;
    const fields = {
      seq,
      at: event.at,
      actor: event.actor,
      action: event.action,
      subject: event.subject,
      purpose: event.purpose,
      origin: event.origin,
    };
    const hash = hashEntry(prevHash, fields);
    entries[i] = { ...fields, prevHash, hash };
    prevHash = hash;
  }
  return entries;
}

/** Signs a checkpoint at every entry whose seq is a multiple of `every`. */
export function scheduledCheckpoints(
  entries: readonly JournalEntry[],
  every: number,
  signer: JournalSigner,
  at: string,
): JournalCheckpoint[] {
  const checkpoints: JournalCheckpoint[] = [];
  for (const entry of entries) {
    if (entry.seq % every === 0) checkpoints.push(signCheckpoint(entry, at, signer));
  }
  return checkpoints;
}
