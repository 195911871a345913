import { describe, expect, it } from 'vitest';
import { formatLocalDate, type LocalDate } from './calendar.js';
import { requestClock } from './clock.js';
import { easterSunday, isNonWorkingDay, rollForward } from './non-working-days.js';
import type { RightsRequest } from './request.js';
import { pack, received } from './test-pack.js';

const d = (s: string): LocalDate => {
  const [year = 0, month = 0, day = 0] = s.split('-').map(Number);
  return { year, month, day };
};
const calendarOf = (regime: keyof typeof pack.regimes) => {
  const calendar = pack.regimes[regime].nonWorkingDays;
  if (!calendar) throw new Error(`${regime} has no calendar`);
  return calendar;
};
function dueOf(request: RightsRequest): string {
  const clock = requestClock(pack, request);
  if (!clock.running) throw new Error('paused');
  return clock.deadline.due;
}

describe('non-working days of the deadline pack', () => {
  it('finds Easter Sunday', () => {
    expect(['2024', '2026', '2027', '2038'].map((y) => formatLocalDate(easterSunday(Number(y))))).toEqual([
      '2024-03-31',
      '2026-04-05',
      '2027-03-28',
      '2038-04-25',
    ]);
  });

  it('knows the Quebec holidays of the Interpretation Act, Sundays but not Saturdays (I-16 s. 61(23))', () => {
    const qc = calendarOf('qc-private');
    const holidays2026 = ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-18', '2026-06-24', '2026-07-01'];
    for (const day of [...holidays2026, '2026-09-07', '2026-10-12', '2026-12-25', '2026-03-01'])
      expect(isNonWorkingDay(qc, d(day)), day).toBe(true);
    for (const day of ['2026-02-28', '2026-04-07', '2026-05-25', '2026-12-26', '2026-11-11'])
      expect(isNonWorkingDay(qc, d(day)), day).toBe(false);
    // 1 July 2029 is a Sunday: the 2nd is the holiday.
    expect(isNonWorkingDay(qc, d('2029-07-02'))).toBe(true);
  });

  it('knows the French public holidays and weekends for Reg. 1182/71', () => {
    const fr = calendarOf('gdpr-fr');
    for (const day of ['2026-05-01', '2026-05-08', '2026-05-14', '2026-05-25', '2026-07-14', '2026-08-15'])
      expect(isNonWorkingDay(fr, d(day)), day).toBe(true);
    expect(isNonWorkingDay(fr, d('2026-02-28'))).toBe(true); // a Saturday
    expect(isNonWorkingDay(fr, d('2026-06-24'))).toBe(false);
  });

  it('moves a deadline over a run of non-working days to the next working day', () => {
    // Friday 8 May 2026 (Victoire 1945), then the weekend: Monday 11 May.
    expect(formatLocalDate(rollForward(calendarOf('gdpr-fr'), d('2026-05-08')))).toBe('2026-05-11');
    // Good Friday 2026 in Quebec: Saturday is a working day under I-16.
    expect(formatLocalDate(rollForward(calendarOf('qc-private'), d('2026-04-03')))).toBe('2026-04-04');
    expect(formatLocalDate(rollForward(calendarOf('qc-private'), d('2026-03-31')))).toBe('2026-03-31');
  });

  it('applies to the legal clock: 30 days from 25 May 2026 end on the Fête nationale, so the 25th (I-16 s. 52)', () => {
    expect(dueOf(received({ receivedAt: new Date('2026-05-25T15:00:00Z') }))).toBe('2026-06-25');
    // GDPR: one month from 8 April ends on Friday 8 May, a holiday in France, then a weekend.
    expect(dueOf(received({ regime: 'gdpr-fr', receivedAt: new Date('2026-04-08T10:00:00Z') }))).toBe('2026-05-11');
  });
});
