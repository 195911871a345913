import * as z from 'zod';
import { defineCheck } from '../../check-definition.js';

/**
 * A decision made exclusively by a machine comes with a way to submit observations to a person able to
 * review it (P-39.1 s.12.1, GDPR Art. 22(3)).
 */
export const automatedDecisionReview = defineCheck({
  id: 'automated-decision-review',
  description: 'every purpose whose automatedDecision is exclusivelyAutomated states its `review` path',
  params: z.strictObject({}),
  *run({ declaration }) {
    for (const [i, purpose] of declaration.purposes.entries()) {
      const decision = purpose.automatedDecision;
      if (decision?.exclusivelyAutomated === true && decision.review === undefined) {
        yield { path: ['purposes', i, 'automatedDecision'], vars: { purpose: purpose.name } };
      }
    }
  },
});
