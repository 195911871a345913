import * as z from 'zod';
import { CONSENT_METHODS } from './consent.record.js';

// The API's shapes for consents (see auth.schemas.ts for why they live apart from the routes).

/** Category ids and declaration purpose ids (packages/core idSchema): what a choice may be about. */
const CHOICE_KEY = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** A visitor makes choices about a handful of categories, or a known person about their purposes. */
const MAX_CHOICES = 64;
/** Printable ASCII: versions are ids the server wrote (a hash, the notice's version), never free text. */
const VERSION = /^[\x21-\x7e](?:[\x20-\x7e]{0,62}[\x21-\x7e])?$/;

export const consentBody = z.strictObject({
  visitorId: z.string().regex(/^[A-Za-z0-9_-]{22,64}$/, '22 to 64 characters among A-Z, a-z, 0-9, _ and -'),
  choices: z
    .record(z.string().regex(CHOICE_KEY, 'a category or purpose id'), z.boolean())
    .refine((choices) => Object.keys(choices).length >= 1 && Object.keys(choices).length <= MAX_CHOICES, {
      message: `between 1 and ${MAX_CHOICES} choices`,
    }),
  noticeVersion: z.string().regex(VERSION, 'a version of at most 64 printable characters'),
  configVersion: z.string().regex(VERSION, 'a version of at most 64 printable characters'),
  method: z.enum(CONSENT_METHODS),
  gpc: z.boolean().optional(),
});

export const receiptSchema = z.object({
  receipt: z.object({ id: z.string(), recordedAt: z.string(), hash: z.string() }),
});

export const receiptCheckBody = z.strictObject({
  id: z.string().regex(/^[0-9a-f-]{36}$/, 'a receipt id'),
  hash: z.string().regex(/^[0-9a-f]{64}$/, '64 lower-case hexadecimal characters'),
});

export const receiptCheckSchema = z.object({
  valid: z.boolean(),
  recordedAt: z.string().optional(),
  choices: z.record(z.string(), z.boolean()).optional(),
});

export const consentConfigQuery = z.object({ lang: z.enum(['fr', 'en']).default('fr') });

export const consentConfigSchema = z.object({
  version: z.string(),
  noticeVersion: z.string(),
  lang: z.enum(['fr', 'en']),
  choiceLifetimeDays: z.number(),
  endpoint: z.string().optional(),
  privacyPolicyUrl: z.string().optional(),
  categories: z.array(
    z.object({
      id: z.string(),
      required: z.boolean(),
      label: z.string(),
      description: z.string(),
      identifies: z.boolean(),
      locates: z.boolean(),
      profiles: z.boolean(),
      services: z.array(z.object({ name: z.string(), cookies: z.array(z.string()) })),
    }),
  ),
});

export const consentVerificationSchema = z.object({
  ok: z.boolean(),
  /** Whether the journal that anchors the ledger verified itself. */
  journalOk: z.boolean(),
  records: z.number(),
  anchoredSeq: z.number().optional(),
  unanchored: z.number().optional(),
  head: z.object({ seq: z.number(), hash: z.string() }).optional(),
  problem: z
    .object({
      kind: z.string(),
      seq: z.number(),
      recordId: z.string().optional(),
      message: z.object({ fr: z.string(), en: z.string() }),
    })
    .optional(),
  verifiedAt: z.string(),
});

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date, YYYY-MM-DD');

export const consentStatsQuery = z
  .object({ from: day, to: day })
  .refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['to'] });

const outcomeCounts = {
  records: z.number(),
  acceptedAll: z.number(),
  refusedAll: z.number(),
  custom: z.number(),
};

export const consentStatsSchema = z.object({
  from: z.string(),
  to: z.string(),
  days: z.array(
    z.object({
      day: z.string(),
      ...outcomeCounts,
      categories: z.record(z.string(), z.object({ granted: z.number(), refused: z.number() })),
    }),
  ),
  noticeVersions: z.array(z.object({ noticeVersion: z.string(), ...outcomeCounts })),
});
