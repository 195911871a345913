import type { Lang } from '../../i18n/localized.js';
import type { ChangeStrings } from './change-types.js';
import { CHANGES_EN } from './changes.en.js';
import { CHANGES_FR } from './changes.fr.js';
import { CHANGES_FR_FR } from './changes.fr-fr.js';
import type { FrenchVariant } from './french-variant.js';
import { STRINGS_EN } from './strings.en.js';
import { STRINGS_FR } from './strings.fr.js';
import { STRINGS_FR_FR } from './strings.fr-fr.js';
import type { Grammar, NoticeStrings } from './types.js';

const FRENCH: Record<FrenchVariant, NoticeStrings> = { 'fr-CA': STRINGS_FR, 'fr-FR': STRINGS_FR_FR };
const FRENCH_CHANGES: Record<FrenchVariant, ChangeStrings> = { 'fr-CA': CHANGES_FR, 'fr-FR': CHANGES_FR_FR };

/** The notice's words in one language; `french` says which French when the language is French. */
export function stringsFor(lang: Lang, french: FrenchVariant): NoticeStrings {
  return lang === 'fr' ? FRENCH[french] : STRINGS_EN;
}

export function changeStringsFor(lang: Lang, french: FrenchVariant): ChangeStrings {
  return lang === 'fr' ? FRENCH_CHANGES[french] : CHANGES_EN;
}

/** Typography and small grammar, which both Frenches share (the France set keeps the Quebec grammar). */
export function grammarFor(lang: Lang): Grammar {
  return lang === 'fr' ? STRINGS_FR.grammar : STRINGS_EN.grammar;
}
