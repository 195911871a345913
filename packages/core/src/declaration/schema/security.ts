import * as z from 'zod';
import { localizedSchema } from '../../i18n/localized.js';
import { dateSchema, idSchema } from './common.js';

export const securitySchema = z.strictObject({
  technical: z.array(localizedSchema).default([]),
  organisational: z.array(localizedSchema).default([]),
  physical: z.array(localizedSchema).default([]),
});
export type Security = z.infer<typeof securitySchema>;

export const ASSESSMENT_TRIGGERS = ['outside-quebec', 'new-system', 'gdpr-art35', 'research', 'other'] as const;
export const ASSESSMENT_STATUSES = ['planned', 'in-progress', 'completed', 'approved'] as const;

/** An impact assessment (EFVP in Quebec, DPIA in the EU) referred to by purposes and recipients. */
export const impactAssessmentSchema = z.strictObject({
  id: idSchema,
  title: localizedSchema,
  triggers: z.array(z.enum(ASSESSMENT_TRIGGERS)).min(1),
  status: z.enum(ASSESSMENT_STATUSES),
  completedOn: dateSchema.optional(),
  approvedOn: dateSchema.optional(),
});
export type ImpactAssessment = z.infer<typeof impactAssessmentSchema>;

export const policySchema = z.strictObject({
  version: z.string().min(1),
  effectiveDate: dateSchema,
  /** How people are told of a change (A-2.1 s.63.4; GDPR Art. 12-13). */
  changeNotice: localizedSchema.optional(),
});
