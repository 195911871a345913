import * as z from 'zod';
import { idSchema } from '../../../declaration/schema/common.js';
import { defineCheck } from '../../check-definition.js';

/**
 * Whoever hosts personal health data on behalf of others holds the HDS certification (France, Code de la
 * santé publique, art. L. 1111-8). A recipient hosts health data when it says so (`hostsHealthData`) or
 * when it runs a system that a purpose using one of `categories` stores its data in.
 */
export const healthHostCertified = defineCheck({
  id: 'health-host-certified',
  description:
    'a recipient hosting data of `categories` (declared or through systems.operatedBy) has hdsCertified: true',
  params: z.strictObject({ categories: z.array(idSchema).min(1) }),
  *run(ctx, { categories }) {
    const hostsThroughSystems = new Set<string>();
    for (const purpose of ctx.declaration.purposes) {
      if (purpose.systems.length === 0 || !ctx.purposeUses(purpose, ...categories)) continue;
      for (const id of purpose.systems) {
        const operator = ctx.systemsById.get(id)?.operatedBy;
        if (operator !== undefined) hostsThroughSystems.add(operator);
      }
    }
    for (const [i, recipient] of ctx.declaration.recipients.entries()) {
      if (recipient.hdsCertified === true) continue;
      if (!recipient.hostsHealthData && !hostsThroughSystems.has(recipient.id)) continue;
      yield {
        path:
          recipient.hdsCertified !== undefined
            ? ['recipients', i, 'hdsCertified']
            : recipient.hostsHealthData
              ? ['recipients', i, 'hostsHealthData']
              : ['recipients', i],
        vars: { recipient: recipient.name },
      };
    }
  },
});
