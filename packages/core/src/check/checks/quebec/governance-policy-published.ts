import * as z from 'zod';
import { defineCheck } from '../../check-definition.js';

const FIELDS = ['url', 'approvedOn', 'approvedBy'] as const;

/**
 * The governance policies are approved by the person in charge and published in clear and simple
 * terms (P-39.1 s.3.2): the declaration names where they are published and when they were approved.
 */
export const governancePolicyPublished = defineCheck({
  id: 'governance-policy-published',
  description: 'organisation.governancePolicy exists and has every field in `require`',
  params: z.strictObject({ require: z.array(z.enum(FIELDS)).default([]) }),
  *run({ declaration }, { require }) {
    const policy = declaration.organisation.governancePolicy;
    if (policy === undefined) {
      yield { path: ['organisation'], vars: { missing: ['governancePolicy', ...require].join(', ') } };
      return;
    }
    const missing = require.filter((field) => policy[field] === undefined);
    if (missing.length > 0) {
      yield { path: ['organisation', 'governancePolicy'], vars: { missing: missing.join(', ') } };
    }
  },
});
