import * as z from 'zod';
import { ATTACHMENT_PURPOSES, MAX_ATTACHMENTS } from './request-attachments.js';

const NAME_MAX = 255;
const NOTE_MAX = 1000;

/**
 * Files sent with a request, as base64 in the JSON body. Only the shape is checked here: the bytes (type from the
 * magic numbers, emptiness, size) are checked once decoded, so that a refusal can name the file and say why.
 */
export const attachmentsField = z
  .array(
    z.object({
      purpose: z.enum(ATTACHMENT_PURPOSES),
      // No control characters: the name is shown in the console and written in a download header.
      name: z
        .string()
        .trim()
        .min(1)
        .max(NAME_MAX)
        .regex(/^\P{Cc}+$/u),
      data: z.string(),
    }),
  )
  .max(MAX_ATTACHMENTS);

export const attachmentParams = z.object({ id: z.uuid(), attachmentId: z.uuid() });

export const attachmentsListSchema = z.object({
  attachments: z.array(
    z.object({
      id: z.string(),
      purpose: z.enum(ATTACHMENT_PURPOSES),
      name: z.string(),
      mediaType: z.string(),
      size: z.number(),
      addedBy: z.string().optional(),
      createdAt: z.string(),
    }),
  ),
});

export const identityCheckBody = z.object({
  method: z.literal('document'),
  outcome: z.enum(['confirmed', 'rejected']),
  note: z.string().trim().max(NOTE_MAX).optional(),
});

/** The check that stands on a request (the last one recorded): how, with what outcome, who and when. */
export const identityCheckSchema = z.object({
  method: z.literal('document'),
  outcome: z.enum(['confirmed', 'rejected']),
  by: z.string(),
  at: z.string(),
  note: z.string().optional(),
});
