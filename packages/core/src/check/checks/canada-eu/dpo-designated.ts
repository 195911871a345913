import * as z from 'zod';
import { idSchema } from '../../../declaration/schema/common.js';
import { defineCheck } from '../../check-definition.js';

/**
 * A controller whose core activities process special categories such as health data on a large scale
 * designates a data protection officer and publishes the DPO's contact details (GDPR Arts. 37(1)(c),
 * 37(7), 13(1)(b)). A purpose of a scale in `exemptScales` does not count: processing by a single
 * practitioner is not large-scale (recital 91).
 */
export const dpoDesignated = defineCheck({
  id: 'dpo-designated',
  description: 'when a purpose uses one of `categories` (outside `exemptScales`), organisation.dpo has a contact',
  params: z.strictObject({
    categories: z.array(idSchema).min(1),
    exemptScales: z.array(z.enum(['small', 'medium', 'large'])).default([]),
  }),
  *run(ctx, { categories, exemptScales }) {
    const trigger = ctx.declaration.purposes.find(
      (p) => !(p.scale !== undefined && exemptScales.includes(p.scale)) && ctx.purposeUses(p, ...categories),
    );
    if (trigger === undefined) return;
    const dpo = ctx.declaration.organisation.dpo;
    if (dpo !== undefined && (dpo.email ?? dpo.phone ?? dpo.address ?? dpo.url) !== undefined) return;
    yield {
      path: dpo === undefined ? ['organisation'] : ['organisation', 'dpo'],
      vars: { purpose: trigger.name },
    };
  },
});
