import * as z from 'zod';
import { defineCheck } from '../../check-definition.js';

/**
 * Doing without consent is lawful only under an exception the statute lists (PIPEDA s. 7), so a purpose
 * that says consent is not required must name the exception it relies on.
 */
export const consentExceptionNamed = defineCheck({
  id: 'consent-exception-named',
  description: 'a purpose whose legalBasis.<framework>.consent is not-required names its exception',
  params: z.strictObject({ framework: z.enum(['quebec', 'pipeda']) }),
  *run(ctx, { framework }) {
    for (const [i, purpose] of ctx.declaration.purposes.entries()) {
      const basis = purpose.legalBasis[framework];
      if (basis?.consent === 'not-required' && basis.exception === undefined) {
        yield { path: ['purposes', i, 'legalBasis', framework, 'consent'], vars: { purpose: purpose.name } };
      }
    }
  },
});
