import type { Composer } from '../compose/composer.js';
import type { Fact } from '../compose/document.js';
import { lowerFirst, upperFirst } from '../compose/inline.js';
import type { BasisModel } from '../model/types.js';

/**
 * What allows the organisation to use the information, one line per regime it is under:
 * Quebec or PIPEDA consent (and the exception when none is needed), the GDPR basis, and the
 * Art. 9 condition when the purpose handles a special category. A missing basis reads "not stated".
 * When Quebec and federal law get the same answer, it is said once.
 */
export function basisFacts(c: Composer, bases: readonly BasisModel[]): Fact[] {
  const { labels } = c.s;
  const canadian = bases.filter((b) => b.regime !== 'gdpr').map((b) => ({ regime: b.regime, text: basisText(c, b) }));
  const sameAnswer = canadian.every((b) => b.text === canadian[0]?.text);
  const merged = sameAnswer ? canadian.slice(0, 1) : canadian;
  const several = merged.length + (bases.length - canadian.length) > 1;
  const label = (regime: BasisModel['regime']) => {
    if (!several) return labels.basisRegime[regime].alone;
    return canadian.length > 1 && sameAnswer ? labels.basisCanada : labels.basisRegime[regime].among;
  };
  const facts: Fact[] = merged.map((b) => ({ label: label(b.regime), value: [upperFirst(b.text)] }));
  for (const basis of bases) {
    if (basis.regime !== 'gdpr') continue;
    const regime = labels.basisRegime.gdpr;
    facts.push({ label: several ? regime.among : regime.alone, value: [upperFirst(basisText(c, basis))] });
    if (basis.specialCategory || basis.specialCategoryCondition) {
      const condition = basis.specialCategoryCondition;
      const value = condition ? upperFirst(labels.gdprSpecialCondition[condition]) : c.s.notStated;
      facts.push({ label: c.s.purposes.specialCategory, value: [value] });
    }
  }
  return facts;
}

function basisText(c: Composer, basis: BasisModel): string {
  const { s } = c;
  const { labels } = s;
  if (basis.regime !== 'gdpr') {
    if (basis.consent === undefined) return s.notStated;
    if (basis.consent !== 'not-required') return labels.consent[basis.consent];
    return s.purposes.notRequired(basis.exception && labels.consentException[basis.exception]);
  }
  let text = s.notStated;
  if (basis.basis === 'legitimate-interests' && basis.legitimateInterest) {
    text = s.purposes.legitimateInterest(lowerFirst(c.t(basis.legitimateInterest)));
  } else if (basis.basis) {
    text = labels.gdprBasis[basis.basis];
  }
  return basis.law && basis.basis ? s.purposes.law(text, basis.law) : text;
}
