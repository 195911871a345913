import type { JournalCheckpoint } from '../journal.checkpoint.js';
import type { JournalEntry } from '../journal.entry.js';
import type { JournalReader, JournalRepository } from '../journal.repository.js';

/**
 * The journal store contract held in memory, with the rules a database enforces (unique seq, one
 * transaction per append). The real SQLite and PostgreSQL stores are built separately and are expected
 * to pass the same appender tests.
 */
export function createMemoryJournalStore(): JournalRepository &
  JournalReader & { entryList: JournalEntry[]; checkpointList: JournalCheckpoint[] } {
  const entryList: JournalEntry[] = [];
  const checkpointList: JournalCheckpoint[] = [];
  const inRange = (seq: number, from: number, to: number | undefined) => seq >= from && (to === undefined || seq <= to);
  return {
    entryList,
    checkpointList,
    async lastEntry() {
      return entryList.at(-1);
    },
    async append(entries, checkpoints) {
      const lastSeq = entryList.at(-1)?.seq ?? 0;
      const taken = new Set(checkpointList.map((checkpoint) => checkpoint.seq));
      if (entries.some((entry) => entry.seq <= lastSeq) || checkpoints.some((c) => taken.has(c.seq))) return 'conflict';
      entryList.push(...entries);
      checkpointList.push(...checkpoints);
      return 'appended';
    },
    *entries({ fromSeq, toSeq }) {
      for (const entry of entryList) if (inRange(entry.seq, fromSeq, toSeq)) yield entry;
    },
    async checkpoints({ fromSeq, toSeq, limit }) {
      const found = checkpointList.filter((c) => inRange(c.seq, fromSeq, toSeq)).sort((a, b) => a.seq - b.seq);
      return found.slice(0, limit);
    },
  };
}
