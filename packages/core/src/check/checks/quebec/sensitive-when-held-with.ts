import * as z from 'zod';
import { idSchema } from '../../../declaration/schema/common.js';
import { isA } from '../../../taxonomy/taxonomy.js';
import { defineCheck } from '../../check-definition.js';

/**
 * Some identifiers become health information when held with it: the health insurance number
 * (R-22.1 s.2). A purpose that holds `category` together with one of `heldWith` must treat it as
 * sensitive. The fix is one taxonomy edit, so the check reports the first such purpose only.
 */
export const sensitiveWhenHeldWith = defineCheck({
  id: 'sensitive-when-held-with',
  description: 'a category descending from `category`, used with one of `heldWith`, is sensitive',
  params: z.strictObject({ category: idSchema, heldWith: z.array(idSchema).min(1) }),
  *run(ctx, { category, heldWith }) {
    for (const [i, purpose] of ctx.declaration.purposes.entries()) {
      const categories = ctx.categoriesOf(purpose);
      const j = categories.findIndex((c) => isA(c, category) && !c.sensitive);
      if (j < 0 || !ctx.purposeUses(purpose, ...heldWith)) continue;
      const found = categories[j];
      yield {
        path: ['purposes', i, 'dataCategories', purpose.dataCategories.indexOf(found?.id ?? '')],
        vars: { purpose: purpose.name, category: found?.label ?? category },
      };
      return;
    }
  },
});
