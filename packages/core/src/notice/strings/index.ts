import type { Lang } from '../../i18n/localized.js';
import type { FrenchVariant } from '../../taxonomy/french-variant.js';
import type { ChangeStrings } from './change-types.js';
import { CHANGES_EN } from './changes.en.js';
import { CHANGES_FR } from './changes.fr.js';
import { CHANGES_FR_FR } from './changes.fr-fr.js';
import { STRINGS_EN } from './strings.en.js';
import { STRINGS_EN_EU } from './strings.en-eu.js';
import { STRINGS_FR } from './strings.fr.js';
import { STRINGS_FR_FR } from './strings.fr-fr.js';
import type { Grammar, NoticeStrings } from './types.js';

const FRENCH: Record<FrenchVariant, NoticeStrings> = { 'fr-CA': STRINGS_FR, 'fr-FR': STRINGS_FR_FR };
/** Readers of France's French read the GDPR's English too: its rights and its processors. */
const ENGLISH: Record<FrenchVariant, NoticeStrings> = { 'fr-CA': STRINGS_EN, 'fr-FR': STRINGS_EN_EU };
const FRENCH_CHANGES: Record<FrenchVariant, ChangeStrings> = { 'fr-CA': CHANGES_FR, 'fr-FR': CHANGES_FR_FR };

/** The notice's words in one language; `french` says which French, and which English labels (Quebec's or the GDPR's). */
export function stringsFor(lang: Lang, french: FrenchVariant): NoticeStrings {
  return lang === 'fr' ? FRENCH[french] : ENGLISH[french];
}

export function changeStringsFor(lang: Lang, french: FrenchVariant): ChangeStrings {
  return lang === 'fr' ? FRENCH_CHANGES[french] : CHANGES_EN;
}

/** Typography and small grammar, which both Frenches share (the France set keeps the Quebec grammar). */
export function grammarFor(lang: Lang): Grammar {
  return lang === 'fr' ? STRINGS_FR.grammar : STRINGS_EN.grammar;
}
