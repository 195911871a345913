import { generateKeyPairSync } from 'node:crypto';
import { createJournalAppender } from '../journal.appender.js';
import { type JournalSigner, journalKeyId, journalPublicKeys } from '../journal.checkpoint.js';
import type { JournalEvent } from '../journal.entry.js';
import { createMemoryJournalStore } from './memory-journal-store.js';

export function newSigner(): JournalSigner & { publicKeys: ReturnType<typeof journalPublicKeys> } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { keyId: journalKeyId(publicKey), privateKey, publicKeys: journalPublicKeys([publicKey]) };
}

/** A plausible access: an agent reading a request to handle it. Ids only. */
export function accessEvent(i: number): JournalEvent {
  return {
    actor: `user:u${i % 7}`,
    action: i % 3 === 0 ? 'requests.update' : 'requests.read',
    subject: `request:r${i}`,
    purpose: 'rights-requests',
    origin: 'web 203.0.113.0/24',
  };
}

/** A clock that advances one millisecond per reading, so entries carry distinct instants. */
export function steppingClock(start = Date.parse('2025-03-01T12:00:00.000Z')): () => Date {
  let t = start;
  return () => new Date(t++);
}

/** A journal of `count` entries written through the real appender, checkpointed every `every`. */
export async function buildJournal(count: number, every: number) {
  const store = createMemoryJournalStore();
  const signer = newSigner();
  const appender = createJournalAppender({ repository: store, signer, checkpointEvery: every, now: steppingClock() });
  const events = Array.from({ length: count }, (_, i) => accessEvent(i + 1));
  await appender.record(events);
  return { store, signer, appender, entries: store.entryList, checkpoints: store.checkpointList };
}
