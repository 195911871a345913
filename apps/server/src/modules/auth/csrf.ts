import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The CSRF token of a session: HMAC-SHA256 keyed with the session secret (VIGIE_SESSION_SECRET) over the session
 * id, base64url. Derived rather than stored, so every server process computes the same token and the store needs
 * no column. The id is prefixed with a label so that the session secret, if ever used for another MAC, can
 * never produce a CSRF token by accident (domain separation).
 */
export function csrfTokenFor(sessionId: string, sessionSecret: string): string {
  return createHmac('sha256', sessionSecret).update(`vigie/csrf/v1\u0000${sessionId}`, 'utf8').digest('base64url');
}

/** Compares in constant time, so the response time does not reveal how much of a forged token was right. */
export function csrfTokenMatches(sessionId: string, sessionSecret: string, candidate: string): boolean {
  const expected = Buffer.from(csrfTokenFor(sessionId, sessionSecret), 'utf8');
  const given = Buffer.from(candidate, 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
