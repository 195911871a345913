/**
 * The emailed download link carries its token as the whole fragment (`#<token>`): browsers never send the
 * fragment, so the token reaches no server log; the page posts it in a request body. Null when there is none.
 */
export function parseDownloadToken(hash: string): string | null {
  const token = (hash.startsWith('#') ? hash.slice(1) : hash).trim();
  return /^[A-Za-z0-9_-]{20,100}$/.test(token) ? token : null;
}
