import type { ApiClient } from './client.js';
import type { IdentityCheckInput, RequestAttachment, RequestDetail } from './types.js';

// The files of a request (proof of capacity, identity document) and the staff check of an identity document.

const attachmentsPath = (requestId: string) => `/api/v1/requests/${encodeURIComponent(requestId)}/attachments`;

/** Names, purposes, detected types and sizes; the server journals the listing. */
export async function listAttachments(api: ApiClient, requestId: string): Promise<readonly RequestAttachment[]> {
  return (await api.get<{ attachments: RequestAttachment[] }>(attachmentsPath(requestId))).attachments;
}

/**
 * Where the browser downloads a file: a plain same-origin GET with the session cookie, answered as an attachment
 * (never shown inline) and journalled by the server.
 */
export function attachmentUrl(requestId: string, attachmentId: string): string {
  return `${attachmentsPath(requestId)}/${encodeURIComponent(attachmentId)}`;
}

/** Records the check; confirmed, it moves a request awaiting identity on to in progress. */
export async function recordIdentityCheck(
  api: ApiClient,
  requestId: string,
  check: IdentityCheckInput,
): Promise<RequestDetail> {
  const path = `/api/v1/requests/${encodeURIComponent(requestId)}/identity-check`;
  return (await api.send<{ request: RequestDetail }>('POST', path, check)).request;
}
