import * as z from 'zod';
import { defineCheck } from '../../check-definition.js';

/**
 * A contact person the law requires (person in charge, DPO) is declared with the details
 * the public needs to reach them.
 */
export const contactDeclared = defineCheck({
  id: 'contact-declared',
  description: 'organisation.<role> exists and has every field in `require` and one of `anyOf`',
  params: z.strictObject({
    role: z.enum(['personInCharge', 'dpo']),
    require: z.array(z.enum(['name', 'title', 'email', 'phone', 'address'])).default([]),
    anyOf: z.array(z.enum(['email', 'phone', 'address', 'url'])).default([]),
  }),
  *run({ declaration }, { role, require, anyOf }) {
    const contact = declaration.organisation[role];
    if (!contact) {
      yield { path: ['organisation'], vars: { missing: role } };
      return;
    }
    const missing: string[] = require.filter((field) => contact[field] === undefined);
    if (anyOf.length > 0 && anyOf.every((field) => contact[field] === undefined)) missing.push(...anyOf);
    if (missing.length > 0) yield { path: ['organisation', role], vars: { missing: missing.join(', ') } };
  },
});
