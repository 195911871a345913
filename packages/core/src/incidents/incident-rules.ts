import { CORE_SCHEMA, load } from 'js-yaml';
import * as z from 'zod';
import { CONFIDENCES } from '../check/rule-pack.js';
import { dateSchema } from '../declaration/schema/common.js';
import { ORGANISATION_KINDS } from '../declaration/schema/organisation.js';
import { localizedSchema } from '../i18n/localized.js';
import { REQUEST_REGIMES } from '../requests/deadline-pack.js';
import { parseDuration } from '../time/duration.js';
import { NOTICE_ITEMS, NOTIFICATION_KINDS } from './notice-items.js';

/** The regimes with incident rules: the same names as the rule packs and the request deadlines. */
export const INCIDENT_REGIMES = REQUEST_REGIMES;
export type IncidentRegime = (typeof INCIDENT_REGIMES)[number];

const durationSchema = z.string().refine((s) => parseDuration(s) !== undefined, 'an ISO 8601 duration such as PT72H');
const citedSchema = z.strictObject({ confidence: z.enum(CONFIDENCES), citation: localizedSchema });

/** A period the law sets, or only words ("promptly") for which the server's internal target is shown. */
const clockSchema = z.discriminatedUnion('kind', [
  citedSchema.extend({ kind: z.literal('legal'), within: durationSchema, wording: localizedSchema }),
  citedSchema.extend({ kind: z.literal('internal'), wording: localizedSchema }),
]);
export type NotificationClockRule = z.infer<typeof clockSchema>;

const notificationSchema = citedSchema.extend({
  notice: z.enum(NOTIFICATION_KINDS),
  /** serious: owed once the risk is found serious; unless-unlikely: owed unless the breach is unlikely to be a risk. */
  when: z.enum(['serious', 'unless-unlikely']),
  /** Owed only by these kinds of organisation (the Minister for health and social services bodies). */
  organisationKinds: z.array(z.enum(ORGANISATION_KINDS)).optional(),
  clock: clockSchema,
  content: z.array(z.enum(NOTICE_ITEMS)),
  /** Where the law lets a public notice replace the notice to each person. */
  publicInstead: citedSchema.optional(),
});
export type NotificationRule = z.infer<typeof notificationSchema>;

const retentionSchema = citedSchema.extend({
  period: durationSchema,
  /** awareness: the end of the date or period of awareness; determination: when the breach was determined. */
  from: z.enum(['awareness', 'determination']),
});
export type RegisterRetentionRule = z.infer<typeof retentionSchema>;

const regimeRulesSchema = z.strictObject({
  title: localizedSchema,
  notifications: z.array(notificationSchema).min(1),
  retention: retentionSchema.optional(),
});

export const incidentRulesSchema = z.strictObject({
  lastChecked: dateSchema,
  regimes: z.strictObject({
    'qc-private': regimeRulesSchema,
    'qc-public': regimeRulesSchema,
    pipeda: regimeRulesSchema,
    'gdpr-fr': regimeRulesSchema,
  }),
});
export type IncidentRules = z.infer<typeof incidentRulesSchema>;

/** Reads the incident rules (YAML). Broken rules are a defect of the product: throws with the place at fault. */
export function parseIncidentRules(text: string, name: string): IncidentRules {
  const parsed = incidentRulesSchema.safeParse(load(text, { schema: CORE_SCHEMA, filename: name }));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`incident rules ${name}: ${first?.path.join('.')}: ${first?.message}`);
  }
  return parsed.data;
}
