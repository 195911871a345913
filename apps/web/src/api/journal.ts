import type { ApiClient } from './client.js';
import type { JournalPage, JournalVerification } from './types.js';

const JOURNAL_PAGE_SIZE = 50;

/** The newest entries when `before` is null, else the entries older than seq `before`. */
export function getJournalPage(api: ApiClient, before: number | null): Promise<JournalPage> {
  const query = new URLSearchParams({ limit: String(JOURNAL_PAGE_SIZE) });
  if (before !== null) query.set('before', String(before));
  return api.get(`/api/v1/journal?${query.toString()}`);
}

export function verifyJournal(api: ApiClient): Promise<JournalVerification> {
  return api.get('/api/v1/journal/verification');
}
