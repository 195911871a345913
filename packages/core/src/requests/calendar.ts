import type { Period } from './period.js';

/** A day on the calendar of a place, without time: what a legal deadline names. */
export interface LocalDate {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function wallClock(instant: Date, timeZone: string): { date: LocalDate; ms: number } {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(instant)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const date = { year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0 };
  const ms = Date.UTC(date.year, date.month - 1, date.day, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  return { date, ms };
}

/** The day an instant falls on in a time zone: a request received at 23:30 in Montreal is received that day there. */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  return wallClock(instant, timeZone).date;
}

/** The instant a local day begins in a time zone (DST-safe: the offset is read at that very instant). */
export function startOfLocalDay(date: LocalDate, timeZone: string): Date {
  const target = Date.UTC(date.year, date.month - 1, date.day);
  let guess = target;
  // Two corrections settle the offset, DST changes included (they never happen at midnight in these zones).
  for (let i = 0; i < 3; i++) {
    const seen = wallClock(new Date(guess), timeZone).ms;
    if (seen === target) break;
    guess += target - seen;
  }
  return new Date(guess);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * Regulation 1182/71 art. 3(2)(c): a period in months ends on the same date in the last month, or on
 * that month's last day when it has no such date (31 January + 1 month = 28 or 29 February).
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** The last day of a period that starts on `start` (the day of the event, which is not counted). */
export function endOfPeriod(start: LocalDate, period: Period): LocalDate {
  return period.unit === 'days' ? addDays(start, period.count) : addMonths(start, period.count);
}

/** Whole days from a to b (negative when b is before a). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/** YYYY-MM-DD. */
export function formatLocalDate(date: LocalDate): string {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}
