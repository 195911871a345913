import { REQUEST_REGIMES } from '@vigie/core';
import * as z from 'zod';
import { KNOWN_CONSENT_GIVERS, KNOWN_CONSENT_METHODS } from './known-consent.chain.js';

/** The organisation's own reference for a person: an id from its records, never put in a URL. */
const reference = z.string().trim().min(1).max(200);
const purposeId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);
const text = z.string().trim().min(1).max(20_000);

const common = {
  subject: reference,
  purpose: purposeId,
  givenBy: z.enum(KNOWN_CONSENT_GIVERS),
  /** The guardian's reference: the person having parental authority, or the tutor. */
  guardian: reference.optional(),
  method: z.enum(KNOWN_CONSENT_METHODS),
  /** The person's age in years, when the consent may be a minor's: the regime's age decides whether a guardian acts. */
  age: z.int().min(0).max(150).optional(),
  regime: z.enum(REQUEST_REGIMES).optional(),
};

const ageNeedsRegime = (value: { age?: number | undefined; regime?: string | undefined }) =>
  value.age === undefined || value.regime !== undefined;
const ageNeedsRegimeIssue = { message: 'age needs regime', path: ['regime'] };

export const knownConsentBody = z
  .strictObject({
    ...common,
    /** The exact wording the person was shown, in both languages. */
    wording: z.strictObject({ fr: text, en: text }),
    express: z.boolean(),
  })
  .refine(ageNeedsRegime, ageNeedsRegimeIssue);

export const knownWithdrawalBody = z.strictObject(common).refine(ageNeedsRegime, ageNeedsRegimeIssue);

export const knownHistoryBody = z.strictObject({ subject: reference });

const recordSummary = z.object({ id: z.string(), recordedAt: z.string(), hash: z.string() });
export const knownRecordedSchema = z.object({ record: recordSummary });

const entry = z.object({
  id: z.string(),
  kind: z.enum(['given', 'withdrawn']),
  recordedAt: z.string(),
  recordedBy: z.string(),
  method: z.enum(KNOWN_CONSENT_METHODS),
  givenBy: z.enum(KNOWN_CONSENT_GIVERS),
  guardian: z.string().nullable(),
  express: z.boolean().nullable(),
  minorUnder: z.number().nullable(),
  regime: z.string().nullable(),
  wording: z.object({ fr: z.string(), en: z.string() }).nullable(),
  hash: z.string(),
  deliveries: z.array(
    z.object({
      target: z.string(),
      state: z.enum(['pending', 'delivered']),
      attempts: z.number(),
      lastStatus: z.number().nullable(),
      deliveredAt: z.string().nullable(),
    }),
  ),
});

export const knownHistorySchema = z.object({
  purposes: z.array(
    z.object({ purpose: z.string(), current: z.enum(['given', 'withdrawn']), history: z.array(entry) }),
  ),
});

export const knownVerificationSchema = z.object({
  ok: z.boolean(),
  records: z.number(),
  anchoredSeq: z.number().optional(),
  unanchored: z.number().optional(),
  problem: z.object({ kind: z.string(), seq: z.number() }).optional(),
});
