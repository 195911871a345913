import * as z from 'zod';
import { RIGHTS } from '../../../declaration/schema/rights.js';
import { defineCheck } from '../../check-definition.js';
import { listOf, RIGHT_LABELS } from '../../labels.js';

/** The rights the law grants are among those the organisation says people can exercise. */
export const rightsOffered = defineCheck({
  id: 'rights-offered',
  description: 'rights.available contains every right in `rights`',
  params: z.strictObject({ rights: z.array(z.enum(RIGHTS)).min(1) }),
  *run({ declaration }, { rights }) {
    const available = declaration.rights?.available;
    const missing = rights.filter((r) => !available?.includes(r));
    if (missing.length === 0) return;
    yield {
      path: available === undefined ? ['rights'] : ['rights', 'available'],
      vars: { missing: listOf(RIGHT_LABELS, missing) },
    };
  },
});
