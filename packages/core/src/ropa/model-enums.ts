import type {
  CONSENT_EXCEPTIONS,
  CONSENT_TYPES,
  GDPR_BASES,
  GDPR_SPECIAL_CONDITIONS,
} from '../declaration/schema/purposes.js';
import type { RECIPIENT_ROLES, TRANSFER_SAFEGUARDS } from '../declaration/schema/recipients.js';
import type { RETENTION_ACTIONS, RETENTION_TRIGGERS } from '../declaration/schema/retention.js';
import type { ASSESSMENT_STATUSES, ASSESSMENT_TRIGGERS } from '../declaration/schema/security.js';

/* The declaration's enumerations as types, for the records' own modules (not exported from the package). */

export type RecipientRole = (typeof RECIPIENT_ROLES)[number];
export type TransferSafeguard = (typeof TRANSFER_SAFEGUARDS)[number];
export type RetentionTrigger = (typeof RETENTION_TRIGGERS)[number];
export type RetentionAction = (typeof RETENTION_ACTIONS)[number];
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];
export type AssessmentTrigger = (typeof ASSESSMENT_TRIGGERS)[number];
export type GdprBasis = (typeof GDPR_BASES)[number];
export type GdprSpecialCondition = (typeof GDPR_SPECIAL_CONDITIONS)[number];
export type ConsentType = (typeof CONSENT_TYPES)[number];
export type ConsentException = (typeof CONSENT_EXCEPTIONS)[number];
