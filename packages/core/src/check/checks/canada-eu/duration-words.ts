import type { Localized } from '../../../i18n/localized.js';
import { type Duration, formatDuration } from '../../../time/duration.js';

/** A duration as a reader sees it in a message: « 30 jours » / "30 days". */
export function durationWords(duration: Duration): Localized {
  return { fr: formatDuration(duration, 'fr'), en: formatDuration(duration, 'en') };
}
