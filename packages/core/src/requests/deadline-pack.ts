import { CORE_SCHEMA, load } from 'js-yaml';
import * as z from 'zod';
import { CONFIDENCES } from '../check/rule-pack.js';
import { dateSchema } from '../declaration/schema/common.js';
import { localizedSchema } from '../i18n/localized.js';
import { REQUEST_KINDS } from './kinds.js';
import { nonWorkingDaysSchema } from './non-working-days.js';
import { parsePeriod } from './period.js';

/** The regimes that set a legal clock for rights requests (the same names as the rule packs). */
export const REQUEST_REGIMES = ['qc-private', 'qc-public', 'pipeda', 'gdpr-fr'] as const;
export type RequestRegime = (typeof REQUEST_REGIMES)[number];

const periodSchema = z.string().refine((s) => parsePeriod(s) !== undefined, 'a period such as P30D or P1M');

/** A provision with how sure we are of its wording (V official text, S secondary source, M memory). */
const citedSchema = z.strictObject({ confidence: z.enum(CONFIDENCES), citation: localizedSchema });
export type Cited = z.infer<typeof citedSchema>;

const remedySchema = citedSchema.extend({
  authority: localizedSchema,
  action: localizedSchema,
  /** The time limit to act, when the law sets one. */
  within: periodSchema.optional(),
});
export type Remedy = z.infer<typeof remedySchema>;

const regimeClockSchema = z.strictObject({
  title: localizedSchema,
  /** Whose calendar the days are counted on. */
  timeZone: z.string().refine(isTimeZone, 'an IANA time zone such as America/Montreal'),
  /** Below this age a parent or tutor exercises the rights of the minor. */
  minorRepresentedUnder: citedSchema.extend({ age: z.int().positive() }),
  respond: citedSchema.extend({ period: periodSchema }),
  extension: citedSchema
    .extend({
      period: periodSchema,
      /** The notice of extension must reach the person before the first period ends. */
      noticeWithinInitialPeriod: z.boolean(),
    })
    .optional(),
  /** Silence past the deadline counts as a refusal the person can take to the authority. */
  deemedRefusal: citedSchema.optional(),
  /** Whether the clock waits while the organisation awaits proof of identity. */
  identityPause: citedSchema.extend({ pauses: z.boolean() }),
  remedies: z.array(remedySchema).min(1),
  /** A deadline that ends on one of these days moves to the next day that is not one. */
  nonWorkingDays: citedSchema.extend(nonWorkingDaysSchema.shape).optional(),
});
export type RegimeClock = z.infer<typeof regimeClockSchema>;

const perRegime = z.partialRecord(z.enum(REQUEST_REGIMES), citedSchema);

export const deadlinePackSchema = z.strictObject({
  lastChecked: dateSchema,
  regimes: z.strictObject({
    'qc-private': regimeClockSchema,
    'qc-public': regimeClockSchema,
    pipeda: regimeClockSchema,
    'gdpr-fr': regimeClockSchema,
  }),
  kinds: z.strictObject(
    Object.fromEntries(REQUEST_KINDS.map((k) => [k, perRegime])) as Record<
      (typeof REQUEST_KINDS)[number],
      typeof perRegime
    >,
  ),
  refusalReasons: z.record(
    z.string().regex(/^[a-z][a-z-]*$/),
    z.strictObject({
      label: localizedSchema,
      'qc-private': citedSchema.optional(),
      'qc-public': citedSchema.optional(),
      pipeda: citedSchema.optional(),
      'gdpr-fr': citedSchema.optional(),
    }),
  ),
});
export type DeadlinePack = z.infer<typeof deadlinePackSchema>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Reads the deadline pack (YAML). A broken pack is a defect of the product, so it throws with the place at fault. */
export function parseDeadlinePack(text: string, name: string): DeadlinePack {
  const parsed = deadlinePackSchema.safeParse(load(text, { schema: CORE_SCHEMA, filename: name }));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`deadline pack ${name}: ${first?.path.join('.')}: ${first?.message}`);
  }
  return parsed.data;
}
