import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween, endOfPeriod, formatLocalDate, localDateOf, startOfLocalDay } from './calendar.js';

const d = (s: string) => {
  const [year = 0, month = 0, day = 0] = s.split('-').map(Number);
  return { year, month, day };
};

describe('calendar arithmetic', () => {
  it('ends a month on the same date, or on the last day of a shorter month (Reg. 1182/71 art. 3(2)(c))', () => {
    expect(formatLocalDate(addMonths(d('2026-01-31'), 1))).toBe('2026-02-28');
    expect(formatLocalDate(addMonths(d('2028-01-31'), 1))).toBe('2028-02-29');
    expect(formatLocalDate(addMonths(d('2026-01-31'), 3))).toBe('2026-04-30');
    expect(formatLocalDate(addMonths(d('2026-03-15'), 1))).toBe('2026-04-15');
    expect(formatLocalDate(addMonths(d('2026-11-30'), 2))).toBe('2027-01-30');
  });

  it('does not count the day of receipt in a period of days', () => {
    expect(formatLocalDate(endOfPeriod(d('2026-03-01'), { unit: 'days', count: 30 }))).toBe('2026-03-31');
    expect(formatLocalDate(endOfPeriod(d('2026-12-15'), { unit: 'days', count: 20 }))).toBe('2027-01-04');
  });

  it('reads the day an instant falls on in Montreal and in Paris', () => {
    const lateEvening = new Date('2026-01-31T04:30:00Z'); // 23:30 on 30 January in Montreal, 05:30 on 31 January in Paris
    expect(formatLocalDate(localDateOf(lateEvening, 'America/Montreal'))).toBe('2026-01-30');
    expect(formatLocalDate(localDateOf(lateEvening, 'Europe/Paris'))).toBe('2026-01-31');
  });

  it('finds local midnight across daylight saving time', () => {
    expect(startOfLocalDay(d('2026-01-15'), 'America/Montreal').toISOString()).toBe('2026-01-15T05:00:00.000Z');
    expect(startOfLocalDay(d('2026-07-15'), 'America/Montreal').toISOString()).toBe('2026-07-15T04:00:00.000Z');
    expect(startOfLocalDay(d('2026-03-09'), 'America/Montreal').toISOString()).toBe('2026-03-09T04:00:00.000Z');
    expect(startOfLocalDay(d('2026-03-29'), 'Europe/Paris').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfLocalDay(d('2026-03-30'), 'Europe/Paris').toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });

  it('counts whole days between dates', () => {
    expect(daysBetween(d('2026-02-27'), d('2026-03-02'))).toBe(3);
    expect(daysBetween(d('2026-03-02'), d('2026-02-27'))).toBe(-3);
  });
});
