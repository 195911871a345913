import * as z from 'zod';
import { addDays, type LocalDate } from './calendar.js';

/**
 * The days a legal deadline may not end on, as data in the deadline pack: the Interpretation Acts and
 * Regulation 1182/71 move a deadline that falls on such a day to the next day that is not one.
 */
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
type Weekday = (typeof WEEKDAYS)[number];

const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'MM-DD');

/** One holiday rule; each yields at most one day a year (two with `sundayMovesTo`). */
const holidaySchema = z.union([
  /** A fixed date; `sundayMovesTo: next` also makes the Monday a holiday when the date is a Sunday. */
  z.strictObject({ date: monthDay, sundayMovesTo: z.literal('next').optional() }),
  /** Days from Easter Sunday (Gregorian): Good Friday -2, Easter Monday 1, Ascension 39, Whit Monday 50. */
  z.strictObject({ easter: z.int().min(-60).max(60) }),
  /** The last given weekday strictly before a date: the Monday preceding 25 May. */
  z.strictObject({ weekday: z.enum(WEEKDAYS), before: monthDay }),
  /** The nth given weekday of a month: the first Monday of September. */
  z.strictObject({ weekday: z.enum(WEEKDAYS), nth: z.int().min(1).max(4), month: z.int().min(1).max(12) }),
]);

export const nonWorkingDaysSchema = z.strictObject({
  /** Days of the week on which a deadline never ends. */
  weekdays: z.array(z.enum(WEEKDAYS)),
  holidays: z.array(holidaySchema),
});
type NonWorkingDays = z.infer<typeof nonWorkingDaysSchema>;
type Holiday = z.infer<typeof holidaySchema>;

const weekdayOf = (d: LocalDate): Weekday =>
  WEEKDAYS[new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()] ?? 'sun';
const parseMonthDay = (text: string, year: number): LocalDate => {
  const [month = 1, day = 1] = text.split('-').map(Number);
  return { year, month, day };
};

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
export function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

function holidayDates(rule: Holiday, year: number): LocalDate[] {
  if ('easter' in rule) return [addDays(easterSunday(year), rule.easter)];
  if ('date' in rule) {
    const day = parseMonthDay(rule.date, year);
    return rule.sundayMovesTo === 'next' && weekdayOf(day) === 'sun' ? [day, addDays(day, 1)] : [day];
  }
  const target = WEEKDAYS.indexOf(rule.weekday);
  if ('before' in rule) {
    const limit = parseMonthDay(rule.before, year);
    const back = (WEEKDAYS.indexOf(weekdayOf(limit)) - target + 7) % 7 || 7;
    return [addDays(limit, -back)];
  }
  const first = { year, month: rule.month, day: 1 };
  const forward = (target - WEEKDAYS.indexOf(weekdayOf(first)) + 7) % 7;
  return [addDays(first, forward + 7 * (rule.nth - 1))];
}

const key = (d: LocalDate) => d.year * 10_000 + d.month * 100 + d.day;
const cache = new WeakMap<NonWorkingDays, Map<number, ReadonlySet<number>>>();

function holidaysOf(calendar: NonWorkingDays, year: number): ReadonlySet<number> {
  let years = cache.get(calendar);
  if (!years) {
    years = new Map();
    cache.set(calendar, years);
  }
  let days = years.get(year);
  if (!days) {
    days = new Set(calendar.holidays.flatMap((rule) => holidayDates(rule, year)).map(key));
    years.set(year, days);
  }
  return days;
}

export function isNonWorkingDay(calendar: NonWorkingDays, day: LocalDate): boolean {
  return calendar.weekdays.includes(weekdayOf(day)) || holidaysOf(calendar, day.year).has(key(day));
}

/** The deadline itself, or the first following day that is not a non-working day. */
export function rollForward(calendar: NonWorkingDays, day: LocalDate): LocalDate {
  let current = day;
  // A run of non-working days is never longer than a few days (Christmas to 2 January at most).
  for (let i = 0; i < 31 && isNonWorkingDay(calendar, current); i++) current = addDays(current, 1);
  return current;
}
