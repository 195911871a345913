import * as z from 'zod';
import { localizedSchema } from '../../i18n/localized.js';
import { idSchema } from './common.js';

/** GDPR Art. 6(1) lawful bases. */
export const GDPR_BASES = [
  'consent',
  'contract',
  'legal-obligation',
  'vital-interests',
  'public-task',
  'legitimate-interests',
] as const;

/** GDPR Art. 9(2) conditions for special categories (health, biometric, genetic…), named by paragraph. */
export const GDPR_SPECIAL_CONDITIONS = [
  'explicit-consent', // 9(2)(a)
  'employment-social-security', // 9(2)(b)
  'vital-interests', // 9(2)(c)
  'non-profit-body', // 9(2)(d)
  'made-public', // 9(2)(e)
  'legal-claims', // 9(2)(f)
  'substantial-public-interest', // 9(2)(g)
  'health-care', // 9(2)(h)
  'public-health', // 9(2)(i)
  'research-statistics', // 9(2)(j)
] as const;

/** Quebec (P-39.1 s.12, s.14; s.65.1) and PIPEDA (Sch. 1, 4.3) consent. */
export const CONSENT_TYPES = ['implicit', 'express', 'not-required'] as const;

/** Exceptions that let information be used without (new) consent: P-39.1 s.12 al. 2, s.18; PIPEDA s.7. */
export const CONSENT_EXCEPTIONS = [
  'consistent-purpose',
  'clear-benefit',
  'fraud-prevention',
  'requested-service',
  'deidentified-research',
  'legal-obligation',
  'emergency',
  'legal-claims',
] as const;

const canadianBasisSchema = z.strictObject({
  consent: z.enum(CONSENT_TYPES),
  /** When consent is not required, the exception relied on. */
  exception: z.enum(CONSENT_EXCEPTIONS).optional(),
});

export const legalBasisSchema = z.strictObject({
  gdpr: z
    .strictObject({
      basis: z.enum(GDPR_BASES),
      /** Art. 13(1)(d): the legitimate interest pursued, when that is the basis. */
      legitimateInterest: localizedSchema.optional(),
      /** Art. 9(2): required when the purpose processes a special category. */
      specialCategoryCondition: z.enum(GDPR_SPECIAL_CONDITIONS).optional(),
      /** Art. 6(3), 9(2)(b),(g)-(j): the Union or member-state law the purpose rests on. */
      law: z.string().optional(),
    })
    .optional(),
  quebec: canadianBasisSchema.optional(),
  pipeda: canadianBasisSchema.optional(),
});
export type LegalBasis = z.infer<typeof legalBasisSchema>;

export const COLLECTION_MEANS = [
  'web-form',
  'email',
  'phone',
  'in-person',
  'mail',
  'chat',
  'mobile-app',
  'cookies',
  'third-party',
  'call-recording',
] as const;

export const MARKETING_CHANNELS = ['email', 'sms', 'phone', 'post', 'online-ads'] as const;

export const purposeSchema = z.strictObject({
  id: idSchema,
  name: localizedSchema,
  description: localizedSchema.optional(),
  /**
   * A secondary purpose is one other than the one the information was collected for
   * (P-39.1 s.12): sensitive information then needs express consent.
   */
  secondary: z.boolean().default(false),
  legalBasis: legalBasisSchema.default({}),
  dataCategories: z.array(idSchema).min(1),
  subjects: z.array(idSchema).min(1),
  /** `data-subject` for the person; other ids refer to `sources`. */
  sources: z.array(idSchema).default(['data-subject']),
  collectionMeans: z.array(z.enum(COLLECTION_MEANS)).default([]),
  recipients: z.array(idSchema).default([]),
  systems: z.array(idSchema).default([]),
  retention: idSchema.optional(),
  /** P-39.1 s.8.1: technology that can identify, locate or profile the person. */
  identifies: z.boolean().default(false),
  locates: z.boolean().default(false),
  profiles: z.boolean().default(false),
  /** P-39.1 s.12.1, GDPR Art. 22. */
  automatedDecision: z
    .strictObject({
      exclusivelyAutomated: z.boolean(),
      logic: localizedSchema,
      /** How the person submits observations to a staff member who can review the decision. */
      review: localizedSchema.optional(),
    })
    .optional(),
  marketing: z
    .strictObject({
      channels: z.array(z.enum(MARKETING_CHANNELS)).min(1),
      /** The person must actively agree before the first message. */
      optIn: z.boolean(),
      /** Every message carries a working way to unsubscribe. */
      unsubscribe: z.boolean(),
    })
    .optional(),
  /** r. 4.1 s.2(6): what happens when the person refuses to provide the information. */
  consequencesOfRefusal: localizedSchema.optional(),
  /** The impact assessment covering this purpose, by id in `impactAssessments`. */
  impactAssessment: idSchema.optional(),
  /** Roughly how many people this purpose concerns: it weighs on GDPR Art. 35 and on risk. */
  scale: z.enum(['small', 'medium', 'large']).optional(),
});
export type Purpose = z.infer<typeof purposeSchema>;
