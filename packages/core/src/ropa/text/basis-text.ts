import type { Lang } from '../../i18n/localized.js';
import type { RopaActivity } from '../model.js';
import type { RopaStrings } from '../strings/ropa-strings.js';
import { capitalize, labelled } from './format.js';

/** The GDPR Art. 6 basis, with the legitimate interest pursued and the law relied on when given. */
export function gdprBasisText(activity: RopaActivity, applies: boolean, s: RopaStrings, lang: Lang): string {
  const gdpr = activity.legalBasis.gdpr;
  if (!gdpr) return applies ? s.words.notStated : s.words.notApplicable;
  const basis = capitalize(s.gdprBases[gdpr.basis]);
  const withInterest = gdpr.legitimateInterest ? labelled(s, basis, gdpr.legitimateInterest[lang]) : basis;
  return gdpr.law ? `${withInterest} (${s.words.law}${s.colon}${gdpr.law})` : withInterest;
}

/**
 * The GDPR Art. 9(2) condition. Without special-category information the column does not apply;
 * with it and no condition declared, the record shows the gap.
 */
export function specialConditionText(activity: RopaActivity, applies: boolean, s: RopaStrings): string {
  const condition = activity.legalBasis.gdpr?.specialCategoryCondition;
  if (condition) return capitalize(s.specialConditions[condition]);
  const needed = applies && activity.dataCategories.some((c) => c.specialCategory);
  return needed ? s.words.notStated : s.words.notApplicable;
}

/** Quebec (P-39.1 s.12, s.14) and PIPEDA consent, each with the exception relied on when not required. */
export function canadianConsentTexts(activity: RopaActivity, applies: boolean, s: RopaStrings): string[] {
  const { quebec, pipeda } = activity.legalBasis;
  const texts: string[] = [];
  for (const [label, basis] of [
    [s.words.quebec, quebec],
    [s.words.pipeda, pipeda],
  ] as const) {
    if (!basis) continue;
    const type = s.consentTypes[basis.consent];
    const exception = basis.exception && `${s.words.exception}${s.colon}${s.consentExceptions[basis.exception]}`;
    texts.push(labelled(s, label, exception ? `${type} (${exception})` : type));
  }
  if (texts.length > 0) return texts;
  return [applies ? s.words.notStated : s.words.notApplicable];
}
