import * as z from 'zod';
import { idSchema } from '../../../declaration/schema/common.js';
import { CONSENT_EXCEPTIONS, CONSENT_TYPES } from '../../../declaration/schema/purposes.js';
import { defineCheck } from '../../check-definition.js';
import { CONSENT_LABELS } from '../../labels.js';

/**
 * Sensitive information used for a purpose other than the one it was collected for needs the person's
 * `requiredConsent` (express, P-39.1 s.12), unless the purpose relies on one of the `exceptions` the law
 * lists. With `categories`, only purposes using those categories count (health information, R-22.1).
 */
export const sensitiveSecondaryUse = defineCheck({
  id: 'sensitive-secondary-use',
  description:
    'every secondary purpose using sensitive information (or `categories`) has legalBasis.quebec.consent = `requiredConsent` or an exception in `exceptions`',
  params: z.strictObject({
    requiredConsent: z.enum(CONSENT_TYPES),
    exceptions: z.array(z.enum(CONSENT_EXCEPTIONS)).default([]),
    categories: z.array(idSchema).min(1).optional(),
  }),
  *run(ctx, { requiredConsent, exceptions, categories }) {
    for (const [i, purpose] of ctx.declaration.purposes.entries()) {
      // A purpose without a Quebec basis at all is reported by the rule that requires one.
      const basis = purpose.legalBasis.quebec;
      if (!purpose.secondary || basis === undefined) continue;
      const concerned = categories === undefined ? ctx.isSensitive(purpose) : ctx.purposeUses(purpose, ...categories);
      if (!concerned || basis.consent === requiredConsent) continue;
      if (basis.exception !== undefined && exceptions.includes(basis.exception)) continue;
      yield {
        path: ['purposes', i, 'legalBasis', 'quebec', 'consent'],
        vars: { purpose: purpose.name, consent: CONSENT_LABELS[basis.consent] },
      };
    }
  },
});
