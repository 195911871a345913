import * as z from 'zod';
import { consentBannerSchema, cookieSchema } from './cookies.js';
import { datasetSchema } from './datasets.js';
import { EXPECTED } from './expected.js';
import { organisationSchema } from './organisation.js';
import { purposeSchema } from './purposes.js';
import { recipientSchema, systemSchema } from './recipients.js';
import { retentionRuleSchema } from './retention.js';
import { minorsSchema, rightsSchema } from './rights.js';
import { impactAssessmentSchema, policySchema, securitySchema } from './security.js';
import { dataCategorySchema, sourceSchema, subjectCategorySchema } from './taxonomy.js';

/** The version of the declaration format this build reads. */
export const DECLARATION_FORMAT = 1;

/**
 * The privacy declaration: what personal information an organisation holds, why, where,
 * for how long and who receives it. Sections may be split across the files of a folder;
 * list sections are concatenated, object sections may appear in one file only.
 */
export const declarationSchema = z.strictObject({
  vigie: z.literal(DECLARATION_FORMAT, EXPECTED.format.en),
  organisation: organisationSchema,
  dataCategories: z.array(dataCategorySchema).default([]),
  subjectCategories: z.array(subjectCategorySchema).default([]),
  sources: z.array(sourceSchema).default([]),
  systems: z.array(systemSchema).default([]),
  purposes: z.array(purposeSchema).min(1),
  recipients: z.array(recipientSchema).default([]),
  retention: z.array(retentionRuleSchema).default([]),
  cookies: z.array(cookieSchema).default([]),
  consentBanner: consentBannerSchema.optional(),
  rights: rightsSchema.optional(),
  minors: minorsSchema.optional(),
  security: securitySchema.optional(),
  impactAssessments: z.array(impactAssessmentSchema).default([]),
  /** Where systems keep personal information, annotated so rights requests can be fulfilled. */
  datasets: z.array(datasetSchema).default([]),
  policy: policySchema,
});

export type Declaration = z.infer<typeof declarationSchema>;
/** Sections that several files may each contribute entries to. */
export const LIST_SECTIONS = [
  'dataCategories',
  'subjectCategories',
  'sources',
  'systems',
  'purposes',
  'recipients',
  'retention',
  'cookies',
  'impactAssessments',
  'datasets',
] as const satisfies readonly (keyof Declaration)[];
