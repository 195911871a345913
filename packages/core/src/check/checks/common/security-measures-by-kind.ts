import * as z from 'zod';
import { idSchema } from '../../../declaration/schema/common.js';
import type { DeclarationPath } from '../../../declaration/source-map.js';
import { defineCheck } from '../../check-definition.js';
import { listOf, SECURITY_KIND_LABELS, SECURITY_KINDS } from '../../labels.js';

/**
 * The organisation declares at least one security measure of each kind the pack asks for, always or
 * only when it handles sensitive information or given categories (P-39.1 s.10, A-2.1 r. 4.1 s.2(11)).
 */
export const securityMeasuresByKind = defineCheck({
  id: 'security-measures-by-kind',
  description:
    'security lists a measure of every kind in `kinds`; with `onlyFor`, only when a purpose is sensitive or uses those categories',
  params: z.strictObject({
    kinds: z.array(z.enum(SECURITY_KINDS)).min(1),
    onlyFor: z.union([z.literal('sensitive'), z.array(idSchema).min(1)]).optional(),
  }),
  *run(ctx, { kinds, onlyFor }) {
    const { security, purposes } = ctx.declaration;
    const missing = kinds.filter((kind) => (security?.[kind].length ?? 0) === 0);
    if (missing.length === 0) return;
    let trigger: number | undefined;
    if (onlyFor !== undefined) {
      trigger = purposes.findIndex((p) =>
        onlyFor === 'sensitive' ? ctx.isSensitive(p) : ctx.purposeUses(p, ...onlyFor),
      );
      if (trigger < 0) return;
    }
    // With no security section there is no line to point at; the purpose that needs it is the next best.
    const path: DeclarationPath =
      security !== undefined || trigger === undefined ? ['security'] : ['purposes', trigger];
    yield { path, vars: { missing: listOf(SECURITY_KIND_LABELS, missing) } };
  },
});
