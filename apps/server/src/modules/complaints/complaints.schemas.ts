import * as z from 'zod';

const text = z.string().trim().min(1).max(20_000);
const localized = z.object({ fr: z.string(), en: z.string() });

export const publicComplaintBody = z.strictObject({
  text,
  language: z.enum(['fr', 'en']),
  name: z.string().trim().max(200).optional(),
  email: z.email().max(254).optional(),
});

export const staffEntryBody = publicComplaintBody.extend({
  channel: z.enum(['mail', 'phone', 'in-person']),
  receivedAt: z.iso.datetime({ offset: true }),
});

export const idParams = z.strictObject({ id: z.uuid() });
export const noteBody = z.strictObject({ note: text });
export const conclusionBody = z.strictObject({ conclusion: text, send: z.boolean() });
export const linksBody = z
  .strictObject({ requestId: z.uuid().optional(), incidentId: z.uuid().optional() })
  .refine((links) => links.requestId !== undefined || links.incidentId !== undefined, 'requestId or incidentId');

export const acceptedSchema = z.object({ reference: z.string(), message: z.string() });
export const enteredSchema = z.object({ id: z.string(), reference: z.string() });

const summarySchema = z.object({
  id: z.string(),
  reference: z.string(),
  state: z.string(),
  level: z.number(),
  levelName: localized.nullable(),
  channel: z.string(),
  receivedAt: z.string(),
  acknowledgedAt: z.string().nullable(),
  acknowledgementDue: z.string(),
  acknowledgementOverdue: z.boolean(),
  levelDue: z.string().nullable(),
  anonymous: z.boolean(),
});
export const listSchema = z.object({ complaints: z.array(summarySchema) });
export const detailSchema = z.object({
  complaint: summarySchema.extend({
    facts: z.object({
      text: z.string(),
      name: z.string().nullable(),
      email: z.string().nullable(),
      conclusion: z.string().nullable(),
      language: z.string(),
    }),
    links: z.object({ requestId: z.string().nullable(), incidentId: z.string().nullable() }),
    notes: z.array(z.object({ note: z.string(), by: z.string(), at: z.string() })),
    history: z.array(
      z.object({ action: z.string(), state: z.string(), level: z.number(), by: z.string(), at: z.string() }),
    ),
    levels: z.array(
      z.object({
        index: z.number(),
        name: localized,
        handledBy: localized,
        contact: z.string().optional(),
        authority: z.object({ id: z.string(), name: localized, url: z.string().optional() }).optional(),
        deadline: z.string().optional(),
        position: z.enum(['past', 'current', 'next']),
      }),
    ),
  }),
});
export const sentSchema = z.object({ sent: z.boolean() });
