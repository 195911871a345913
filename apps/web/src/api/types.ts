import type { Role } from '@vigie/server/api-types';

// The shapes of the API's answers come from the server's own zod schemas (types only: nothing of the server
// reaches the browser), so the console cannot drift from what the server validates and documents.
export type {
  ApiKey,
  ApiKeyScope,
  CodeRenewal,
  Enrolment,
  EnrolmentConfirmed,
  FulfilmentPlan,
  JournalEntry,
  JournalPage,
  JournalVerification,
  Notice,
  PrivacyCenterInfo,
  RequestAccepted,
  RequestDetail,
  RequestFilters,
  RequestSubmission,
  RequestSummary,
  RequestTransition,
  RequestVerification,
  Role,
  Session,
  StaffUser,
  SystemOutcome,
} from '@vigie/server/api-types';

export const ROLES: readonly Role[] = ['owner', 'admin', 'privacy_officer', 'agent', 'auditor'];

/** The user a session belongs to, as the console shows it. */
export type { StaffUser as SessionUser } from '@vigie/server/api-types';
