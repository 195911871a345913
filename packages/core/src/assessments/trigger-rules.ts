import { CORE_SCHEMA, load } from 'js-yaml';
import * as z from 'zod';
import { areaSchema } from '../check/area.js';
import { CONFIDENCES } from '../check/rule-pack.js';
import { dateSchema } from '../declaration/schema/common.js';
import { ASSESSMENT_STATUSES } from '../declaration/schema/security.js';
import { localizedSchema } from '../i18n/localized.js';
import { REQUEST_REGIMES } from '../requests/deadline-pack.js';

/** The triggers Vigie derives from a declaration (a subset of the declaration's ASSESSMENT_TRIGGERS). */
export const DERIVED_TRIGGERS = ['outside-quebec', 'gdpr-art35'] as const;
export type DerivedTrigger = (typeof DERIVED_TRIGGERS)[number];

const triggerRuleSchema = z.strictObject({
  trigger: z.enum(DERIVED_TRIGGERS),
  /** The regimes (as the rule packs name them) under which this trigger applies. */
  regimes: z.array(z.enum(REQUEST_REGIMES)).min(1),
  /** The statuses an assessment must have reached to cover the trigger. */
  acceptedStatuses: z.array(z.enum(ASSESSMENT_STATUSES)).min(1),
  confidence: z.enum(CONFIDENCES),
  citation: localizedSchema,
  reason: localizedSchema,
  highRisk: z
    .strictObject({
      specialCategoryScales: z.array(z.enum(['small', 'medium', 'large'])).min(1),
      profiling: z.boolean(),
    })
    .optional(),
});
export type AssessmentTriggerRule = z.infer<typeof triggerRuleSchema>;

const triggerRulesSchema = z.strictObject({
  lastChecked: dateSchema,
  within: areaSchema,
  triggers: z.array(triggerRuleSchema).min(1),
});
export type AssessmentTriggerRules = z.infer<typeof triggerRulesSchema>;

/** Parses the trigger rules (YAML); a broken file is a programming error, reported with its name. */
export function parseAssessmentTriggerRules(text: string, file: string): AssessmentTriggerRules {
  const parsed = triggerRulesSchema.safeParse(load(text, { schema: CORE_SCHEMA }));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  for (const rule of parsed.data.triggers) {
    if (rule.trigger === 'gdpr-art35' && rule.highRisk === undefined)
      throw new Error(`${file}: the gdpr-art35 trigger needs highRisk`);
  }
  return parsed.data;
}
