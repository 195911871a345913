import type { CheckDefinition } from '../../check-definition.js';
import { authorityDeclared } from './authority-declared.js';
import { complaintLevelsComplete } from './complaint-levels-complete.js';
import { consentBannerOffersRefusal } from './consent-banner-offers-refusal.js';
import { consentChoiceLifetime } from './consent-choice-lifetime.js';
import { consentExceptionNamed } from './consent-exception-named.js';
import { cookieLifetimeWithin } from './cookie-lifetime-within.js';
import { dpiaWhenHighRisk } from './dpia-when-high-risk.js';
import { dpoDesignated } from './dpo-designated.js';
import { healthHostCertified } from './health-host-certified.js';
import { legitimateInterestStated } from './legitimate-interest-stated.js';
import { marketingByChannel } from './marketing-by-channel.js';
import { minorsJointConsent } from './minors-joint-consent.js';
import { opennessPublished } from './openness-published.js';
import { recordsOfProcessingComplete } from './records-of-processing-complete.js';
import { representativeDesignated } from './representative-designated.js';
import { retentionPeriodOrCriteria } from './retention-period-or-criteria.js';
import { rightsOfferedWhen } from './rights-offered-when.js';
import { sensitiveNeedsExpressConsent } from './sensitive-needs-express-consent.js';
import { specialCategoryCondition } from './special-category-condition.js';
import { transferSafeguard } from './transfer-safeguard.js';

/**
 * Checks written for the PIPEDA and GDPR + France packs. Those packs also use common checks
 * (checks/common): contact-declared, purpose-has-basis, purpose-has-retention, response-deadline,
 * processor-contract, security-measures-by-kind, rights-offered, rights-channel-kind,
 * access-fee-announced, automated-decision-review and tracker-off-by-default.
 */
export const CANADA_EU_CHECKS: readonly CheckDefinition[] = [
  authorityDeclared,
  complaintLevelsComplete,
  consentBannerOffersRefusal,
  consentChoiceLifetime,
  consentExceptionNamed,
  cookieLifetimeWithin,
  dpiaWhenHighRisk,
  dpoDesignated,
  healthHostCertified,
  legitimateInterestStated,
  marketingByChannel,
  minorsJointConsent,
  opennessPublished,
  recordsOfProcessingComplete,
  representativeDesignated,
  retentionPeriodOrCriteria,
  rightsOfferedWhen,
  sensitiveNeedsExpressConsent,
  specialCategoryCondition,
  transferSafeguard,
];
