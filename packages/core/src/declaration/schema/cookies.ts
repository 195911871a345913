import * as z from 'zod';
import { localizedSchema } from '../../i18n/localized.js';
import { durationSchema, urlSchema } from './common.js';

export const COOKIE_CATEGORIES = [
  'essential',
  'functional',
  'analytics',
  'marketing',
  'personalization',
  'security',
] as const;
export type CookieCategory = (typeof COOKIE_CATEGORIES)[number];

export const cookieSchema = z.strictObject({
  /** Exact name, or a pattern where * stands for any characters (`_ga_*`, `_hjSession_*`). */
  name: z.string().min(1),
  provider: z.string().min(1),
  category: z.enum(COOKIE_CATEGORIES),
  /** ISO 8601 duration, or `session` for a cookie deleted when the browser closes. */
  lifetime: z.union([z.literal('session'), durationSchema]),
  purpose: localizedSchema,
  identifies: z.boolean().default(false),
  locates: z.boolean().default(false),
  profiles: z.boolean().default(false),
  /** Set before the visitor chooses. Only strictly necessary trackers may be. */
  onByDefault: z.boolean().default(false),
  thirdParty: z.boolean().default(false),
  privacyPolicy: urlSchema.optional(),
});
export type Cookie = z.infer<typeof cookieSchema>;

/** Settings of the consent banner that rules check (CNIL: re-ask after about 6 months). */
export const consentBannerSchema = z.strictObject({
  /** How long a choice is kept before asking again. */
  choiceLifetime: durationSchema.default('P6M'),
  refuseAllOnFirstLayer: z.boolean().default(true),
});
