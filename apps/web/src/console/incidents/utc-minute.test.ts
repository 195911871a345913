import { describe, expect, it } from 'vitest';
import { parseUtcMinute, utcMinute } from './utc-minute.js';

describe('incident dates typed in the console', () => {
  it('reads a date and time as UTC, with a space or a T', () => {
    expect(parseUtcMinute('2026-03-02 10:05')).toBe('2026-03-02T10:05:00.000Z');
    expect(parseUtcMinute(' 2026-03-02T23:59 ')).toBe('2026-03-02T23:59:00.000Z');
  });

  it('refuses dates that do not exist and other forms', () => {
    for (const text of ['2026-02-31 10:00', '2026-03-02 24:00', '2026-03-02', '02/03/2026 10:00', ''])
      expect([text, parseUtcMinute(text)]).toEqual([text, null]);
  });

  it('writes an instant back in the same form', () => {
    expect(utcMinute(new Date('2026-03-02T10:05:42.123Z'))).toBe('2026-03-02 10:05');
  });
});
