import { INCIDENT_TYPES, NOTICE_KINDS, NOTIFICATION_KINDS } from '@vigie/core';
import * as z from 'zod';

/** Room for a few paragraphs: the register holds descriptions, not documents. */
const TEXT_MAX = 5000;
const text = z.string().trim().min(1).max(TEXT_MAX);
const instant = z.iso.datetime({ offset: true });

const span = z.object({ start: instant, end: instant.optional(), approximate: z.boolean().default(false) });
const count = z.object({ value: z.int().min(0), approximate: z.boolean().default(false) });

const assessment = z.object({
  sensitivity: text.optional(),
  consequences: text.optional(),
  likelihood: text.optional(),
  maliciousUse: text.optional(),
});

/** The facts of an incident, every one optional but the types and the awareness (the clocks run from it). */
const factFields = {
  types: z.array(z.enum(INCIDENT_TYPES)).min(1),
  piDescription: text.optional(),
  piDescriptionUnknownReason: text.optional(),
  circumstances: text.optional(),
  cause: text.optional(),
  occurred: span.optional(),
  aware: span,
  determinedAt: instant.optional(),
  personsAffected: count.optional(),
  quebecResidents: count.optional(),
  subjectCategories: text.optional(),
  recordCategories: text.optional(),
  recordsAffected: count.optional(),
  assessment: assessment.optional(),
  measures: text.optional(),
  personMeasures: text.optional(),
  personsNotification: text.optional(),
  publicNoticeReason: text.optional(),
  otherAuthorities: text.optional(),
  lateReasons: text.optional(),
  contact: text.optional(),
  notes: text.optional(),
};

export const reportBody = z.object(factFields);
export type ReportInput = z.infer<typeof reportBody>;

/** The facts a correction may empty (the types, the awareness and the assessment factors are always kept). */
const CLEARABLE_FACTS = [
  'piDescription',
  'piDescriptionUnknownReason',
  'circumstances',
  'cause',
  'occurred',
  'determinedAt',
  'personsAffected',
  'quebecResidents',
  'subjectCategories',
  'recordCategories',
  'recordsAffected',
  'measures',
  'personMeasures',
  'personsNotification',
  'publicNoticeReason',
  'otherAuthorities',
  'lateReasons',
  'contact',
  'notes',
] as const;

/** Facts to change or to empty (`clear`), and the decision on the risk; `version` is the one the caller read. */
export const patchBody = z.object({
  ...z.object(factFields).partial().shape,
  clear: z.array(z.enum(CLEARABLE_FACTS)).optional(),
  decision: z.object({ serious: z.boolean(), unlikelyRisk: z.boolean().optional(), reasons: text }).optional(),
  version: z.int().min(1),
});
export type PatchInput = z.infer<typeof patchBody>;

export const notificationBody = z.object({ notice: z.enum(NOTIFICATION_KINDS), sentAt: instant });

export const idParams = z.object({ id: z.uuid() });
export const noticeParams = z.object({ id: z.uuid(), notice: z.enum(NOTICE_KINDS) });
export const noticeQuery = z.object({ lang: z.enum(['fr', 'en']).optional() });

const clock = z.object({
  key: z.string(),
  regime: z.string(),
  notice: z.string(),
  status: z.enum(['due', 'due-soon', 'overdue', 'done', 'not-owed']),
  basis: z.enum(['legal', 'internal-target']),
  due: z.string().optional(),
  provisional: z.boolean(),
  notOwedBecause: z.string().optional(),
  sentAt: z.string().optional(),
  late: z.boolean().optional(),
  citation: z.object({ fr: z.string(), en: z.string() }),
});

const summary = z.object({
  id: z.string(),
  reference: z.string(),
  types: z.array(z.string()),
  awareStart: z.string(),
  serious: z.boolean().optional(),
  retainUntil: z.string().optional(),
  clocks: z.array(clock),
});

export const listSchema = z.object({ incidents: z.array(summary) });

export const detailSchema = z.object({
  incident: summary.extend({
    version: z.int(),
    facts: z.record(z.string(), z.unknown()),
    notifications: z.array(z.object({ notice: z.string(), sentAt: z.string() })),
    notices: z.array(z.object({ notice: z.string(), missing: z.array(z.string()) })),
  }),
});

export const noticeSchema = z.object({
  notice: z.object({ lang: z.enum(['fr', 'en']), subject: z.string(), text: z.string(), html: z.string() }),
});
