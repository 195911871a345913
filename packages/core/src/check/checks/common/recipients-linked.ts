import * as z from 'zod';
import { defineCheck } from '../../check-definition.js';

/**
 * What a third party receives is known only through the purposes that send to it, or that use a system
 * it operates; a recipient linked to none cannot be described to the public (A-2.1 r. 4.1 s.2(9)).
 */
export const recipientsLinked = defineCheck({
  id: 'recipients-linked',
  description: 'every recipient is named by a purpose, or operates a system a purpose uses',
  params: z.strictObject({}),
  *run({ declaration, systemsById }) {
    const linked = new Set<string>();
    for (const purpose of declaration.purposes) {
      for (const id of purpose.recipients) linked.add(id);
      for (const id of purpose.systems) {
        const operator = systemsById.get(id)?.operatedBy;
        if (operator !== undefined) linked.add(operator);
      }
    }
    for (const [i, recipient] of declaration.recipients.entries()) {
      if (!linked.has(recipient.id)) yield { path: ['recipients', i], vars: { recipient: recipient.name } };
    }
  },
});
