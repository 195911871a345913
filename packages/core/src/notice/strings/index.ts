import type { Lang } from '../../i18n/localized.js';
import type { ChangeStrings } from './change-types.js';
import { CHANGES_EN } from './changes.en.js';
import { CHANGES_FR } from './changes.fr.js';
import { STRINGS_EN } from './strings.en.js';
import { STRINGS_FR } from './strings.fr.js';
import type { NoticeStrings } from './types.js';

const NOTICE: Record<Lang, NoticeStrings> = { fr: STRINGS_FR, en: STRINGS_EN };
const CHANGES: Record<Lang, ChangeStrings> = { fr: CHANGES_FR, en: CHANGES_EN };

export function stringsFor(lang: Lang): NoticeStrings {
  return NOTICE[lang];
}

export function changeStringsFor(lang: Lang): ChangeStrings {
  return CHANGES[lang];
}
