/** A legal period: calendar days (the day of receipt not counted) or calendar months. */
export type Period =
  | { readonly unit: 'days'; readonly count: number }
  | { readonly unit: 'months'; readonly count: number };

const PERIOD = /^P(\d+)([DM])$/;

/** Reads P30D or P1M, the only two forms the deadline pack uses. */
export function parsePeriod(text: string): Period | undefined {
  const match = PERIOD.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  return { unit: match[2] === 'D' ? 'days' : 'months', count: Number(match[1]) };
}

/** The same period, longer by another of the same unit (the GDPR's 1 + 2 months are counted from the start). */
export function sumPeriods(a: Period, b: Period): Period | undefined {
  return a.unit === b.unit ? { unit: a.unit, count: a.count + b.count } : undefined;
}
