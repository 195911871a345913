import * as z from 'zod';
import { localizedSchema } from '../../i18n/localized.js';
import { durationSchema, idSchema } from './common.js';

/** The event that starts the retention clock. */
export const RETENTION_TRIGGERS = [
  'collection',
  'last-entry',
  'last-contact',
  'end-of-contract',
  'case-closed',
  'end-of-employment',
  'consent-withdrawn',
  'account-closed',
  'listing',
] as const;

export const RETENTION_ACTIONS = ['destroy', 'anonymize', 'review'] as const;

/** Record types the law sets a minimum for (CMQ: clinical record of a physician). */
export const RECORD_TYPES = ['medical-record', 'employee-file', 'financial-record', 'other'] as const;

export const retentionExceptionSchema = z.strictObject({
  /** What is kept longer, e.g. pathology reports. */
  records: localizedSchema,
  duration: durationSchema.optional(),
  trigger: z.enum(RETENTION_TRIGGERS).optional(),
  reason: localizedSchema.optional(),
  citation: z.string().optional(),
});

export const retentionRuleSchema = z.strictObject({
  id: idSchema,
  name: localizedSchema,
  /** How long after the trigger. Leave out only when the law fixes no period and `criteria` says how it ends. */
  duration: durationSchema.optional(),
  /** GDPR Art. 13(2)(a): when no fixed period exists, the criteria used to determine it. */
  criteria: localizedSchema.optional(),
  trigger: z.enum(RETENTION_TRIGGERS),
  action: z.enum(RETENTION_ACTIONS),
  recordType: z.enum(RECORD_TYPES).optional(),
  exceptions: z.array(retentionExceptionSchema).default([]),
  /** The law or policy that sets the period, shown to the reader. */
  citation: z.string().optional(),
});
export type RetentionRule = z.infer<typeof retentionRuleSchema>;
