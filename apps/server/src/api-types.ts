import type * as z from 'zod';
import type {
  apiKeySchema,
  apiKeyScopeSchema,
  enrolmentConfirmedSchema,
  enrolmentSchema,
  roleSchema,
  sessionSchema,
  stageSchema,
  userSchema,
} from './modules/auth/auth.schemas.js';
import type { ManualCompletion } from './modules/fulfilment/external-tasks.js';
import type { FulfilmentServices } from './modules/fulfilment/fulfilment.services.js';
import type { planView } from './modules/fulfilment/fulfilment-plan.js';
import type {
  journalEntrySchema,
  journalPageSchema,
  journalVerificationSchema,
} from './modules/journal/journal.schemas.js';
import type { noticeSchema, privacyCenterSchema } from './modules/privacy-center/privacy-center.schemas.js';
import type { attachmentsListSchema, identityCheckBody } from './modules/requests/attachments.schemas.js';
import type {
  assigneesSchema,
  letterPreviewSchema,
  letterSentSchema,
  requestJournalSchema,
} from './modules/requests/desk.schemas.js';
import type {
  acceptedSchema,
  detailSchema,
  intakeBody,
  listQuery,
  listSchema,
  renewalBody,
  transitionBody,
  verificationBody,
} from './modules/requests/requests.schemas.js';

// The API's answers as TypeScript types, inferred from the zod schemas the server validates and documents with.
// The web app imports these (types only: nothing of the server reaches the browser bundle).

export type Role = z.infer<typeof roleSchema>;
export type SessionStage = z.infer<typeof stageSchema>;
export type StaffUser = z.infer<typeof userSchema>;
export type Session = z.infer<typeof sessionSchema>;
export type Enrolment = z.infer<typeof enrolmentSchema>;
export type EnrolmentConfirmed = z.infer<typeof enrolmentConfirmedSchema>;
export type ApiKey = z.infer<typeof apiKeySchema>;
export type ApiKeyScope = z.infer<typeof apiKeyScopeSchema>;
export type JournalEntry = z.infer<typeof journalEntrySchema>;
export type JournalPage = z.infer<typeof journalPageSchema>;
export type JournalVerification = z.infer<typeof journalVerificationSchema>;
export type PrivacyCenterInfo = z.infer<typeof privacyCenterSchema>;
export type Notice = z.infer<typeof noticeSchema>;
export type RequestSubmission = z.input<typeof intakeBody>;
export type RequestAccepted = z.infer<typeof acceptedSchema>;
export type RequestVerification = z.input<typeof verificationBody>;
export type CodeRenewal = z.input<typeof renewalBody>;
export type RequestSummary = z.infer<typeof listSchema>['requests'][number];
export type RequestFilters = z.input<typeof listQuery>;
export type RequestDetail = z.infer<typeof detailSchema>['request'];
export type RequestTransition = z.input<typeof transitionBody>;
export type RequestAttachment = z.infer<typeof attachmentsListSchema>['attachments'][number];
export type AssignableStaff = z.infer<typeof assigneesSchema>['staff'][number];
export type LetterPreview = z.infer<typeof letterPreviewSchema>['letter'];
export type LetterSent = z.infer<typeof letterSentSchema>['letter'];
export type RequestJournalEntry = z.infer<typeof requestJournalSchema>['entries'][number];
export type IdentityCheckInput = z.input<typeof identityCheckBody>;
// The fulfilment routes declare `z.unknown()` for the plan and results; their shapes are the services' own.
export type FulfilmentPlan = ReturnType<typeof planView>;
export type SystemOutcome = Awaited<ReturnType<FulfilmentServices['results']>>[number];
export type ExternalTask = Awaited<ReturnType<FulfilmentServices['tasks']['list']>>[number];
export type TaskCompletion = ManualCompletion;
