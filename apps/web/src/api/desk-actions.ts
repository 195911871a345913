import type { ApiClient } from './client.js';
import type { AssignableStaff, LetterPreview, LetterSent, RequestDetail, RequestJournalEntry } from './types.js';

// The desk's work on one request: who answers it, the extension, the response letter and the request's journal.

const requestPath = (id: string) => `/api/v1/requests/${encodeURIComponent(id)}`;

/** Active staff who may be given a request. */
export async function listAssignees(api: ApiClient): Promise<readonly AssignableStaff[]> {
  return (await api.get<{ staff: AssignableStaff[] }>('/api/v1/requests/assignees')).staff;
}

export async function assignRequest(api: ApiClient, id: string, userId: string | null): Promise<RequestDetail> {
  return (await api.send<{ request: RequestDetail }>('PUT', `${requestPath(id)}/assignee`, { userId })).request;
}

export async function extendRequest(api: ApiClient, id: string, reason: string): Promise<RequestDetail> {
  return (await api.send<{ request: RequestDetail }>('POST', `${requestPath(id)}/extension`, { reason })).request;
}

/** The letter that answers the request as it stands, in a language, as text for the page. */
export async function previewLetter(api: ApiClient, id: string, lang: 'fr' | 'en'): Promise<LetterPreview> {
  return (await api.get<{ letter: LetterPreview }>(`${requestPath(id)}/letter?lang=${lang}&format=json`)).letter;
}

export async function sendLetter(api: ApiClient, id: string, lang: 'fr' | 'en'): Promise<LetterSent> {
  return (await api.send<{ letter: LetterSent }>('POST', `${requestPath(id)}/letter/send`, { lang })).letter;
}

export async function requestJournal(api: ApiClient, id: string): Promise<readonly RequestJournalEntry[]> {
  return (await api.get<{ entries: RequestJournalEntry[] }>(`${requestPath(id)}/journal`)).entries;
}
