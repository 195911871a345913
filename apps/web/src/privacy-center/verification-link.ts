/** What the emailed link carries in its fragment: the request's reference and the one-time token. */
export interface VerificationLink {
  readonly reference: string;
  readonly token: string;
}

/**
 * Reads `#reference=…&token=…`. The fragment never reaches a server (browsers do not send it), which is why the
 * token travels there; the page posts it in a request body and then removes it from the address bar.
 */
export function parseVerificationLink(hash: string): VerificationLink | null {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const reference = params.get('reference')?.trim() ?? '';
  const token = params.get('token')?.trim() ?? '';
  return reference === '' || token === '' ? null : { reference, token };
}
