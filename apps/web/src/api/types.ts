import type { Role } from '@vigie/server/api-types';

// The shapes of the API's answers come from the server's own zod schemas (types only: nothing of the server
// reaches the browser), so the console cannot drift from what the server validates and documents.
export type {
  ApiKey,
  ApiKeyScope,
  AssignableStaff,
  CodeRenewal,
  Enrolment,
  EnrolmentConfirmed,
  ExternalTask,
  FulfilmentPlan,
  IdentityCheckInput,
  JournalEntry,
  JournalPage,
  JournalVerification,
  LetterPreview,
  LetterSent,
  Notice,
  PrivacyCenterInfo,
  RequestAccepted,
  RequestAttachment,
  RequestDetail,
  RequestFilters,
  RequestJournalEntry,
  RequestSubmission,
  RequestSummary,
  RequestTransition,
  RequestVerification,
  Role,
  Session,
  StaffUser,
  SystemOutcome,
  TaskCompletion,
} from '@vigie/server/api-types';

export const ROLES: readonly Role[] = ['owner', 'admin', 'privacy_officer', 'agent', 'auditor'];

/** The user a session belongs to, as the console shows it. */
export type { StaffUser as SessionUser } from '@vigie/server/api-types';
