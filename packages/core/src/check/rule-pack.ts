import * as z from 'zod';
import { dateSchema } from '../declaration/schema/common.js';
import { JURISDICTIONS, ORGANISATION_KINDS } from '../declaration/schema/organisation.js';
import { localizedSchema } from '../i18n/localized.js';

export const REGIMES = ['qc-private', 'qc-public', 'qc-health', 'pipeda', 'gdpr-fr'] as const;
export type Regime = (typeof REGIMES)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * How sure we are of the wording behind a rule (see shared/docs/law-rules.md):
 * V seen in the official text, S seen in a secondary source, M from memory, to re-check.
 */
export const CONFIDENCES = ['V', 'S', 'M'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const ruleSchema = z.strictObject({
  /** Stable id, shown to users and used to silence a finding: QC-PRIV-001. */
  id: z.string().regex(/^[A-Z]{2,5}(-[A-Z0-9]+)+$/, 'a rule id such as QC-PRIV-001'),
  /** The entry of shared/docs/law-rules.md the rule codes, when there is one (QC-GOV-1). */
  ref: z.string().optional(),
  /** The check (packages/core/src/check/checks) that finds breaches of the rule. */
  check: z.string().min(1),
  params: z.record(z.string(), z.unknown()).default({}),
  severity: z.enum(SEVERITIES),
  confidence: z.enum(CONFIDENCES),
  citation: localizedSchema,
  title: localizedSchema,
  /** What is wrong, with {placeholders} filled from the check's hit (purpose, recipient, cookie…). */
  message: localizedSchema,
});
export type Rule = z.infer<typeof ruleSchema>;

export const rulePackSchema = z.strictObject({
  regime: z.enum(REGIMES),
  title: localizedSchema,
  /** The statutes and regulations the pack codes, with where to read them. */
  sources: z.array(z.strictObject({ name: z.string(), url: z.string().optional() })).min(1),
  /** When the rules were last compared with the official texts. */
  lastChecked: dateSchema,
  /** The organisations the pack applies to. */
  appliesTo: z.strictObject({
    jurisdictions: z.array(z.enum(JURISDICTIONS)).min(1),
    kinds: z.array(z.enum(ORGANISATION_KINDS)).optional(),
    /** Also applies to organisations that declare providesHealthServices (R-22.1, CMQ). */
    healthServices: z.boolean().optional(),
  }),
  rules: z.array(ruleSchema).min(1),
});
export type RulePack = z.infer<typeof rulePackSchema>;
