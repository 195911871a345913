import type { Localized } from '@vigie/core';
import { ProblemError } from '../../../app/problem.js';
import type { KnownConsentRefusal } from './known-consent.rules.js';

const DETAILS: Record<KnownConsentRefusal, Localized> = {
  'consents.unknown_purpose': {
    fr: 'Cette finalité n’existe pas dans la déclaration de l’organisation.',
    en: 'This purpose does not exist in the organisation’s declaration.',
  },
  'consents.express_required': {
    fr: 'Cette finalité utilise des renseignements sensibles : le consentement doit être manifeste (exprès).',
    en: 'This purpose uses sensitive information: the consent must be express.',
  },
  'consents.guardian_required': {
    fr: 'Pour une personne mineure de cet âge, le consentement est donné par le titulaire de l’autorité parentale ou le tuteur : indiquez sa référence.',
    en: 'For a minor of this age, consent is given by the person having parental authority or the tutor: give their reference.',
  },
  'consents.joint_consent_required': {
    fr: 'Pour une personne mineure de cet âge, le consentement est donné conjointement par la personne et le titulaire de l’autorité parentale.',
    en: 'For a minor of this age, consent is given jointly by the person and the holder of parental authority.',
  },
  'consents.guardian_without_role': {
    fr: 'Une référence de tuteur est indiquée, mais le consentement est dit donné par la personne seule.',
    en: 'A guardian reference is given, but the consent is said to be given by the person alone.',
  },
};

/** The problem+json answer to a consent the law's conditions refuse (422). */
export function knownConsentProblem(refusal: KnownConsentRefusal): ProblemError {
  return new ProblemError({ code: refusal, status: 422, detail: DETAILS[refusal] });
}
