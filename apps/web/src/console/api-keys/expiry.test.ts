import { describe, expect, it } from 'vitest';
import { endOfLocalDay, localDateToday } from './expiry.js';

describe('API key expiry', () => {
  it('ends at the last millisecond of the chosen day where the reader is', () => {
    const iso = endOfLocalDay('2030-01-31');
    expect(iso).not.toBeNull();
    const end = new Date(iso ?? '');
    expect([end.getFullYear(), end.getMonth(), end.getDate()]).toEqual([2030, 0, 31]);
    expect([end.getHours(), end.getMinutes(), end.getSeconds(), end.getMilliseconds()]).toEqual([23, 59, 59, 999]);
  });

  it('refuses dates that do not exist or are not dates', () => {
    expect(endOfLocalDay('2030-02-30')).toBeNull();
    expect(endOfLocalDay('31/01/2030')).toBeNull();
    expect(endOfLocalDay('')).toBeNull();
  });

  it('writes today as the date field does, so that the two compare as text', () => {
    expect(localDateToday(new Date(2030, 0, 5, 12))).toBe('2030-01-05');
  });
});
