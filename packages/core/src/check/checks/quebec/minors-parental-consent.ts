import * as z from 'zod';
import { defineCheck } from '../../check-definition.js';

/**
 * When some people concerned may be minors, the declaration says how the person having parental
 * authority or the tutor consents for those under `age` (P-39.1 s.4.1 and s.14: under 14).
 */
export const minorsParentalConsent = defineCheck({
  id: 'minors-parental-consent',
  description: 'when a purpose concerns minors, minors.parentalConsentUnder is stated and is at least `age`',
  params: z.strictObject({ age: z.number().int().min(0) }),
  *run(ctx, { age }) {
    if (!ctx.anyMinors) return;
    const { minors, purposes } = ctx.declaration;
    const vars = { age: String(age) };
    if (minors === undefined) {
      // No minors section to point at: point at the first purpose that concerns minors.
      yield { path: ['purposes', purposes.findIndex(ctx.concernsMinors)], vars };
    } else if (minors.parentalConsentUnder === undefined) {
      yield { path: ['minors'], vars };
    } else if (minors.parentalConsentUnder < age) {
      yield { path: ['minors', 'parentalConsentUnder'], vars };
    }
  },
});
