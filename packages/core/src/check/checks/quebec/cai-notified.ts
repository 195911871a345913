import * as z from 'zod';
import { defineCheck } from '../../check-definition.js';

/**
 * A public body tells the Commission d'accès à l'information in writing who its person in charge is,
 * with title, contact details and start date (A-2.1 s.8). The declaration records the date it did.
 */
export const caiNotified = defineCheck({
  id: 'cai-notified',
  description: 'organisation.personInCharge has `caiNotifiedOn` (and `since`, the start date the notice gives)',
  params: z.strictObject({}),
  *run({ declaration }) {
    // A missing person in charge is reported by the rule that requires one.
    const person = declaration.organisation.personInCharge;
    if (person === undefined) return;
    const missing = (['since', 'caiNotifiedOn'] as const).filter((field) => person[field] === undefined);
    if (missing.length > 0) yield { path: ['organisation', 'personInCharge'], vars: { missing: missing.join(', ') } };
  },
});
