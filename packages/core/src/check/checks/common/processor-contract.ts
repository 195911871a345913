import * as z from 'zod';
import { RECIPIENT_ROLES } from '../../../declaration/schema/recipients.js';
import { defineCheck } from '../../check-definition.js';

/**
 * A recipient that acts for the organisation does so under a written contract stating how it protects
 * the information (P-39.1 s.18.3, GDPR Art. 28, PIPEDA 4.1.3).
 */
export const processorContract = defineCheck({
  id: 'processor-contract',
  description: 'every recipient whose role is in `roles` has a `contract`',
  params: z.strictObject({ roles: z.array(z.enum(RECIPIENT_ROLES)).min(1) }),
  *run({ declaration }, { roles }) {
    for (const [i, recipient] of declaration.recipients.entries()) {
      if (roles.includes(recipient.role) && recipient.contract === undefined) {
        yield { path: ['recipients', i, 'role'], vars: { recipient: recipient.name } };
      }
    }
  },
});
