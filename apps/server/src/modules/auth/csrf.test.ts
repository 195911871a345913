import { describe, expect, it } from 'vitest';
import { csrfTokenFor, csrfTokenMatches } from './csrf.js';

const SECRET = 'a session secret of this installation';

describe('CSRF tokens', () => {
  it('are a stable HMAC of the session id, different per session and per secret', () => {
    const token = csrfTokenFor('session-a', SECRET);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(csrfTokenFor('session-a', SECRET)).toBe(token);
    expect(csrfTokenFor('session-b', SECRET)).not.toBe(token);
    expect(csrfTokenFor('session-a', 'another secret entirely')).not.toBe(token);
  });

  it('match only the token of the same session', () => {
    const token = csrfTokenFor('session-a', SECRET);
    expect(csrfTokenMatches('session-a', SECRET, token)).toBe(true);
    expect(csrfTokenMatches('session-b', SECRET, token)).toBe(false);
    expect(csrfTokenMatches('session-a', SECRET, token.slice(0, -1))).toBe(false);
    expect(csrfTokenMatches('session-a', SECRET, '')).toBe(false);
  });
});
