import * as z from 'zod';
import { idSchema } from '../../../declaration/schema/common.js';
import { defineCheck } from '../../check-definition.js';

/**
 * Where information is asked of a person, they are told what happens if they refuse to give it
 * (A-2.1 r. 4.1 s.2(6)). Only purposes collecting from one of `sources` (the person) are concerned.
 */
export const refusalConsequencesDeclared = defineCheck({
  id: 'refusal-consequences-declared',
  description: 'every purpose whose sources include one of `sources` states consequencesOfRefusal',
  params: z.strictObject({ sources: z.array(idSchema).min(1) }),
  *run({ declaration }, { sources }) {
    for (const [i, purpose] of declaration.purposes.entries()) {
      if (purpose.consequencesOfRefusal !== undefined) continue;
      if (purpose.sources.some((s) => sources.includes(s))) {
        yield { path: ['purposes', i], vars: { purpose: purpose.name } };
      }
    }
  },
});
