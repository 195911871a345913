import * as z from 'zod';
import { defineCheck } from '../../check-definition.js';

/**
 * Access is free; a fee, where the law allows one (transcription, reproduction, transmission), is
 * announced beforehand, so the declaration must describe it (P-39.1 s.33, PIPEDA s.8(6)).
 */
export const accessFeeAnnounced = defineCheck({
  id: 'access-fee-announced',
  description: 'rights.fees.access is free, or a reasonable fee with a description',
  params: z.strictObject({}),
  *run({ declaration }) {
    const fees = declaration.rights?.fees;
    if (fees?.access === 'reasonable-fee' && fees.description === undefined) {
      yield { path: ['rights', 'fees', 'access'] };
    }
  },
});
