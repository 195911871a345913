import * as z from 'zod';
import { COOKIE_CATEGORIES } from '../../../declaration/schema/cookies.js';
import type { Localized } from '../../../i18n/localized.js';
import { defineCheck } from '../../check-definition.js';
import { COOKIE_CATEGORY_LABELS, listOf, TRACKING_FUNCTION_LABELS, TRACKING_FUNCTIONS } from '../../labels.js';

/**
 * A tracker set before the visitor chooses must be one the pack lets be on by default and must have
 * none of the functions the law wants off until the person turns them on (P-39.1 s.8.1, A-2.1 s.65.0.1).
 */
export const trackerOffByDefault = defineCheck({
  id: 'tracker-off-by-default',
  description:
    'no cookie is onByDefault unless its category is in `onByDefaultAllowed` and it has none of the `functions` flags',
  params: z.strictObject({
    onByDefaultAllowed: z.array(z.enum(COOKIE_CATEGORIES)).default([]),
    functions: z.array(z.enum(TRACKING_FUNCTIONS)).default([...TRACKING_FUNCTIONS]),
  }),
  *run({ declaration }, { onByDefaultAllowed, functions }) {
    for (const [i, cookie] of declaration.cookies.entries()) {
      if (!cookie.onByDefault) continue;
      const active = functions.filter((f) => cookie[f]);
      let reason: Localized;
      if (active.length > 0) {
        const list = listOf(TRACKING_FUNCTION_LABELS, active);
        reason = {
          fr: `il a des fonctions d'identification, de localisation ou de profilage (${list.fr})`,
          en: `it has identification, location or profiling functions (${list.en})`,
        };
      } else if (!onByDefaultAllowed.includes(cookie.category)) {
        const label = COOKIE_CATEGORY_LABELS[cookie.category];
        reason = {
          fr: `il n'est pas strictement nécessaire (catégorie « ${label.fr} »)`,
          en: `it is not strictly necessary (category "${label.en}")`,
        };
      } else {
        continue;
      }
      yield { path: ['cookies', i, 'onByDefault'], vars: { cookie: cookie.name, reason } };
    }
  },
});
