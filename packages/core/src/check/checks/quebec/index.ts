import type { CheckDefinition } from '../../check-definition.js';
import { caiNotified } from './cai-notified.js';
import { governancePolicyPublished } from './governance-policy-published.js';
import { minorsParentalConsent } from './minors-parental-consent.js';
import { outsideAreaAgreement } from './outside-area-agreement.js';
import { outsideAreaAssessment } from './outside-area-assessment.js';
import { refusalConsequencesDeclared } from './refusal-consequences-declared.js';
import { sensitiveSecondaryUse } from './sensitive-secondary-use.js';
import { sensitiveWhenHeldWith } from './sensitive-when-held-with.js';
import { staffAccessDeclared } from './staff-access-declared.js';
import { trackingFunctionsConsent } from './tracking-functions-consent.js';

/** Checks written for the Quebec packs (qc-private, qc-public, qc-health). */
export const QUEBEC_CHECKS: readonly CheckDefinition[] = [
  caiNotified,
  governancePolicyPublished,
  minorsParentalConsent,
  outsideAreaAgreement,
  outsideAreaAssessment,
  refusalConsequencesDeclared,
  sensitiveSecondaryUse,
  sensitiveWhenHeldWith,
  staffAccessDeclared,
  trackingFunctionsConsent,
];
