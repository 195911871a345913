import * as z from 'zod';
import { ASSESSMENT_STATUSES } from '../../../declaration/schema/security.js';
import type { Localized } from '../../../i18n/localized.js';
import { defineCheck } from '../../check-definition.js';

const REASONS = {
  special: {
    fr: "données de santé ou d'autres catégories particulières traitées à grande échelle",
    en: 'health data or other special categories processed on a large scale',
  },
  profiling: { fr: 'profilage des personnes', en: 'profiling of people' },
} satisfies Record<string, Localized>;

/**
 * A purpose likely to result in a high risk has a data protection impact assessment carried out before
 * processing (GDPR Art. 35(1), (3)(a)-(b); CNIL list 2018-327): special categories at a scale listed in
 * `specialCategoryScales`, or profiling when `profiling` is set. The assessment must have reached one of
 * `statuses`: a planned DPIA does not protect anyone yet.
 */
export const dpiaWhenHighRisk = defineCheck({
  id: 'dpia-when-high-risk',
  description: 'a high-risk purpose refers to an impact assessment whose status is in `statuses`',
  params: z.strictObject({
    specialCategoryScales: z.array(z.enum(['small', 'medium', 'large'])).min(1),
    profiling: z.boolean(),
    statuses: z.array(z.enum(ASSESSMENT_STATUSES)).min(1),
  }),
  *run(ctx, { specialCategoryScales, profiling, statuses }) {
    const done = new Set(statuses);
    for (const [i, purpose] of ctx.declaration.purposes.entries()) {
      const large = purpose.scale !== undefined && specialCategoryScales.includes(purpose.scale);
      const reason =
        large && ctx.isSpecialCategory(purpose)
          ? REASONS.special
          : profiling && purpose.profiles
            ? REASONS.profiling
            : undefined;
      if (reason === undefined) continue;
      const id = purpose.impactAssessment;
      const assessment = id === undefined ? undefined : ctx.assessmentsById.get(id);
      if (assessment !== undefined && done.has(assessment.status)) continue;
      yield {
        path: id === undefined ? ['purposes', i] : ['purposes', i, 'impactAssessment'],
        vars: {
          purpose: purpose.name,
          reason,
          assessment: assessment?.title ?? { fr: 'aucune', en: 'none' },
        },
      };
    }
  },
});
