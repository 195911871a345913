import * as z from 'zod';

// The API's shapes for the public privacy center (see auth.schemas.ts for why they live apart from the routes).

const localized = z.object({ fr: z.string(), en: z.string() });

export const privacyCenterSchema = z.object({
  organisation: z.object({ name: z.string(), languages: z.array(z.enum(['fr', 'en'])) }),
  contact: z.object({
    title: localized.nullable(),
    name: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    postalAddress: z.string().nullable(),
  }),
  policyVersion: z.string(),
  effectiveDate: z.string(),
});

export const noticeSchema = z.object({ lang: z.enum(['fr', 'en']), title: z.string(), html: z.string() });
