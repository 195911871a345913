import * as z from 'zod';
import { DURATION_PATTERN, parseDuration } from '../../time/duration.js';
import { EXPECTED } from './expected.js';

/** Identifiers that other parts of the declaration refer to: lower-case words joined by dashes. */
export const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, EXPECTED.id.en);

/** An ISO 8601 duration such as P10Y, P36M, P30D or PT72H. */
export const durationSchema = z
  .string()
  .regex(DURATION_PATTERN, EXPECTED.duration.en)
  .refine((text) => parseDuration(text) !== undefined, EXPECTED.duration.en);

/** A calendar date, written YYYY-MM-DD (the YAML 1.2 core schema keeps it as text). */
export const dateSchema = z.iso.date(EXPECTED.date.en);

export const emailSchema = z.email(EXPECTED.email.en);
export const urlSchema = z.url(EXPECTED.url.en);

/** ISO 3166-1 alpha-2 country code, upper case (CA, FR, US, IE…). */
export const countrySchema = z.string().regex(/^[A-Z]{2}$/, EXPECTED.country.en);

/** Where data is or goes: a country, and for Canada the province (QC, ON…). */
export const locationSchema = z.strictObject({
  country: countrySchema,
  region: z
    .string()
    .regex(/^[A-Z]{2,3}$/, EXPECTED.region.en)
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
