import type { Jurisdiction } from '../../declaration/schema/organisation.js';
import type { Purpose } from '../../declaration/schema/purposes.js';
import type { Taxonomy } from '../../taxonomy/taxonomy.js';
import type { Resolver } from './resolve.js';
import type { BasisModel, BasisRegime, PurposeModel } from './types.js';

/** Which legal systems' bases the notice shows: only those of the jurisdictions the organisation is under. */
export function basisRegimes(jurisdictions: readonly Jurisdiction[]): BasisRegime[] {
  const regimes: BasisRegime[] = [];
  if (jurisdictions.includes('QC')) regimes.push('quebec');
  if (jurisdictions.includes('CA')) regimes.push('pipeda');
  if (jurisdictions.includes('EU') || jurisdictions.includes('FR')) regimes.push('gdpr');
  return regimes;
}

export function buildPurpose(
  purpose: Purpose,
  regimes: readonly BasisRegime[],
  resolve: Resolver,
  taxonomy: Taxonomy,
  recipients: PurposeModel['recipients'],
): PurposeModel {
  const categories = purpose.dataCategories.map(resolve.category);
  const specialCategory = purpose.dataCategories.some((id) => taxonomy.categories.get(id)?.specialCategory === true);
  const bases = regimes.map((regime) => basisOf(purpose, regime, specialCategory));
  const concernsMinors =
    purpose.subjects.some((id) => taxonomy.subjects.get(id)?.includesMinors === true) ||
    purpose.dataCategories.some((id) => taxonomy.categories.get(id)?.lineage.includes('minors') === true);
  return {
    id: purpose.id,
    name: purpose.name,
    description: purpose.description,
    secondary: purpose.secondary,
    categories,
    subjects: purpose.subjects.map(resolve.subject),
    sources: purpose.sources.map(resolve.source),
    means: purpose.collectionMeans,
    bases,
    reliesOnConsent: bases.some(reliesOnConsent),
    retention: purpose.retention === undefined ? undefined : resolve.retention(purpose.retention),
    recipients,
    identifies: purpose.identifies,
    locates: purpose.locates,
    profiles: purpose.profiles,
    marketing: purpose.marketing,
    consequencesOfRefusal: purpose.consequencesOfRefusal,
    automatedDecision: purpose.automatedDecision,
    concernsMinors,
  };
}

function basisOf(purpose: Purpose, regime: BasisRegime, specialCategory: boolean): BasisModel {
  const { legalBasis } = purpose;
  if (regime === 'gdpr') {
    const gdpr = legalBasis.gdpr;
    return {
      regime,
      basis: gdpr?.basis,
      legitimateInterest: gdpr?.legitimateInterest,
      specialCategoryCondition: gdpr?.specialCategoryCondition,
      specialCategory,
      law: gdpr?.law,
    };
  }
  const canadian = regime === 'quebec' ? legalBasis.quebec : legalBasis.pipeda;
  return { regime, consent: canadian?.consent, exception: canadian?.exception };
}

/** Whether withdrawing consent would stop this use: the consent section lists these purposes. */
function reliesOnConsent(basis: BasisModel): boolean {
  if (basis.regime === 'gdpr')
    return basis.basis === 'consent' || basis.specialCategoryCondition === 'explicit-consent';
  return basis.consent === 'implicit' || basis.consent === 'express';
}
