import * as z from 'zod';
import { defineCheck } from '../../check-definition.js';

/** A purpose resting on legitimate interests says which interest is pursued (GDPR Art. 13(1)(d)). */
export const legitimateInterestStated = defineCheck({
  id: 'legitimate-interest-stated',
  description: 'a purpose whose GDPR basis is legitimate-interests has legalBasis.gdpr.legitimateInterest',
  params: z.strictObject({}),
  *run(ctx) {
    for (const [i, purpose] of ctx.declaration.purposes.entries()) {
      const gdpr = purpose.legalBasis.gdpr;
      if (gdpr?.basis === 'legitimate-interests' && gdpr.legitimateInterest === undefined) {
        yield { path: ['purposes', i, 'legalBasis', 'gdpr', 'basis'], vars: { purpose: purpose.name } };
      }
    }
  },
});
