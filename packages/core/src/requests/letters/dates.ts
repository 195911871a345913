import type { Lang } from '../../i18n/localized.js';
import { formatLocalDate, localDateOf } from '../calendar.js';

const MONTHS: Record<Lang, readonly string[]> = {
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** A day in words, written without Intl so that a letter reads the same on every machine: "1er mars 2026", "March 1, 2026". */
export function dateInWords(isoDate: string, lang: Lang): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  const name = MONTHS[lang][month - 1] ?? '';
  if (lang === 'fr') return `${day === 1 ? '1er' : day} ${name} ${year}`;
  return `${name} ${day}, ${year}`;
}

/** The day of an instant on the regime's calendar, as YYYY-MM-DD. */
export function dayOf(instant: Date | string, timeZone: string): string {
  return formatLocalDate(localDateOf(new Date(instant), timeZone));
}
