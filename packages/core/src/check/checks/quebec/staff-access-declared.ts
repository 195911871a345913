import * as z from 'zod';
import { defineCheck } from '../../check-definition.js';

/** The published policy says which categories of staff have access to the information (A-2.1 r. 4.1 s.2(4)). */
export const staffAccessDeclared = defineCheck({
  id: 'staff-access-declared',
  description: 'organisation.staffAccess is stated',
  params: z.strictObject({}),
  *run({ declaration }) {
    if (declaration.organisation.staffAccess === undefined) yield { path: ['organisation'] };
  },
});
