import type { ConsentRecordInput, Receipt } from './types.js';

/** POSTs the record with keepalive (it survives the page unloading); any failure leaves the page alone. */
export async function sendRecord(endpoint: string, record: ConsentRecordInput): Promise<Receipt | undefined> {
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      keepalive: true,
      credentials: 'omit',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(record),
    });
    if (!response.ok) return undefined;
    const body = (await response.json()) as { receipt?: Receipt };
    return body.receipt;
  } catch {
    return undefined;
  }
}

/** 16 random bytes as base64url: 22 characters, as the ledger expects. */
export function newVisitorId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}
