import * as z from 'zod';
import { DURATION_PATTERN, parseDuration } from '../../time/duration.js';

/** Identifiers that other parts of the declaration refer to: lower-case words joined by dashes. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'an identifier of lower-case letters, digits and dashes (e.g. "medical-care")');

/** An ISO 8601 duration such as P10Y, P36M, P30D or PT72H. */
export const durationSchema = z
  .string()
  .regex(DURATION_PATTERN, 'an ISO 8601 duration such as P10Y, P36M or P30D')
  .refine((text) => parseDuration(text) !== undefined, 'an ISO 8601 duration such as P10Y, P36M or P30D');

/** A calendar date, written YYYY-MM-DD (the YAML 1.2 core schema keeps it as text). */
export const dateSchema = z.iso.date('a date written YYYY-MM-DD');

export const emailSchema = z.email('an email address');
export const urlSchema = z.url('a URL starting with https://');

/** ISO 3166-1 alpha-2 country code, upper case (CA, FR, US, IE…). */
export const countrySchema = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 country code such as CA or FR');

/** Where data is or goes: a country, and for Canada the province (QC, ON…). */
export const locationSchema = z.strictObject({
  country: countrySchema,
  region: z
    .string()
    .regex(/^[A-Z]{2,3}$/, 'a province or region code such as QC or ON')
    .optional(),
});
export type Location = z.infer<typeof locationSchema>;

export const postalAddressSchema = z.strictObject({
  street: z.string().min(1),
  city: z.string().min(1),
  region: z.string().optional(),
  postalCode: z.string().optional(),
  country: countrySchema,
});
export type PostalAddress = z.infer<typeof postalAddressSchema>;
