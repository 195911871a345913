import type { CheckDefinition } from '../../check-definition.js';
import { accessFeeAnnounced } from './access-fee-announced.js';
import { automatedDecisionReview } from './automated-decision-review.js';
import { complaintProcessDeclared } from './complaint-process-declared.js';
import { contactDeclared } from './contact-declared.js';
import { marketingUnsubscribe } from './marketing-unsubscribe.js';
import { minimumRetention } from './minimum-retention.js';
import { processorContract } from './processor-contract.js';
import { purposeHasBasis } from './purpose-has-basis.js';
import { purposeHasRetention } from './purpose-has-retention.js';
import { recipientsLinked } from './recipients-linked.js';
import { responseDeadline } from './response-deadline.js';
import { retentionHasPeriod } from './retention-has-period.js';
import { rightsChannelKind } from './rights-channel-kind.js';
import { rightsOffered } from './rights-offered.js';
import { securityMeasuresByKind } from './security-measures-by-kind.js';
import { trackerOffByDefault } from './tracker-off-by-default.js';

/** Checks any regime's pack may use. */
export const COMMON_CHECKS: readonly CheckDefinition[] = [
  accessFeeAnnounced,
  automatedDecisionReview,
  complaintProcessDeclared,
  contactDeclared,
  marketingUnsubscribe,
  minimumRetention,
  processorContract,
  purposeHasBasis,
  purposeHasRetention,
  recipientsLinked,
  responseDeadline,
  retentionHasPeriod,
  rightsChannelKind,
  rightsOffered,
  securityMeasuresByKind,
  trackerOffByDefault,
];
