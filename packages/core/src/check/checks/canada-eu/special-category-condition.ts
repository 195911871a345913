import * as z from 'zod';
import { defineCheck } from '../../check-definition.js';

/**
 * Processing a special category (health, genetic, biometric…) is forbidden unless one of the conditions of
 * GDPR Art. 9(2) applies, on top of the Art. 6 basis: each such purpose names its condition.
 */
export const specialCategoryCondition = defineCheck({
  id: 'special-category-condition',
  description: 'a purpose using a GDPR special category has legalBasis.gdpr.specialCategoryCondition',
  params: z.strictObject({}),
  *run(ctx) {
    for (const [i, purpose] of ctx.declaration.purposes.entries()) {
      const gdpr = purpose.legalBasis.gdpr;
      if (gdpr?.specialCategoryCondition !== undefined) continue;
      const special = ctx.categoriesOf(purpose).find((c) => c.specialCategory);
      if (special === undefined) continue;
      yield {
        path: gdpr === undefined ? ['purposes', i] : ['purposes', i, 'legalBasis', 'gdpr'],
        vars: { purpose: purpose.name, category: special.label },
      };
    }
  },
});
