import * as z from 'zod';
import { journalEntrySchema } from '../journal/journal.schemas.js';

const REASON_MAX = 1000;
const JOURNAL_PAGE_MAX = 200;

export const assigneeBody = z.object({ userId: z.uuid().nullable() });

export const assigneesSchema = z.object({
  staff: z.array(z.object({ id: z.string(), displayName: z.string() })),
});

export const extensionBody = z.object({
  /** Why more time is needed, in the words the extension letter gives the requester. */
  reason: z.string().trim().min(1).max(REASON_MAX),
});

export const letterQuery = z.object({
  lang: z.enum(['fr', 'en']).optional(),
  /** `json` gives the console the text to show inside its page, with the letter's kind and subject. */
  format: z.enum(['html', 'text', 'json']).default('html'),
});

export const letterPreviewSchema = z.object({
  letter: z.object({ kind: z.string(), lang: z.enum(['fr', 'en']), subject: z.string(), text: z.string() }),
});

export const letterSendBody = z.object({ lang: z.enum(['fr', 'en']).optional() });

export const letterSentSchema = z.object({
  letter: z.object({ kind: z.string(), language: z.enum(['fr', 'en']), sentAt: z.string() }),
});

export const requestJournalQuery = z.object({
  limit: z.coerce.number().int().min(1).max(JOURNAL_PAGE_MAX).default(JOURNAL_PAGE_MAX),
});

export const requestJournalSchema = z.object({ entries: z.array(journalEntrySchema.omit({ hash: true })) });
