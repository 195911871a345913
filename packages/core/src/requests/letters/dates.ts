import type { Lang } from '../../i18n/localized.js';
import { grammarFor } from '../../notice/strings/index.js';
import { formatLocalDate, localDateOf } from '../calendar.js';

/**
 * A day in words, as the notice writes dates (no Intl, so a letter reads the same on every machine): "1er mars
 * 2026", "March 1, 2026".
 */
export function dateInWords(isoDate: string, lang: Lang): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  return grammarFor(lang).date(year, month, day);
}

/** The day of an instant on the regime's calendar, as YYYY-MM-DD. */
export function dayOf(instant: Date | string, timeZone: string): string {
  return formatLocalDate(localDateOf(new Date(instant), timeZone));
}
