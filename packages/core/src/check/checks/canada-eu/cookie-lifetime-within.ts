import * as z from 'zod';
import { COOKIE_CATEGORIES } from '../../../declaration/schema/cookies.js';
import { compareDurations, parseDuration } from '../../../time/duration.js';
import { defineCheck } from '../../check-definition.js';
import { durationParam } from '../../params.js';
import { durationWords } from './duration-words.js';

/**
 * Trackers of the given categories live no longer than `max` (CNIL deliberations 2020-091 and 2020-092:
 * audience-measurement trackers limited to 13 months, not extended on each visit).
 */
export const cookieLifetimeWithin = defineCheck({
  id: 'cookie-lifetime-within',
  description: 'every cookie of one of `categories` has a lifetime no longer than `max`',
  params: z.strictObject({ categories: z.array(z.enum(COOKIE_CATEGORIES)).min(1), max: durationParam }),
  *run({ declaration }, { categories, max }) {
    const governed = new Set(categories);
    for (const [i, cookie] of declaration.cookies.entries()) {
      if (!governed.has(cookie.category) || cookie.lifetime === 'session') continue;
      const lifetime = parseDuration(cookie.lifetime);
      if (lifetime && compareDurations(lifetime, max) > 0) {
        yield {
          path: ['cookies', i, 'lifetime'],
          vars: { cookie: cookie.name, lifetime: durationWords(lifetime), max: durationWords(max) },
        };
      }
    }
  },
});
