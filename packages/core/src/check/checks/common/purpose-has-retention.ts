import * as z from 'zod';
import { defineCheck } from '../../check-definition.js';

/**
 * Every purpose says how long its information is kept, so that it can be destroyed on time.
 * Whether the rule it names has a fixed period is retention-has-period's concern.
 */
export const purposeHasRetention = defineCheck({
  id: 'purpose-has-retention',
  description: 'every purpose names a retention rule',
  params: z.strictObject({}),
  *run(ctx) {
    for (const [i, purpose] of ctx.declaration.purposes.entries()) {
      if (purpose.retention === undefined) yield { path: ['purposes', i], vars: { purpose: purpose.name } };
    }
  },
});
