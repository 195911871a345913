import { describe, expect, it } from 'vitest';
import { addDuration, compareDurations, formatDuration, parseDuration, subtractDuration } from './duration.js';

describe('ISO 8601 durations', () => {
  it('reads the periods the law and the seed notices use', () => {
    expect(parseDuration('P10Y')).toMatchObject({ years: 10, months: 0 });
    expect(parseDuration('P36M')).toMatchObject({ months: 36 });
    expect(parseDuration('P1Y6M')).toMatchObject({ years: 1, months: 6 });
    expect(parseDuration('PT72H')).toMatchObject({ hours: 72 });
    expect(parseDuration('P2W')).toMatchObject({ weeks: 2 });
  });

  it('rejects what is not a duration', () => {
    for (const text of ['10Y', 'P', 'PT', 'P1.5Y', '5 years', 'P-1Y'])
      expect(parseDuration(text), text).toBeUndefined();
  });

  it('orders durations written in different units', () => {
    const d = (t: string) => parseDuration(t) ?? { years: 0, months: 0, weeks: 0, days: 0, hours: 0, minutes: 0 };
    expect(compareDurations(d('P5Y'), d('P10Y'))).toBeLessThan(0);
    expect(compareDurations(d('P120M'), d('P10Y'))).toBeCloseTo(0, 5);
    expect(compareDurations(d('P1M'), d('P30D'))).toBeGreaterThan(0);
    expect(compareDurations(d('PT72H'), d('P3D'))).toBe(0);
  });

  it('adds calendar units the way legal deadlines are counted', () => {
    const d = (t: string) => parseDuration(t) ?? { years: 0, months: 0, weeks: 0, days: 0, hours: 0, minutes: 0 };
    expect(addDuration(new Date('2026-01-31T00:00:00Z'), d('P30D')).toISOString()).toBe('2026-03-02T00:00:00.000Z');
    expect(addDuration(new Date('2024-07-17T00:00:00Z'), d('P10Y')).toISOString()).toBe('2034-07-17T00:00:00.000Z');
    expect(addDuration(new Date('2026-05-01T09:00:00Z'), d('PT72H')).toISOString()).toBe('2026-05-04T09:00:00.000Z');
  });

  it('goes back a period in calendar units, as a retention cutoff does', () => {
    const d = (t: string) => parseDuration(t) ?? { years: 0, months: 0, weeks: 0, days: 0, hours: 0, minutes: 0 };
    expect(subtractDuration(new Date('2030-06-15T12:00:00Z'), d('P7Y')).toISOString()).toBe('2023-06-15T12:00:00.000Z');
    expect(subtractDuration(new Date('2026-03-31T00:00:00Z'), d('P1M')).toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(subtractDuration(new Date('2026-01-01T00:00:00Z'), d('P36M')).toISOString()).toBe(
      '2023-01-01T00:00:00.000Z',
    );
  });

  it('writes durations in plain French and English', () => {
    const d = (t: string) => parseDuration(t) ?? { years: 0, months: 0, weeks: 0, days: 0, hours: 0, minutes: 0 };
    expect(formatDuration(d('P10Y'), 'fr')).toBe('10 ans');
    expect(formatDuration(d('P1Y'), 'en')).toBe('1 year');
    expect(formatDuration(d('P36M'), 'en')).toBe('36 months');
    expect(formatDuration(d('P1Y6M'), 'fr')).toBe('1 an et 6 mois');
    expect(formatDuration(d('P1Y2M3D'), 'en')).toBe('1 year, 2 months and 3 days');
  });
});
