import { describe, expect, it } from 'vitest';
import { assertValidEvent } from './journal.event-rules.js';
import { journalOrigin } from './journal.origin.js';

describe('the origin of an access', () => {
  it('keeps only the /24 network of an IPv4 address', () => {
    expect(journalOrigin('api', '198.51.100.77')).toBe('api 198.51.100.0/24');
    expect(journalOrigin('web', '::ffff:198.51.100.77')).toBe('web 198.51.100.0/24');
  });

  it('keeps only the /48 network of an IPv6 address', () => {
    expect(journalOrigin('web', '2001:db8:85a3:8d3:1319:8a2e:370:7348')).toBe('web 2001:db8:85a3::/48');
    expect(journalOrigin('web', '2001:db8::1')).toBe('web 2001:db8:0::/48');
    expect(journalOrigin('api', '::1')).toBe('api 0:0:0::/48');
  });

  it('is the channel alone without an address', () => {
    expect(journalOrigin('job')).toBe('job');
    expect(journalOrigin('cli', 'not an address')).toBe('cli');
  });

  it('is accepted in a journal event', () => {
    const event = { actor: 'system', action: 'retention.sweep', subject: null, purpose: null };
    for (const origin of [
      journalOrigin('job'),
      journalOrigin('api', '198.51.100.77'),
      journalOrigin('web', '2001:db8::1'),
    ]) {
      expect(() => assertValidEvent({ ...event, origin })).not.toThrow();
    }
  });
});
