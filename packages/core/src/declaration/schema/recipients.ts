import * as z from 'zod';
import { localizedSchema } from '../../i18n/localized.js';
import { dateSchema, idSchema, locationSchema } from './common.js';

export const RECIPIENT_ROLES = [
  'processor',
  'controller',
  'joint-controller',
  'public-authority',
  'affiliate',
] as const;

/** How information leaving its jurisdiction is protected (GDPR Arts. 45-49, P-39.1 s.17). */
export const TRANSFER_SAFEGUARDS = [
  'none-needed',
  'adequacy-decision',
  'standard-contractual-clauses',
  'binding-corporate-rules',
  'written-agreement',
  'derogation',
] as const;

const agreementSchema = z.strictObject({
  reference: z.string().min(1),
  signedOn: dateSchema.optional(),
  reviewOn: dateSchema.optional(),
});

export const recipientSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  description: localizedSchema.optional(),
  role: z.enum(RECIPIENT_ROLES),
  /** Where the recipient stores or processes the information. */
  location: locationSchema,
  /** Other places where the recipient may store or process the information (e.g. AWS Canada or EU). */
  otherLocations: z.array(locationSchema).default([]),
  transferSafeguard: z.enum(TRANSFER_SAFEGUARDS).optional(),
  /** The written contract (P-39.1 s.18.3, GDPR Art. 28, PIPEDA 4.1.3). */
  contract: agreementSchema.optional(),
  confidentialityAgreement: agreementSchema.optional(),
  /** The impact assessment covering communication to this recipient, by id in `impactAssessments`. */
  impactAssessment: idSchema.optional(),
  /** The recipient hosts health data for the organisation (France: HDS certification, CSP L.1111-8). */
  hostsHealthData: z.boolean().default(false),
  hdsCertified: z.boolean().optional(),
});
export type Recipient = z.infer<typeof recipientSchema>;

/** A system where personal information lives: it is where connectors and retention act later. */
export const systemSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  description: localizedSchema.optional(),
  location: locationSchema,
  /** The recipient (processor) that operates it, when it is not the organisation itself. */
  operatedBy: idSchema.optional(),
});
export type SystemDeclaration = z.infer<typeof systemSchema>;
