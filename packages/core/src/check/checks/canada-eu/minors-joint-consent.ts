import * as z from 'zod';
import { COLLECTION_MEANS, type Purpose } from '../../../declaration/schema/purposes.js';
import { defineCheck } from '../../check-definition.js';

/**
 * Below `age`, consent to an online service is given jointly by the minor and a parent (LIL art. 45,
 * using GDPR Art. 8(1)). It matters where a purpose that may concern minors rests on consent and is
 * collected online (one of `onlineMeans`, or means not stated): the declaration then sets
 * minors.jointConsentUnder to at least `age`.
 */
export const minorsJointConsent = defineCheck({
  id: 'minors-joint-consent',
  description: 'when a consent-based online purpose may concern minors, minors.jointConsentUnder >= `age`',
  params: z.strictObject({
    age: z.number().int().positive(),
    onlineMeans: z.array(z.enum(COLLECTION_MEANS)).min(1),
  }),
  *run(ctx, { age, onlineMeans }) {
    const { minors } = ctx.declaration;
    if ((minors?.jointConsentUnder ?? 0) >= age) return;
    const online = new Set(onlineMeans);
    const concerned = (p: Purpose) =>
      p.legalBasis.gdpr?.basis === 'consent' &&
      (p.collectionMeans.length === 0 || p.collectionMeans.some((m) => online.has(m))) &&
      ctx.concernsMinors(p);
    const index = ctx.declaration.purposes.findIndex(concerned);
    const purpose = ctx.declaration.purposes[index];
    if (purpose === undefined) return;
    yield {
      path:
        minors === undefined
          ? ['purposes', index]
          : minors.jointConsentUnder === undefined
            ? ['minors']
            : ['minors', 'jointConsentUnder'],
      vars: { purpose: purpose.name, age: String(age) },
    };
  },
});
