import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type AssessmentTriggerRules, parseAssessmentTriggerRules } from './trigger-rules.js';

const BUILTIN_TRIGGER_RULES = fileURLToPath(
  new URL('../../rule-packs/assessments/assessment-triggers.yaml', import.meta.url),
);

let cached: AssessmentTriggerRules | undefined;

/** Reads the built-in trigger rules once per process (file access kept in this .node file). */
export function loadAssessmentTriggerRules(): AssessmentTriggerRules {
  cached ??= parseAssessmentTriggerRules(readFileSync(BUILTIN_TRIGGER_RULES, 'utf8'), BUILTIN_TRIGGER_RULES);
  return cached;
}
