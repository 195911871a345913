import * as z from 'zod';
import type { Localized } from '../../../i18n/localized.js';
import { compareDurations, formatDuration, parseDuration } from '../../../time/duration.js';
import { defineCheck } from '../../check-definition.js';
import { durationParam } from '../../params.js';

/** The organisation commits to answer requests within the period the law allows, and says so. */
export const responseDeadline = defineCheck({
  id: 'response-deadline',
  description: 'rights.responseDeadline is stated and is no longer than `max`',
  params: z.strictObject({ max: durationParam }),
  *run({ declaration }, { max }) {
    const maxText: Localized = { fr: formatDuration(max, 'fr'), en: formatDuration(max, 'en') };
    const stated = declaration.rights?.responseDeadline;
    if (stated === undefined) {
      yield { path: ['rights'], vars: { declared: { fr: 'aucun délai indiqué', en: 'none stated' }, max: maxText } };
      return;
    }
    const duration = parseDuration(stated);
    if (duration === undefined || compareDurations(duration, max) <= 0) return;
    yield {
      path: ['rights', 'responseDeadline'],
      vars: { declared: { fr: formatDuration(duration, 'fr'), en: formatDuration(duration, 'en') }, max: maxText },
    };
  },
});
