import * as z from 'zod';
import { defineCheck } from '../../check-definition.js';

/** Every purpose states its legal basis under the given framework (GDPR Art. 6, Quebec or PIPEDA consent). */
export const purposeHasBasis = defineCheck({
  id: 'purpose-has-basis',
  description: 'every purpose has legalBasis.<framework>',
  params: z.strictObject({ framework: z.enum(['gdpr', 'quebec', 'pipeda']) }),
  *run(ctx, { framework }) {
    for (const [i, purpose] of ctx.declaration.purposes.entries()) {
      if (purpose.legalBasis[framework] === undefined) {
        yield { path: ['purposes', i, 'legalBasis'], vars: { purpose: purpose.name } };
      }
    }
  },
});
