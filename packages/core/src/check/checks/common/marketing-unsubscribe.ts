import * as z from 'zod';
import { defineCheck } from '../../check-definition.js';

/** Every commercial message carries a working way to stop receiving them (P-39.1 s.22, CASL, LCEN). */
export const marketingUnsubscribe = defineCheck({
  id: 'marketing-unsubscribe',
  description: 'every purpose with `marketing` has marketing.unsubscribe: true',
  params: z.strictObject({}),
  *run({ declaration }) {
    for (const [i, purpose] of declaration.purposes.entries()) {
      if (purpose.marketing !== undefined && !purpose.marketing.unsubscribe) {
        yield { path: ['purposes', i, 'marketing', 'unsubscribe'], vars: { purpose: purpose.name } };
      }
    }
  },
});
