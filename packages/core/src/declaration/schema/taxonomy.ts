import * as z from 'zod';
import { localizedSchema } from '../../i18n/localized.js';
import { idSchema } from './common.js';
import { EXPECTED } from './expected.js';

/**
 * An organisation's own data category, added to the built-in taxonomy (packages/core/src/taxonomy).
 * It may refine a built-in one (`parent: health`) and so inherit its sensitivity.
 */
export const dataCategorySchema = z.strictObject({
  id: idSchema,
  label: localizedSchema,
  parent: idSchema.optional(),
  sensitive: z.boolean().optional(),
  /** A W3C Data Privacy Vocabulary term, e.g. pd:HealthRecord. */
  dpv: z
    .string()
    .regex(/^[a-z-]+:[A-Za-z0-9]+$/, EXPECTED.dpvTerm.en)
    .optional(),
  description: localizedSchema.optional(),
});
export type DataCategoryDeclaration = z.infer<typeof dataCategorySchema>;

export const subjectCategorySchema = z.strictObject({
  id: idSchema,
  label: localizedSchema,
  /** Some of these people may be minors: the consent rules for minors apply. */
  includesMinors: z.boolean().optional(),
  dpv: z
    .string()
    .regex(/^[a-z-]+:[A-Za-z0-9]+$/, EXPECTED.dpvTerm.en)
    .optional(),
});
export type SubjectCategoryDeclaration = z.infer<typeof subjectCategorySchema>;

/** Where information comes from other than the person: insurers, schools, associations… */
export const sourceSchema = z.strictObject({
  id: idSchema,
  label: localizedSchema,
});
export type SourceDeclaration = z.infer<typeof sourceSchema>;
