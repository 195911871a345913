import { z } from 'zod';
import { defineCheck } from '../../check-definition.js';

/** Every purpose says how long its information is kept, so that it can be destroyed on time. */
export const purposeHasRetention = defineCheck({
  id: 'purpose-has-retention',
  description: 'every purpose names a retention rule; with `requireDuration`, that rule has a fixed duration',
  params: z.strictObject({ requireDuration: z.boolean().default(false) }),
  *run(ctx, { requireDuration }) {
    for (const [i, purpose] of ctx.declaration.purposes.entries()) {
      if (purpose.retention === undefined) {
        yield { path: ['purposes', i], vars: { purpose: purpose.name } };
        continue;
      }
      const rule = ctx.retentionById.get(purpose.retention);
      if (requireDuration && rule && rule.duration === undefined) {
        yield { path: ['purposes', i, 'retention'], vars: { purpose: purpose.name } };
      }
    }
  },
});
