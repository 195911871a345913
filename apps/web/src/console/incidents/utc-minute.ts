/**
 * Reads "YYYY-MM-DD HH:MM" (or with a T) as a UTC instant, the form the incident dates are typed in (the registers
 * and the authorities compare instants, so the console does not guess a time zone). Null for anything else.
 */
export function parseUtcMinute(text: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/.exec(text.trim());
  if (match === null) return null;
  const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute));
  // Date.UTC rolls 31 February over into March: such a date was not a real one.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  return date.toISOString();
}

/** An instant as the form shows it back: "YYYY-MM-DD HH:MM", UTC. */
export function utcMinute(date: Date): string {
  return date.toISOString().slice(0, 16).replace('T', ' ');
}
