import * as z from 'zod';
import { defineCheck } from '../../check-definition.js';

/**
 * A purpose that handles sensitive information (health, financial, biometric… as the taxonomy and the
 * organisation's own categories mark them) rests on express consent, not implied consent, unless the law
 * lets the organisation do without consent. PIPEDA Sch. 1, 4.3.6: express consent for sensitive information.
 */
export const sensitiveNeedsExpressConsent = defineCheck({
  id: 'sensitive-needs-express-consent',
  description: 'a purpose using a sensitive category does not rest on implicit consent under legalBasis.<framework>',
  params: z.strictObject({ framework: z.enum(['quebec', 'pipeda']) }),
  *run(ctx, { framework }) {
    for (const [i, purpose] of ctx.declaration.purposes.entries()) {
      const basis = purpose.legalBasis[framework];
      if (basis?.consent !== 'implicit') continue;
      const sensitive = ctx.categoriesOf(purpose).find((c) => c.sensitive);
      if (sensitive === undefined) continue;
      yield {
        path: ['purposes', i, 'legalBasis', framework, 'consent'],
        vars: { purpose: purpose.name, category: sensitive.label },
      };
    }
  },
});
