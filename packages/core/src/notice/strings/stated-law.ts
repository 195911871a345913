import type { Jurisdiction } from '../../declaration/schema/organisation.js';

/**
 * Whose rule a sentence states where Quebec law and the GDPR (with the Loi Informatique et Libertés)
 * differ: when a person is told of an automated decision, what access may cost, which cookies wait for
 * consent. The language of the notice does not decide it: the English notice of a French organisation
 * states the GDPR's rule. `both` is for an organisation under both laws: its sentence states the
 * stricter rule, or each rule when neither contains the other. Canadian federal law alone keeps the
 * Quebec sentences, which PIPEDA does not contradict.
 */
export type StatedLaw = 'quebec' | 'gdpr' | 'both';

export function statedLawOf(jurisdictions: readonly Jurisdiction[]): StatedLaw {
  const gdpr = jurisdictions.includes('EU') || jurisdictions.includes('FR');
  if (!gdpr) return 'quebec';
  return jurisdictions.includes('QC') ? 'both' : 'gdpr';
}

/**
 * The sentence to state about a practice, given whether the practice meets each law's rule: the
 * organisation's law when it is met; under both laws, the joint sentence when both are met, otherwise
 * the one that is. Nothing when none is: the notice never claims a practice the declaration contradicts.
 */
export function ruleMet(
  law: StatedLaw,
  met: { readonly quebec: boolean; readonly gdpr: boolean },
): StatedLaw | undefined {
  if (law !== 'both') return met[law] ? law : undefined;
  if (met.quebec && met.gdpr) return 'both';
  if (met.quebec) return 'quebec';
  return met.gdpr ? 'gdpr' : undefined;
}
