import * as z from 'zod';
import { compareDurations, parseDuration } from '../../../time/duration.js';
import { defineCheck } from '../../check-definition.js';
import { durationParam } from '../../params.js';
import { durationWords } from './duration-words.js';

/**
 * The visitor's choice, consent or refusal, is kept for a limited time before asking again; the CNIL
 * considers about six months good practice (deliberation 2020-092), hence a warning past `max`.
 */
export const consentChoiceLifetime = defineCheck({
  id: 'consent-choice-lifetime',
  description: 'consentBanner.choiceLifetime is no longer than `max`',
  params: z.strictObject({ max: durationParam }),
  *run({ declaration }, { max }) {
    const text = declaration.consentBanner?.choiceLifetime;
    const lifetime = text === undefined ? undefined : parseDuration(text);
    if (lifetime && compareDurations(lifetime, max) > 0) {
      yield {
        path: ['consentBanner', 'choiceLifetime'],
        vars: { lifetime: durationWords(lifetime), max: durationWords(max) },
      };
    }
  },
});
