import { REQUEST_KINDS, REQUEST_STATES, REQUESTER_ROLES } from '@vigie/core';
import * as z from 'zod';
import { attachmentsField, identityCheckSchema } from './attachments.schemas.js';

const NAME_MAX = 200;
const EMAIL_MAX = 254;
/** Room for a paragraph or two; attachments (proof of capacity) are files, not text. */
const DETAILS_MAX = 5000;
const REFERENCE_MAX = 40;
const TOKEN_MAX = 100;

const name = z.string().trim().min(1).max(NAME_MAX);
const phone = z
  .string()
  .trim()
  .regex(/^[+0-9 ().-]{4,32}$/);
const representatives = REQUESTER_ROLES.filter((role) => role !== 'self') as [string, ...string[]];

/** Who applies: the person, or a representative naming the person concerned. */
const applicant = z.discriminatedUnion('role', [
  z.object({ role: z.literal('self') }),
  z.object({ role: z.enum(representatives), representedName: name }),
]);

const requestFields = {
  kind: z.enum(REQUEST_KINDS),
  applicant,
  details: z.string().trim().max(DETAILS_MAX).optional(),
  language: z.enum(['fr', 'en']),
  /** Where the person lives, when several regimes could apply; the strictest applies otherwise. */
  region: z.enum(['QC', 'CA', 'EU', 'other']).optional(),
  /** Proof of capacity (required of a representative at the privacy center) and a copy of an identity document. */
  attachments: attachmentsField.optional(),
};

export const intakeBody = z.object({
  ...requestFields,
  requester: z.object({ name, email: z.email().max(EMAIL_MAX), phone: phone.optional() }),
});

export const staffEntryBody = z.object({
  ...requestFields,
  // A letter may come without an email address; the identity is then checked on paper.
  requester: z.object({ name, email: z.email().max(EMAIL_MAX).optional(), phone: phone.optional() }),
  channel: z.enum(['mail', 'email', 'phone', 'in-person']),
  receivedAt: z.iso.datetime({ offset: true }).optional(),
  identityVerified: z.boolean(),
});

export const verificationBody = z.union([
  z.object({ reference: z.string().min(1).max(REFERENCE_MAX), code: z.string().regex(/^\d{6}$/) }),
  z.object({ reference: z.string().min(1).max(REFERENCE_MAX), token: z.string().min(1).max(TOKEN_MAX) }),
]);

export const renewalBody = z.object({ reference: z.string().min(1).max(REFERENCE_MAX) });

export const listQuery = z.object({
  state: z.enum(REQUEST_STATES).optional(),
  kind: z.enum(REQUEST_KINDS).optional(),
  due: z.enum(['on-time', 'due-soon', 'overdue', 'paused', 'closed']).optional(),
  /** `me` (the caller), `none` (nobody yet) or a staff member's id. */
  assignee: z.union([z.enum(['me', 'none']), z.uuid()]).optional(),
});

export const transitionBody = z.object({
  to: z.enum(REQUEST_STATES),
  /** A refusal ground code of the deadline pack (refusalReasons), required to refuse. */
  reason: z.string().min(1).max(100).optional(),
});

export const idParams = z.object({ id: z.uuid() });

export const acceptedSchema = z.object({ reference: z.string(), message: z.string() });

const summary = z.object({
  id: z.string(),
  reference: z.string(),
  kind: z.string(),
  regime: z.string(),
  state: z.string(),
  channel: z.string(),
  language: z.enum(['fr', 'en']),
  requesterRole: z.string(),
  receivedAt: z.string(),
  due: z.object({ status: z.string(), due: z.string().optional(), daysLeft: z.number().optional() }),
  assigneeId: z.string().optional(),
});

export const listSchema = z.object({ requests: z.array(summary) });

export const detailSchema = z.object({
  request: summary.extend({
    history: z.array(z.object({ to: z.string(), at: z.string() })),
    refusalReason: z.string().optional(),
    enteredBy: z.string().optional(),
    moves: z.array(z.string()),
    canExtend: z.boolean(),
    extension: z.object({ noticeAt: z.string(), initialDue: z.string() }).optional(),
    lettersSent: z.array(z.object({ kind: z.string(), language: z.string(), sentAt: z.string() })).optional(),
    identityCheck: identityCheckSchema.optional(),
    requester: z.object({
      name: z.string(),
      email: z.string().optional(),
      phone: z.string().optional(),
      representedName: z.string().optional(),
      details: z.string().optional(),
    }),
  }),
});
