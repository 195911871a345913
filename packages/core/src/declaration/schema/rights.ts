import * as z from 'zod';
import { localizedSchema } from '../../i18n/localized.js';
import { durationSchema, idSchema } from './common.js';

export const RIGHTS = [
  'access',
  'rectification',
  'erasure',
  'portability',
  'withdraw-consent',
  'restriction',
  'objection',
  'de-indexing',
  'automated-decision-review',
  'post-mortem-directives',
] as const;
export type Right = (typeof RIGHTS)[number];

export const CHANNEL_KINDS = ['online', 'email', 'post', 'phone', 'in-person'] as const;

export const channelSchema = z.strictObject({
  kind: z.enum(CHANNEL_KINDS),
  /** The address, URL or number to use. */
  value: z.string().min(1),
  label: localizedSchema.optional(),
});

export const complaintLevelSchema = z.strictObject({
  name: localizedSchema,
  /** Who handles this level: a coordinator, the management team, an external authority. */
  handledBy: localizedSchema,
  contact: z.string().optional(),
  /** The authority that handles this level, when it is external (by id in organisation.authorities). */
  authority: idSchema.optional(),
  deadline: durationSchema.optional(),
});

export const rightsSchema = z.strictObject({
  available: z.array(z.enum(RIGHTS)).min(1),
  channels: z.array(channelSchema).min(1),
  identityVerification: localizedSchema.optional(),
  /** The time the organisation commits to answer in. */
  responseDeadline: durationSchema.optional(),
  fees: z
    .strictObject({
      access: z.enum(['free', 'reasonable-fee']),
      description: localizedSchema.optional(),
    })
    .optional(),
  complaints: z
    .strictObject({
      levels: z.array(complaintLevelSchema).min(1),
      acknowledgementDeadline: durationSchema.optional(),
    })
    .optional(),
});
export type Rights = z.infer<typeof rightsSchema>;

/** How consent is obtained for minors (P-39.1 s.4.1: under 14; LIL art. 45: under 15, jointly). */
export const minorsSchema = z.strictObject({
  /** Under this age, a person having parental authority or the tutor consents. */
  parentalConsentUnder: z.number().int().min(0).max(21).optional(),
  /** Under this age, the minor and a parent consent together (France). */
  jointConsentUnder: z.number().int().min(0).max(21).optional(),
  process: localizedSchema,
});
