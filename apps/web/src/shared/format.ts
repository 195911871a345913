import type { Lang } from '../i18n/lang.js';

/** An instant (ISO 8601) in words and digits the reader expects, in their own time zone. */
export function formatDateTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'medium' }).format(date);
}

/**
 * A calendar date (`YYYY-MM-DD`, or the date part of an instant) in words. Read as UTC and written as UTC so
 * that the day shown is the day written, whatever the reader's time zone.
 */
export function formatDate(isoDate: string, lang: Lang): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
