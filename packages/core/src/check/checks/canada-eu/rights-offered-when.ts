import * as z from 'zod';
import { RIGHTS, type Right } from '../../../declaration/schema/rights.js';
import type { Localized } from '../../../i18n/localized.js';
import { defineCheck } from '../../check-definition.js';
import { listOf, RIGHT_LABELS } from '../../labels.js';
import { firstPurposeMeeting, RIGHT_CONDITION_IDS } from './rights-conditions.js';

/**
 * The notice lists every right the law gives in the organisation's situation (GDPR Arts. 13(2)(b)-(c),
 * 15-22; PIPEDA Sch. 1, 4.3.8). Unlike rights-offered (checks/common), a right may be tied to a condition
 * (`when`): it is then required only once a purpose meets it, and the finding names that purpose.
 */
export const rightsOfferedWhen = defineCheck({
  id: 'rights-offered-when',
  description: 'rights.available lists each right of `rights` whose condition `when` some purpose meets',
  params: z.strictObject({
    rights: z
      .array(z.strictObject({ right: z.enum(RIGHTS), when: z.enum(RIGHT_CONDITION_IDS).default('always') }))
      .min(1),
  }),
  *run({ declaration }, { rights }) {
    const met = firstPurposeMeeting(declaration, new Set(rights.map((r) => r.when)));
    const available = new Set(declaration.rights?.available ?? []);
    const missing: Right[] = [];
    let because: Localized | undefined;
    for (const { right, when } of rights) {
      if (!met.has(when) || available.has(right)) continue;
      missing.push(right);
      because ??= met.get(when)?.name;
    }
    if (missing.length === 0) return;
    yield {
      path: declaration.rights === undefined ? ['rights'] : ['rights', 'available'],
      vars: { missing: listOf(RIGHT_LABELS, missing), ...(because ? { purpose: because } : {}) },
    };
  },
});
