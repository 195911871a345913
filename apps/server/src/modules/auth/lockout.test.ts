import { describe, expect, it } from 'vitest';
import { LOCKOUT_THRESHOLD, lockDurationMs, lockSchedule } from './lockout.js';

const MINUTE = 60_000;

describe('lock-out escalation', () => {
  it('locks from the 5th consecutive failure, 15 min doubling up to 4 h', () => {
    expect(LOCKOUT_THRESHOLD).toBe(5);
    expect([1, 2, 3, 4].map(lockDurationMs)).toEqual([undefined, undefined, undefined, undefined]);
    expect([5, 6, 7, 8, 9, 10, 50].map(lockDurationMs)).toEqual([
      15 * MINUTE,
      30 * MINUTE,
      60 * MINUTE,
      120 * MINUTE,
      240 * MINUTE,
      240 * MINUTE,
      240 * MINUTE,
    ]);
  });

  it('writes the same escalation as instants for the store', () => {
    const now = new Date('2026-03-01T12:00:00.000Z');
    expect(lockSchedule(now)).toEqual({
      steps: [
        { failures: 5, until: '2026-03-01T12:15:00.000Z' },
        { failures: 6, until: '2026-03-01T12:30:00.000Z' },
        { failures: 7, until: '2026-03-01T13:00:00.000Z' },
        { failures: 8, until: '2026-03-01T14:00:00.000Z' },
      ],
      cap: '2026-03-01T16:00:00.000Z',
    });
  });
});
