import * as z from 'zod';
import { defineCheck } from '../../check-definition.js';

/**
 * A retention rule that gives only criteria ("as long as necessary") cannot be enforced by a
 * retention job nor verified by the person: it is flagged once per rule that a purpose uses.
 */
export const retentionHasPeriod = defineCheck({
  id: 'retention-has-period',
  description: 'every retention rule that a purpose names has a fixed `duration`',
  params: z.strictObject({}),
  *run({ declaration }) {
    const used = new Set(declaration.purposes.map((p) => p.retention));
    for (const [i, rule] of declaration.retention.entries()) {
      if (rule.duration === undefined && used.has(rule.id)) {
        yield { path: ['retention', i], vars: { rule: rule.name } };
      }
    }
  },
});
