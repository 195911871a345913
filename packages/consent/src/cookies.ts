// Withdrawal removes the category's cookies. A script cannot list a cookie's domain, so each matching name is
// expired on the current host and on every parent domain (path /); the browser ignores the ones that do not exist.

function toRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}

function expire(cookie: string): void {
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is asynchronous and missing from older browsers
  document.cookie = cookie;
}

export function deleteCookies(patterns: string[]): void {
  if (patterns.length === 0) return;
  const matchers = patterns.map(toRegExp);
  const labels = location.hostname.split('.');
  for (const pair of document.cookie.split(';')) {
    const name = pair.split('=')[0]?.trim();
    if (!name || !matchers.some((m) => m.test(name))) continue;
    const expired = `${name}=;expires=Thu, 01 Jan 1970 00:00:00 GMT;path=/`;
    expire(expired);
    for (let i = 0; i < labels.length - 1; i++) expire(`${expired};domain=.${labels.slice(i).join('.')}`);
  }
}
