import * as z from 'zod';
import { CONSENT_TYPES } from '../../../declaration/schema/purposes.js';
import { defineCheck } from '../../check-definition.js';
import { listOf, TRACKING_FUNCTION_LABELS, TRACKING_FUNCTIONS } from '../../labels.js';

/**
 * A purpose using technology that identifies, locates or profiles the person keeps those functions off
 * until the person turns them on (P-39.1 s.8.1): a consent in `refusedConsent` (implicit) cannot do that.
 */
export const trackingFunctionsConsent = defineCheck({
  id: 'tracking-functions-consent',
  description: 'no purpose flagged with one of `functions` has legalBasis.quebec.consent in `refusedConsent`',
  params: z.strictObject({
    functions: z
      .array(z.enum(TRACKING_FUNCTIONS))
      .min(1)
      .default([...TRACKING_FUNCTIONS]),
    refusedConsent: z.array(z.enum(CONSENT_TYPES)).min(1),
  }),
  *run({ declaration }, { functions, refusedConsent }) {
    for (const [i, purpose] of declaration.purposes.entries()) {
      const consent = purpose.legalBasis.quebec?.consent;
      if (consent === undefined || !refusedConsent.includes(consent)) continue;
      const active = functions.filter((f) => purpose[f]);
      if (active.length === 0) continue;
      yield {
        path: ['purposes', i, 'legalBasis', 'quebec', 'consent'],
        vars: { purpose: purpose.name, functions: listOf(TRACKING_FUNCTION_LABELS, active) },
      };
    }
  },
});
