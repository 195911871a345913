import * as z from 'zod';
import { defineCheck } from '../../check-definition.js';

/** The organisation says how a person complains about the handling of their information, and to whom. */
export const complaintProcessDeclared = defineCheck({
  id: 'complaint-process-declared',
  description: 'rights.complaints lists at least one level',
  params: z.strictObject({}),
  *run({ declaration }) {
    if (declaration.rights?.complaints === undefined) yield { path: ['rights'] };
  },
});
