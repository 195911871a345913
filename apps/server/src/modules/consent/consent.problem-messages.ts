import type { Localized } from '@vigie/core';
import type { ConsentProblem } from './consent.verify.js';

const named = (problem: ConsentProblem) => (problem.recordId === undefined ? '' : ` (id ${problem.recordId})`);

/** The verification's finding in a sentence, for the console, the API and the CLI. */
export function describeConsentProblem(problem: ConsentProblem): Localized {
  const { seq } = problem;
  switch (problem.kind) {
    case 'altered':
      return {
        fr: `Le consentement n° ${seq}${named(problem)} a été modifié après son enregistrement.`,
        en: `Consent record ${seq}${named(problem)} was changed after it was recorded.`,
      };
    case 'removed':
      return {
        fr: `Le consentement n° ${seq} a été supprimé du registre.`,
        en: `Consent record ${seq} was removed from the ledger.`,
      };
    case 'inserted':
      return {
        fr: `Le consentement n° ${seq}${named(problem)} a été inséré hors de la chaîne.`,
        en: `Consent record ${seq}${named(problem)} was inserted outside the chain.`,
      };
    case 'rewritten':
      return {
        fr: `Le registre jusqu’au consentement n° ${seq} ne correspond plus à ce que le journal signé atteste : des consentements ont été modifiés puis la chaîne recalculée.`,
        en: `The ledger up to consent record ${seq} no longer matches what the signed journal attests: records were changed and the chain re-computed.`,
      };
    case 'truncated':
      return {
        fr: `Le registre s’arrête avant le consentement n° ${seq}, que le journal signé atteste : la fin du registre a été supprimée.`,
        en: `The ledger ends before consent record ${seq}, which the signed journal attests: its end was removed.`,
      };
    case 'forged_anchor':
      return {
        fr: `L’entrée n° ${seq} du journal prétend attester le registre des consentements sans nommer d’état valide.`,
        en: `Journal entry ${seq} claims to attest the consent ledger but names no valid state of it.`,
      };
  }
}
