import * as z from 'zod';
import { localizedSchema } from '../../i18n/localized.js';
import { dateSchema, emailSchema, idSchema, postalAddressSchema, urlSchema } from './common.js';

/**
 * The legal kind of organisation decides which Quebec act applies:
 * P-39.1 for enterprises, A-2.1 for public bodies, and for health and social services bodies.
 */
export const ORGANISATION_KINDS = [
  'private-enterprise',
  'quebec-public-body',
  'health-and-social-services-body',
] as const;

/** QC: Quebec; CA: Canadian federal law (PIPEDA); EU and FR: the GDPR and French law. */
export const JURISDICTIONS = ['QC', 'CA', 'EU', 'FR'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/** A person the public can contact: the person in charge, a DPO, a complaints coordinator. */
export const contactPersonSchema = z.strictObject({
  name: z.string().min(1).optional(),
  title: localizedSchema.optional(),
  email: emailSchema.optional(),
  phone: z.string().min(1).optional(),
  address: postalAddressSchema.optional(),
  url: urlSchema.optional(),
});
export type ContactPerson = z.infer<typeof contactPersonSchema>;

export const personInChargeSchema = contactPersonSchema.extend({
  /** P-39.1 s.3.1: the highest authority may delegate the function, in writing. */
  delegatedInWriting: z.boolean().optional(),
  since: dateSchema.optional(),
  /** s.8: a public body tells the CAI the title, contact details and start date of the person. */
  caiNotifiedOn: dateSchema.optional(),
});

export const AUTHORITY_ROLES = ['regulator', 'complaint-body', 'ombudsman'] as const;

/** A regulator or complaint body the notice cites (CAI, OPC, CNIL, AMF…). */
export const authoritySchema = z.strictObject({
  id: idSchema,
  name: localizedSchema,
  role: z.enum(AUTHORITY_ROLES),
  url: urlSchema.optional(),
  address: postalAddressSchema.optional(),
});
export type Authority = z.infer<typeof authoritySchema>;

export const organisationSchema = z.strictObject({
  legalName: z.string().min(1),
  /** The name people know, when it differs from the legal name. */
  displayName: z.string().min(1).optional(),
  kind: z.enum(ORGANISATION_KINDS),
  /** A private clinic provides health services without being a health and social services body (R-22.1 may apply). */
  providesHealthServices: z.boolean().default(false),
  jurisdictions: z.array(z.enum(JURISDICTIONS)).min(1),
  languages: z.array(z.enum(['fr', 'en'])).min(1),
  /** Quebec enterprise number (NEQ) or French SIREN, cited in incident notices. */
  businessNumber: z.string().optional(),
  website: urlSchema.optional(),
  address: postalAddressSchema,
  description: localizedSchema.optional(),
  personInCharge: personInChargeSchema.optional(),
  /** GDPR Art. 37-39 data protection officer. */
  dpo: contactPersonSchema.optional(),
  /** GDPR Art. 27 representative in the Union, for controllers established outside it. */
  representative: contactPersonSchema.optional(),
  jointControllers: z.array(z.strictObject({ name: z.string().min(1), contact: z.string().min(1) })).default([]),
  authorities: z.array(authoritySchema).default([]),
  /** P-39.1 s.3.2: governance policies approved by the person in charge, published in clear terms. */
  governancePolicy: z
    .strictObject({ url: urlSchema.optional(), approvedOn: dateSchema.optional(), approvedBy: z.string().optional() })
    .optional(),
  /** r. 4.1 s.2(4): the categories of staff who have access to the information. */
  staffAccess: localizedSchema.optional(),
});
export type Organisation = z.infer<typeof organisationSchema>;
