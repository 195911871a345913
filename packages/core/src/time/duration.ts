/**
 * ISO 8601 durations (P10Y, P36M, P30D, PT72H) as written in declarations and rule packs.
 * Legal periods are counted in calendar units, so a duration keeps its parts instead of
 * collapsing to seconds; comparisons use an average calendar only when units differ.
 */
export interface Duration {
  readonly years: number;
  readonly months: number;
  readonly weeks: number;
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
}

/** The ISO 8601 duration forms Vigie reads (no fractions, no seconds). */
export const DURATION_PATTERN = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/;

/** Parses an ISO 8601 duration, or returns undefined when the text is not one. */
export function parseDuration(text: string): Duration | undefined {
  const m = DURATION_PATTERN.exec(text);
  if (!m || text === 'P' || text.endsWith('T')) return undefined;
  const n = (i: number) => Number(m[i] ?? 0);
  return { years: n(1), months: n(2), weeks: n(3), days: n(4), hours: n(5), minutes: n(6) };
}

/** Approximate length in days (a Gregorian year of 365.2425 days), for ordering durations. */
export function approximateDays(d: Duration): number {
  return d.years * 365.2425 + d.months * (365.2425 / 12) + d.weeks * 7 + d.days + d.hours / 24 + d.minutes / 1440;
}

/** Orders two durations: negative when a is shorter than b. */
export function compareDurations(a: Duration, b: Duration): number {
  return approximateDays(a) - approximateDays(b);
}

/** Adds a duration to a date in calendar units (UTC), as legal deadlines are counted. */
export function addDuration(date: Date, d: Duration): Date {
  const out = new Date(date.getTime());
  out.setUTCFullYear(out.getUTCFullYear() + d.years, out.getUTCMonth() + d.months);
  out.setUTCDate(out.getUTCDate() + d.weeks * 7 + d.days);
  out.setUTCHours(out.getUTCHours() + d.hours, out.getUTCMinutes() + d.minutes);
  return out;
}

/**
 * Goes back a duration from a date in calendar units (UTC): the start of a period that ends at `date`. The day of
 * the month is clamped to the target month (one month before March 31 is February 28, not March 3): a retention
 * cutoff that landed later than the calendar says would destroy rows before their period is over.
 */
export function subtractDuration(date: Date, d: Duration): Date {
  const out = new Date(date.getTime());
  const months = out.getUTCMonth() - d.months - 12 * d.years;
  const year = out.getUTCFullYear() + Math.floor(months / 12);
  const month = ((months % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  out.setUTCFullYear(year, month, Math.min(out.getUTCDate(), lastDay));
  out.setUTCDate(out.getUTCDate() - d.weeks * 7 - d.days);
  out.setUTCHours(out.getUTCHours() - d.hours, out.getUTCMinutes() - d.minutes);
  return out;
}

const UNITS = {
  fr: {
    years: ['an', 'ans'],
    months: ['mois', 'mois'],
    weeks: ['semaine', 'semaines'],
    days: ['jour', 'jours'],
    hours: ['heure', 'heures'],
    minutes: ['minute', 'minutes'],
  },
  en: {
    years: ['year', 'years'],
    months: ['month', 'months'],
    weeks: ['week', 'weeks'],
    days: ['day', 'days'],
    hours: ['hour', 'hours'],
    minutes: ['minute', 'minutes'],
  },
} as const;

/** Writes a duration in plain words: "10 ans", "36 months", "1 year and 6 months". */
export function formatDuration(d: Duration, lang: 'fr' | 'en'): string {
  const parts: string[] = [];
  for (const key of ['years', 'months', 'weeks', 'days', 'hours', 'minutes'] as const) {
    const value = d[key];
    if (value > 0) parts.push(`${value} ${UNITS[lang][key][value > 1 ? 1 : 0]}`);
  }
  if (parts.length === 0) return lang === 'fr' ? '0 jour' : '0 days';
  const and = lang === 'fr' ? ' et ' : ' and ';
  return parts.length === 1 ? (parts[0] as string) : `${parts.slice(0, -1).join(', ')}${and}${parts.at(-1)}`;
}
